package dev.lede.io.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Not a test: how long the reader's background search takes on an index lede has built, typing each of
 * a few words letter by letter (what a keystroke asks of the index). Prints the median and the largest
 * time per prefix length over the words, after one untimed round.
 * Usage: {@code java -cp target/classes:target/test-classes:$(cat classpath) dev.lede.io.index.IndexSearchBench
 * <cache folder holding lede/index.db> word...}.
 */
public final class IndexSearchBench {

    private IndexSearchBench() {}

    public static void main(String[] args) {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", Path.of(args[0]).toAbsolutePath().toString());
        List<String> words = Arrays.asList(args).subList(1, args.length);
        try (LibraryIndex index = LibraryIndex.open(
                        LibraryIndex.defaultFile(environment).orElseThrow(), environment, System.err::println)
                .orElseThrow()) {
            int longest = words.stream().mapToInt(String::length).max().orElse(0);
            for (int round = 0; round < 2; round++) {
                List<List<Double>> byLength = new ArrayList<>();
                for (int length = 1; length <= longest; length++) {
                    List<Double> millis = new ArrayList<>();
                    for (String word : words) {
                        if (word.length() >= length) {
                            long started = System.nanoTime();
                            int hits = index.searchIds(word.substring(0, length), Integer.MAX_VALUE)
                                    .size();
                            millis.add((System.nanoTime() - started) / 1e6);
                            if (hits < 0) {
                                throw new AssertionError(); // keeps the search from being optimised away
                            }
                        }
                    }
                    byLength.add(millis);
                }
                if (round == 1) {
                    for (int length = 1; length <= longest; length++) {
                        List<Double> millis = byLength.get(length - 1);
                        millis.sort(null);
                        System.out.printf(
                                "%d letters: median %.1f ms, max %.1f ms (%d words)%n",
                                length, millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size());
                    }
                }
            }
        }
    }
}
