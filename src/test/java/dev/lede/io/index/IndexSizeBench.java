package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Not a test: indexes every file of a corpus folder (bench's mkcorpus.py output) into a fresh index and
 * prints the time, the index's size on disk per article, and what a few searches cost.
 * Usage: {@code java -cp target/classes:target/test-classes:target/lib/* dev.lede.io.index.IndexSizeBench <corpus> <cache>}.
 */
public final class IndexSizeBench {

    private static final int BATCH = 500;

    private IndexSizeBench() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", Path.of(args[1]).toAbsolutePath().toString());
        Path file = LibraryIndex.defaultFile(environment).orElseThrow();
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }
        long parseNanos = 0;
        long start = System.nanoTime();
        try (LibraryIndex index =
                LibraryIndex.open(file, environment, System.err::println).orElseThrow()) {
            for (int from = 0; from < files.size(); from += BATCH) {
                try (IndexBatch batch = index.batch()) {
                    for (Path path : files.subList(from, Math.min(files.size(), from + BATCH))) {
                        FileStamp stamp = FileStamp.of(path);
                        long parseStart = System.nanoTime();
                        Parsed parsed = new Parsers(InputFormat.AUTO)
                                .parse(Input.of(Source.of(path.toString()), Files.readAllBytes(path)));
                        parseNanos += System.nanoTime() - parseStart;
                        batch.put(path.toString(), stamp, path.toString(), parsed, Article::lede);
                    }
                    batch.commit();
                }
            }
        }
        long total = System.nanoTime() - start;
        long bytes = Files.size(file);
        System.out.printf(
                "%d files indexed in %.1f s (%.1f s of it parsing); %s: %.1f MB, %.0f bytes per article, %.0f MB per 100,000%n",
                files.size(),
                total / 1e9,
                parseNanos / 1e9,
                file.getFileName(),
                bytes / 1e6,
                (double) bytes / files.size(),
                bytes * 100_000.0 / files.size() / 1e6);
        try (LibraryIndex index =
                LibraryIndex.open(file, environment, System.err::println).orElseThrow()) {
            IndexScope scope = IndexScope.of(List.of(corpus));
            int[] count = {0};
            for (int run = 0; run < 3; run++) {
                long listStart = System.nanoTime();
                count[0] = 0;
                index.list(
                        scope,
                        Integer.MAX_VALUE,
                        input -> count[0] += input.articles().size());
                System.out.printf(
                        "whole listing: %d articles in %d ms%n", count[0], (System.nanoTime() - listStart) / 1_000_000);
            }
            System.out.print("first screenful (60): ");
            long firstStart = System.nanoTime();
            index.list(scope, 60, input -> {});
            System.out.printf("%.1f ms%n", (System.nanoTime() - firstStart) / 1e6);
            for (String query :
                    List.of("c", "ci", "city", "city of saints", "the ", "actress memento", "vance poster")) {
                index.search(scope, query, 1000); // once to warm the page cache and the JIT
                long queryStart = System.nanoTime();
                int hits = 0;
                int runs = 5;
                for (int i = 0; i < runs; i++) {
                    hits = index.search(scope, query, 1000).size();
                }
                System.out.printf(
                        "search %-20s %5d hits (first 1000) %7.1f ms%n",
                        "\"" + query + "\"", hits, (System.nanoTime() - queryStart) / 1e6 / runs);
            }
        }
    }
}
