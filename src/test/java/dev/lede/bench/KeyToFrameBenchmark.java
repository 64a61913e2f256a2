package dev.lede.bench;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import dev.lede.core.state.ReadingState;
import dev.lede.ui.Event;
import dev.lede.ui.ReaderPage;
import dev.lede.ui.Transition;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.keys.Key;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.Views;
import java.nio.charset.StandardCharsets;
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
 * P6: one key press through {@code Update.update} plus the {@code Views.frame} that the terminal would
 * paint, on a 100,000-article library at 120x40. Sampled, so JMH reports p99 per key.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
public class KeyToFrameBenchmark {

    /** List keys: mostly single steps, with pages and jumps to either end of the library. */
    private static final List<Key> LIST_KEYS = cycle(30, "j", "<c-d>", 30, "k", "<c-u>", "G", "g");
    /** Reader keys: one-line and page scrolls through a long article, down then up. */
    private static final List<Key> READER_KEYS = cycle(40, "j", "<space>", 40, "k", "b", "G", "g");

    @Param({"100000"})
    public int articles;

    /** Articles marked read: none, or every one (a reader who has read the whole archive). */
    @Param({"0", "100000"})
    public int readMarks;

    private UiState list;
    private UiState reader;
    private int listKey;
    private int readerKey;

    @Setup
    public void setUp() {
        Library library = SyntheticNews.library(articles, 6);
        List<ArticleId> read = new ArrayList<>();
        for (int i = 0; i < Math.min(readMarks, library.size()); i++) {
            read.add(library.entry(i).id());
        }
        list = UiState.initial(library, "bench", 120, 40, UiOptions.defaults(), ReadingState.EMPTY.withAllRead(read));
        // the reader on a long article: open the first entry, then hand its article over as the loader would
        UiState opened =
                Update.update(list, new Event.KeyPressed(Key.of("<enter>"))).state();
        LibraryEntry entry = opened.reader()
                .orElseThrow(() -> new IllegalStateException("Enter opened no reader"))
                .entry();
        String text = SyntheticNews.article(entry.position(), articles, 120);
        Article article = new Parsers(InputFormat.TEXT)
                .parse(Input.of(entry.source(), text.getBytes(StandardCharsets.UTF_8)))
                .articles()
                .get(0);
        reader = Update.update(opened, new Event.ArticleOpened(entry, article)).state();
        if (!reader.reader().map(ReaderPage::isLoaded).orElse(false)) {
            throw new IllegalStateException("the reader did not take the article");
        }
    }

    @Benchmark
    public Frame listKeyToFrame() {
        Transition next = Update.update(list, new Event.KeyPressed(LIST_KEYS.get(listKey)));
        listKey = (listKey + 1) % LIST_KEYS.size();
        list = next.state();
        return Views.frame(list);
    }

    @Benchmark
    public Frame readerKeyToFrame() {
        Transition next = Update.update(reader, new Event.KeyPressed(READER_KEYS.get(readerKey)));
        readerKey = (readerKey + 1) % READER_KEYS.size();
        reader = next.state();
        return Views.frame(reader);
    }

    /** Keys from a pattern where an Integer repeats the key that follows it. */
    private static List<Key> cycle(Object... pattern) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            int times = 1;
            if (pattern[i] instanceof Integer n) {
                times = n;
                i++;
            }
            for (int t = 0; t < times; t++) {
                keys.add(Key.of((String) pattern[i]));
            }
        }
        return List.copyOf(keys);
    }
}
