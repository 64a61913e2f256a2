package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the related-headline matcher on a corpus folder (mkcorpus.py's plain-text files): the library
 * listed, its matcher built, then every related line resolved one by one and all of them together,
 * {@code ROUNDS} times in one JVM, so the first round shows the cost of a cold start (WordNet's dictionary
 * loads there) and the later ones the warm cost. A tool, not
 * a test: timings on a shared machine are indicative only. From the repository root, with the test
 * classpath: {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * dev.lede.core.library.RelatedResolutionTiming DIR [ROUNDS]}.
 */
final class RelatedResolutionTiming {

    private RelatedResolutionTiming() {}

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                articles.add(RelatedResolutionQualityTest.corpusArticle(
                        file, file.getFileName().toString()));
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            LibraryBuilder builder = new LibraryBuilder();
            articles.forEach(builder::add);
            Library library = builder.finish();
            long listed = System.nanoTime();
            // The reader's builder feeds the matcher when it is first asked (MatcherFeed): timed apart.
            library.withMatcherBuilt();
            long built = System.nanoTime();
            long cpuBefore = cpu.getCurrentThreadCpuTime();
            int lines = 0;
            int resolved = 0;
            for (Article article : articles) {
                for (RelatedHeadline related : article.related()) {
                    lines++;
                    resolved += library.match(related.headline()).isPresent() ? 1 : 0;
                }
            }
            long done = System.nanoTime();
            long cpuSpent = cpu.getCurrentThreadCpuTime() - cpuBefore;
            // As the reader's links do: every line of the library worked out together, in two passes, on every core;
            // the process's CPU time over it counts every thread's work, which wall time on a busy machine hides.
            long processBefore = processCpu();
            library.withRelatedWorkedOut();
            long together = System.nanoTime();
            long togetherCpu = processCpu() - processBefore;
            // CPU time of the resolving thread says more than wall time on a shared machine; the heap still
            // in use after a collection is what the library and the matcher (with WordNet, once loaded) keep.
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    "round %d: library of %d listed in %d ms, its matcher built in %d ms; %d related lines resolved"
                            + " one by one in %d ms, %d ms of CPU (%d found), together in %d ms, %d ms of CPU; heap in use after a"
                            + " collection %d MB%n",
                    round + 1,
                    library.size(),
                    (listed - start) / 1_000_000,
                    (built - listed) / 1_000_000,
                    lines,
                    (done - built) / 1_000_000,
                    cpuSpent / 1_000_000,
                    resolved,
                    (together - done) / 1_000_000,
                    togetherCpu / 1_000_000,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    /** The CPU time of every thread of this process so far, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
