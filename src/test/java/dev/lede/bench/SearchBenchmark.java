package dev.lede.bench;

import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.Event;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.keys.Key;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P6: incremental search over 10,000 article bodies, one keystroke at a time — words typed letter by
 * letter, so the short, broad prefixes count as much as the long ones. Sampled for p99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
public class SearchBenchmark {

    private static final String[] WORDS = {"harbour", "glassworks", "tamsford", "ferry", "winter", "rookwood"};
    private static final List<String> PREFIXES = SyntheticNews.prefixesOf(WORDS);
    private static final List<Key> TYPING = typing();

    @Param({"10000"})
    public int articles;

    private Library library;
    private UiState state;
    private int prefix;
    private int key;

    @Setup
    public void setUp() {
        library = SyntheticNews.library(articles, 8);
        state = UiState.initial(library, "bench", 120, 40);
    }

    /** {@code Library.search} for the next prefix of a word being typed. */
    @Benchmark
    public List<LibraryEntry> librarySearchKeystroke() {
        List<LibraryEntry> hits = library.search(PREFIXES.get(prefix));
        prefix = (prefix + 1) % PREFIXES.size();
        return hits;
    }

    /** The same through the reader: {@code /}, then each letter, then Esc, each key up to its frame. */
    @Benchmark
    public Frame promptKeystrokeToFrame() {
        state = Update.update(state, new Event.KeyPressed(TYPING.get(key))).state();
        key = (key + 1) % TYPING.size();
        return Views.frame(state);
    }

    private static List<Key> typing() {
        List<Key> keys = new ArrayList<>();
        for (String word : WORDS) {
            keys.add(Key.of("/"));
            word.codePoints().forEach(c -> keys.add(Key.of(Character.toString(c))));
            keys.add(Key.of("<esc>"));
        }
        return List.copyOf(keys);
    }
}
