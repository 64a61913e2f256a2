package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.view.Frame;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Tier 3: the loop on Lanterna's virtual terminal with the real reader: keys in, screen text out. */
class TerminalAppTest {

    private final Map<ArticleId, Article> articles = new HashMap<>();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void showsTheLibraryOpensAnArticleAndQuits() throws Exception {
        VirtualTty tty = new VirtualTty(60, 12);
        CompletableFuture<Integer> exit =
                start(tty, loader(article("Harbour bridge reopens", 5), article("Orchard valley fair", 3)));
        assertTrue(tty.awaitScreen(s -> s.contains("Orchard valley fair")).contains("Harbour bridge reopens"));
        tty.type("j");
        tty.press(KeyType.Enter);
        assertEquals(
                "Orchard valley fair", row(tty.awaitScreen(s -> s.contains("Orchard valley fair paragraph 1")), 1));
        tty.type("q");
        // Both on one screen: a screen read while the list is being painted may hold the new row before the new title.
        assertTrue(tty.awaitScreen(s -> s.contains("▸ Orchard valley fair") && s.contains("(2 articles, 1 unread)"))
                .contains("(2 articles, 1 unread)"));
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theTtysPathPaintsThroughTheWireRendererAndScrolls() throws Exception {
        // The path a real terminal takes (Painter, WireDisplay, WireRenderer), its bytes read by an emulator.
        WireTty tty = new WireTty(60, 20);
        CompletableFuture<Integer> exit = start(
                tty, loader(article("Long read", 60, TerminalAppTest::unlike), article("Orchard valley fair", 3)));
        assertTrue(tty.awaitScreen(s -> s.contains("Orchard valley fair")).contains("Long read"));
        tty.press(KeyType.Enter);
        // The reader's text: the headline, then each paragraph after a blank line (one "jj" a paragraph).
        assertEquals(unlike(1), row(tty.awaitScreen(s -> s.contains(unlike(1))), 3));
        for (int line = 1; line <= 5; line++) {
            // Paragraphs unlike each other: a step is cheapest sent as a scroll of the text's rows.
            int before = tty.frames();
            tty.type("jj");
            String top = unlike(line);
            String screen = tty.awaitScreen(s -> row(s, 1).equals(top));
            assertEquals(top, row(screen, 1));
            assertEquals(unlike(line + 8), row(screen, 17), screen);
            assertTrue(row(screen, 19).contains("reading"), screen);
            assertTrue(tty.frames() > before, "the scroll was sent as bytes");
        }
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    /** Row {@code index} of a screen's text, without the reader's margin. */
    private static String row(String screen, int index) {
        String[] rows = screen.split("\n", -1);
        return index < rows.length ? rows[index].strip() : "";
    }

    /** A paragraph that shares little with its neighbours: rewriting it costs more than scrolling it. */
    private static String unlike(int paragraph) {
        return paragraph + " "
                + Integer.toString(paragraph * 104_729 + 7_919, 36).repeat(6);
    }

    @Test
    void aLoadThatHasPostedNothingYetIsShownAsLoading() throws Exception {
        // An endless slow pipe (`(while :; do echo x; sleep 1; done) | lede`) posts nothing until it ends:
        // the screen the reader takes says so instead of staying blank until a key.
        VirtualTty tty = new VirtualTty(60, 12);
        java.util.concurrent.CountDownLatch stdinEnds = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Integer> exit = start(tty, sink -> {
            try {
                stdinEnds.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.finished();
        });
        String screen = tty.awaitScreen(s -> s.contains("loading…"));
        assertTrue(screen.contains("loading…") && !screen.contains("no articles"), screen);
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        stdinEnds.countDown();
    }

    @Test
    void ctrlCQuitsLikeAnyOtherKey() throws Exception {
        VirtualTty tty = new VirtualTty(40, 8);
        CompletableFuture<Integer> exit = start(tty, loader(article("One", 1)));
        tty.awaitScreen(s -> s.contains("One"));
        tty.addInput(new KeyStroke('c', true, false));
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void endOfInputMeansTheTerminalIsGoneAndTheLoopEnds() throws Exception {
        VirtualTty tty = new VirtualTty(40, 8);
        CompletableFuture<Integer> exit = start(tty, loader(article("One", 1)));
        tty.awaitScreen(s -> s.contains("One"));
        tty.press(KeyType.EOF);
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void scrollingMovesTheReaderByOneLine() throws Exception {
        VirtualTty tty = new VirtualTty(50, 10);
        CompletableFuture<Integer> exit = start(tty, loader(article("Long read", 30)));
        tty.awaitScreen(s -> s.contains("Long read"));
        tty.press(KeyType.Enter);
        tty.awaitScreen(s -> s.contains("Long read paragraph 1"));
        assertEquals("Long read paragraph 1", tty.line(3).strip());
        tty.type("jjjj");
        String screen = tty.awaitScreen(s -> row(s, 1).equals("Long read paragraph 2"));
        assertEquals("Long read paragraph 2", row(screen, 1));
        tty.type("Q");
        exit.get(10, TimeUnit.SECONDS);
    }

    @Test
    void resizeRepaintsAtTheNewSizeAndKeepsTheTopLine() throws Exception {
        VirtualTty tty = new VirtualTty(50, 10);
        CompletableFuture<Integer> exit = start(tty, loader(article("Long read", 30)));
        tty.awaitScreen(s -> s.contains("Long read"));
        tty.press(KeyType.Enter);
        tty.awaitScreen(s -> s.contains("Long read paragraph 1"));
        tty.type("jjjj");
        tty.awaitScreen(s -> row(s, 1).equals("Long read paragraph 2"));
        tty.setTerminalSize(new TerminalSize(70, 14));
        String screen =
                tty.awaitScreen(s -> s.split("\n").length == 14 && row(s, 11).contains("Long read paragraph"));
        assertEquals("Long read paragraph 2", row(screen, 1));
        assertTrue(row(screen, 13).contains("reading"), screen);
        tty.type("Q");
        exit.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anUnreadableArticleShowsOnTheStatusLine() throws Exception {
        VirtualTty tty = new VirtualTty(50, 8);
        Article gone = article("Vanished", 1);
        articles.remove(gone.id());
        CompletableFuture<Integer> exit = start(tty, loader(gone));
        tty.awaitScreen(s -> s.contains("Vanished"));
        tty.press(KeyType.Enter);
        assertTrue(tty.awaitScreen(s -> s.contains("can no longer be read")).contains("can no longer be read"));
        tty.type("Q");
        exit.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCrashRestoresTheScreenAndReportsInOneLineFirst() throws Exception {
        VirtualTty tty = new VirtualTty(40, 8);
        PureReader real = program();
        PureReader crashing = new PureReader() {
            @Override
            public UiState initial(Library library, int width, int height) {
                return real.initial(library, width, height);
            }

            @Override
            public Transition update(UiState state, Event event) {
                if (event instanceof Event.KeyPressed) {
                    throw new IllegalStateException("boom");
                }
                return real.update(state, event);
            }

            @Override
            public Frame view(UiState state, int scrolled) {
                return real.view(state, scrolled);
            }
        };
        TerminalApp app = new TerminalApp(
                tty,
                crashing,
                store(),
                ColorMode.ANSI_16,
                StandardCharsets.UTF_8,
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                ReaderContext.none(),
                loading(loader(article("One", 1))),
                library -> {});
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run(app));
        tty.awaitScreen(s -> s.contains("One"));
        tty.type("x");
        assertEquals(1, exit.get(10, TimeUnit.SECONDS));
        String report = errors.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("lede: internal error"), report);
        assertTrue(report.contains("boom"));
    }

    @Test
    void theReadingStateIsOnDiskWhenTheTerminalGoesAway(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        dev.lede.io.StateStore stateStore = new dev.lede.io.StateStore(dir, warning -> {});
        stateStore.load();
        ReaderContext context = new ReaderContext(Optional.of(stateStore), Map.of());
        VirtualTty tty = new VirtualTty(60, 12);
        Article bridge = article("Harbour bridge reopens", 5);
        CompletableFuture<Integer> exit = start(tty, context, loader(bridge, article("Orchard valley fair", 3)));
        tty.awaitScreen(s -> s.contains("Orchard valley fair"));
        tty.press(KeyType.Enter);
        tty.awaitScreen(s -> s.contains("Harbour bridge reopens paragraph 1"));
        tty.type("F");
        tty.awaitScreen(s -> s.contains("starred"));
        tty.press(KeyType.EOF);
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        String saved = java.nio.file.Files.readString(dir.resolve("state"));
        assertEquals("lede-state 1\n" + bridge.id() + "\trs\t-\n", saved);
    }

    /** The status line says it once and the next key paints over it: the line is kept for after the screen. */
    @Test
    void aReadingStateThatCannotBeSavedIsSaidOnceMoreAfterQuitting(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("state"), "a file where the state folder should be");
        dev.lede.io.StateStore stateStore = new dev.lede.io.StateStore(dir.resolve("state/lede"), warning -> {});
        List<String> afterQuit = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReaderContext context = new ReaderContext(
                Optional.of(stateStore), Map.of(), null, null, Optional.empty(), null, afterQuit::add);
        VirtualTty tty = new VirtualTty(60, 12);
        CompletableFuture<Integer> exit =
                start(tty, context, loader(article("Harbour bridge reopens", 5), article("Orchard valley fair", 3)));
        tty.awaitScreen(s -> s.contains("Orchard valley fair"));
        tty.type("F");
        tty.awaitScreen(s -> s.contains("cannot save the reading state"));
        tty.type("jF"); // a second save fails too, and is not said again
        tty.awaitScreen(s -> !s.contains("cannot save the reading state"));
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertEquals(1, afterQuit.size(), afterQuit.toString());
        assertTrue(
                afterQuit.get(0).startsWith("lede: cannot save the reading state: " + dir.resolve("state")),
                afterQuit.get(0));
    }

    /** A fetch cut short by quitting is said after the screen, with what is left for lede fetch. */
    @Test
    void quittingWhileRFetchesSaysTheFetchWasLeftUnfinished() throws Exception {
        List<String> afterQuit = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> never = new CompletableFuture<>();
        ReaderContext context = new ReaderContext(
                Optional.empty(),
                Map.of(),
                null,
                null,
                Optional.empty(),
                post -> {
                    post.accept(new Event.FetchProgressed(2, 5, 1));
                    never.join(); // a feed that never answers
                },
                afterQuit::add);
        VirtualTty tty = new VirtualTty(60, 12);
        CompletableFuture<Integer> exit = start(tty, context, loader(article("Harbour bridge reopens", 5)));
        tty.awaitScreen(s -> s.contains("Harbour bridge reopens"));
        tty.type("R");
        tty.awaitScreen(s -> s.contains("fetching… 2/5"));
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertEquals(
                List.of("lede: quit while fetching the subscriptions (2 of 5 feeds done, 1 new); lede fetch fetches"
                        + " the rest"),
                afterQuit);
    }

    @Test
    void aFetchThatEndedBeforeQuittingLeavesNothingToSay() throws Exception {
        List<String> afterQuit = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReaderContext context = new ReaderContext(
                Optional.empty(),
                Map.of(),
                null,
                null,
                Optional.empty(),
                post -> post.accept(new Event.FetchEnded(5, 1, 0, null)),
                afterQuit::add);
        VirtualTty tty = new VirtualTty(60, 12);
        CompletableFuture<Integer> exit = start(tty, context, loader(article("Harbour bridge reopens", 5)));
        tty.awaitScreen(s -> s.contains("Harbour bridge reopens"));
        tty.type("R");
        tty.awaitScreen(s -> s.contains("1 new"));
        tty.type("Q");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(), afterQuit);
    }

    private CompletableFuture<Integer> start(VirtualTty tty, Consumer<LoadSink> loader) {
        return start(tty, ReaderContext.none(), loader);
    }

    /** The reader on {@code tty} with {@code context}, running on a thread of its own; its exit status to come. */
    private CompletableFuture<Integer> start(VirtualTty tty, ReaderContext context, Consumer<LoadSink> loader) {
        TerminalApp app = new TerminalApp(
                tty,
                program(),
                store(),
                ColorMode.ANSI_16,
                StandardCharsets.UTF_8,
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                context,
                loading(loader),
                library -> {});
        return CompletableFuture.supplyAsync(() -> run(app));
    }

    private static PureReader program() {
        return new LedeProgram("test", UiOptions.defaults());
    }

    /** The loader's events, as {@link ReaderStart} starts it (without the first frame's pause). */
    private static BlockingQueue<Event> loading(Consumer<LoadSink> loader) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        ReaderStart.startLoading(loader, events::offer, ReaderStart.EARLY_SCREENFUL, library -> {});
        return events;
    }

    private static int run(TerminalApp app) {
        try {
            return app.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ArticleStore store() {
        return entry -> Optional.ofNullable(articles.get(entry.id()));
    }

    private static Consumer<LoadSink> loader(Article... loaded) {
        return sink -> {
            for (Article article : loaded) {
                sink.loaded(new Parsed(List.of(article), List.of()));
            }
            sink.finished();
        };
    }

    private Article article(String headline, int paragraphs) {
        return article(headline, paragraphs, i -> headline + " paragraph " + i);
    }

    private Article article(String headline, int paragraphs, IntFunction<String> text) {
        List<Block> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            body.add(new Block.Paragraph(text.apply(i), List.of()));
        }
        Article article = new Article(
                ArticleId.forContent(headline),
                Source.of(headline + ".txt"),
                Format.TEXT,
                headline,
                null,
                null,
                null,
                null,
                body,
                List.of(),
                List.of(),
                List.of());
        articles.put(article.id(), article);
        return article;
    }
}
