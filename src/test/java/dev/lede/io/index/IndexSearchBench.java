package dev.lede.io.index;

import dev.lede.core.library.Library;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Not a test: what a search keystroke in the reader costs on a library the index holds — the reader's own
 * call ({@link IndexBodySearch}, at most {@link Library#MOST_INDEX_MATCHES} ids), timed for every prefix
 * of words taken from the corpus, typed letter by letter (1, 2, 3… letters), after one untimed round.
 * Prints the median, 99th percentile and largest time per query length, as a Markdown table; with a
 * third argument also writes them as tab-separated lines (length, samples, median, p99, max in ms) for
 * bench/run.sh. Skips with one line saying why when the corpus or its index is missing.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:<classpath> dev.lede.io.index.IndexSearchBench
 * <corpus folder> <cache folder holding lede/index.db> [tsv file]}; index the corpus first with
 * {@code XDG_CACHE_HOME=<cache folder> java -jar target/lede.jar list <corpus folder>}.
 */
public final class IndexSearchBench {

    /** Files the words are taken from, spread evenly over the corpus. */
    private static final int FILES = 60;
    /** Each word is typed up to this many letters. */
    private static final int LONGEST = 8;
    /** The slowest keystrokes named after the table: what to look at first. */
    private static final int SLOWEST = 8;

    private IndexSearchBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IndexSearchBench <corpus folder> <cache folder> [tsv file]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath();
        if (!Files.isDirectory(corpus)) {
            System.out.println("IndexSearchBench: skipped, no corpus at " + corpus);
            return;
        }
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", Path.of(args[1]).toAbsolutePath().toString());
        Path file = LibraryIndex.defaultFile(environment).orElseThrow();
        Optional<LibraryIndex> opened =
                Files.exists(file) ? LibraryIndex.open(file, environment, System.err::println) : Optional.empty();
        int indexed;
        try (LibraryIndex index = opened.orElse(null)) {
            indexed = index == null ? 0 : index.count(IndexScope.of(List.of(corpus)));
        }
        if (indexed == 0) {
            System.out.println("IndexSearchBench: skipped, " + corpus + " is not in the index " + file
                    + " (index it with XDG_CACHE_HOME=" + args[1] + " java -jar target/lede.jar list " + corpus + ")");
            return;
        }
        List<String> words = wordsOf(corpus);
        Map<Integer, List<Double>> byLength = new TreeMap<>();
        Map<Integer, List<Double>> cpuByLength = new TreeMap<>();
        Map<String, Double> slowest = new TreeMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (IndexBodySearch search = new IndexBodySearch(
                () -> LibraryIndex.open(file, environment, System.err::println), System.err::println)) {
            for (int round = 0; round < 2; round++) {
                for (String word : words) {
                    for (int length = 1; length <= Math.min(LONGEST, word.length()); length++) {
                        long started = System.nanoTime();
                        long startedCpu = threads.getCurrentThreadCpuTime();
                        int found = search.search(word.substring(0, length), Library.MOST_INDEX_MATCHES)
                                .size();
                        double millis = (System.nanoTime() - started) / 1e6;
                        double cpuMillis = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e6;
                        if (found == 0 && length == word.length()) {
                            throw new AssertionError("the corpus's own word " + word + " found nothing");
                        }
                        if (round == 1) {
                            byLength.computeIfAbsent(length, l -> new ArrayList<>())
                                    .add(millis);
                            cpuByLength
                                    .computeIfAbsent(length, l -> new ArrayList<>())
                                    .add(cpuMillis);
                            slowest.merge(word.substring(0, length), cpuMillis, Math::max);
                        }
                    }
                }
            }
        }
        report(indexed, words.size(), byLength, cpuByLength, System.out);
        System.out.println();
        System.out.println("Slowest (CPU): "
                + slowest.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .limit(SLOWEST)
                        .map(e -> String.format("“%s” %.1f ms", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
        if (args.length > 2) {
            StringBuilder tsv = new StringBuilder();
            byLength.forEach((length, millis) ->
                    tsv.append(row("%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f%n", length, millis, cpuByLength.get(length))));
            Files.writeString(Path.of(args[2]), tsv);
        }
    }

    private static void report(
            int indexed,
            int words,
            Map<Integer, List<Double>> byLength,
            Map<Integer, List<Double>> cpuByLength,
            PrintStream out) {
        out.printf(
                "Search keystroke over %,d indexed articles, %d corpus words typed letter by letter"
                        + " (wall time, and the searching thread's CPU time, which other processes do not inflate):%n%n",
                indexed, words);
        out.println("| letters | keystrokes | median | p99 | max | CPU median | CPU p99 |");
        out.println("|---|---|---|---|---|---|---|");
        byLength.forEach((length, millis) -> out.print(row(
                "| %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
                length, millis, cpuByLength.get(length))));
    }

    /** One length's figures in {@code format}: length, keystrokes, median, p99, max, CPU median, CPU p99. */
    private static String row(String format, int length, List<Double> millis, List<Double> cpuMillis) {
        return String.format(
                format,
                length,
                millis.size(),
                quantile(millis, 0.5),
                quantile(millis, 0.99),
                quantile(millis, 1),
                quantile(cpuMillis, 0.5),
                quantile(cpuMillis, 0.99));
    }

    /** The nearest-rank quantile {@code q} of {@code values}. */
    static double quantile(List<Double> values, double q) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * Words a user would look for, from {@value #FILES} files spread over the corpus: from each, the first
     * headline word and a word from the middle of the body, of five letters or more, each once.
     */
    private static List<String> wordsOf(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> words = new LinkedHashSet<>();
        int step = Math.max(1, files.size() / FILES);
        for (int i = 0; i < files.size(); i += step) {
            List<String> lines = Files.readAllLines(files.get(i), StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                continue;
            }
            longWords(lines.get(0)).stream().findFirst().ifPresent(words::add);
            List<String> body = longWords(String.join(" ", lines.subList(1, lines.size())));
            if (!body.isEmpty()) {
                words.add(body.get(body.size() / 2));
            }
        }
        return List.copyOf(words);
    }

    private static List<String> longWords(String text) {
        return FtsQuery.words(text).stream()
                .filter(word -> word.length() >= 5)
                .map(String::toLowerCase)
                .toList();
    }
}
