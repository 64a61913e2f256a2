package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The reader's start on the real terminal, from loading already under way to the loop (docs/architecture.md,
 * "Loading"). Every step that exists for the first frame's sake is here, in order, with what it is for:
 * the terminal opens (stty) on a thread of its own while loading goes on and the first frame's one-time
 * costs are paid, and once articles are posted loading pauses until they are drawn.
 */
public final class ReaderStart {

    /**
     * Articles posted one by one while the terminal's height is not known yet: more rows than most
     * terminals have (after the first screenful, {@link LibraryFeed} posts at most every
     * {@value LibraryFeed#INTERVAL_MILLIS} ms).
     */
    static final int EARLY_SCREENFUL = 100;

    /**
     * How long loading pauses after posting its first articles, at most, until the loop has drawn them:
     * on two cores, indexing and parsing the rest would take the CPU that first frame needs.
     */
    static final long FIRST_FRAME_WAIT_MILLIS = 1_000;

    private ReaderStart() {}

    /**
     * Runs the reader on the terminal {@code opening} opens, with the locale's charset. {@code loading}
     * hands what has loaded so far to a sink, then the rest as it comes, and returns once loading is over
     * (it is run on a thread of its own). {@code ended} is given the reader's last state once the terminal
     * is restored. Returns the exit status; throws IOException when there is no controlling terminal,
     * before anything was drawn.
     */
    public static <S> int run(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> loading,
            ColorMode colorMode,
            ReaderContext outside,
            PrintStream errors,
            TtyOpening opening,
            Consumer<? super S> ended)
            throws IOException {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        LibraryWatching watching = new LibraryWatching(outside.watched(), events::offer);
        CountDownLatch articlesShown = new CountDownLatch(1);

        // 1. The library is built from what has loaded, on a thread of its own, before the terminal is open.
        Consumer<Event> post = pausingAfterFirstArticles(events, articlesShown);
        startLoading(loading, post, EARLY_SCREENFUL, watching.watchThen(outside.libraryComplete()));

        // 2. While stty runs, the first frame's one-time costs.
        if (!opening.isDone()) {
            warmUp(program, colorMode);
        }

        // 3. The loop, once the terminal is open; its first frame with articles lets loading go on.
        TerminalApp<S> app = new TerminalApp<>(
                opening.take(),
                program,
                store,
                colorMode,
                LedeTerminal.localeCharset(),
                errors,
                outside,
                events,
                articlesShown::countDown);
        int status;
        try {
            status = app.run();
        } finally {
            articlesShown.countDown(); // loading never waits for a frame that will not come
            watching.close();
        }
        if (app.lastState() != null) {
            ended.accept(app.lastState());
        }
        return status;
    }

    /**
     * Starts {@code loading} into a {@link LibraryFeed} on a daemon thread; snapshots go to {@code post},
     * the complete library (after it is posted) to {@code complete}. A loader failure becomes a problem
     * on the status line.
     */
    static void startLoading(
            Consumer<LoadSink> loading, Consumer<Event> post, int firstScreenful, Consumer<Library> complete) {
        Thread thread = new Thread(
                () -> {
                    LibraryFeed feed = new LibraryFeed(post, firstScreenful, System::nanoTime, complete);
                    try {
                        loading.accept(feed);
                    } catch (RuntimeException e) {
                        feed.failed(e);
                        feed.finished();
                    }
                },
                "lede-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Posts to {@code events}; after the first snapshot with articles, the posting thread (the loader's)
     * waits until {@code articlesShown} or {@value #FIRST_FRAME_WAIT_MILLIS} ms have passed.
     */
    static Consumer<Event> pausingAfterFirstArticles(BlockingQueue<Event> events, CountDownLatch articlesShown) {
        boolean[] paused = {false}; // posted from one loading thread at a time
        return event -> {
            events.offer(event);
            if (!paused[0]
                    && event instanceof Event.LibraryUpdated update
                    && update.library().size() > 0) {
                paused[0] = true;
                try {
                    articlesShown.await(FIRST_FRAME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * One-time costs the first frame would pay, paid while this thread would only wait for the terminal
     * (an stty process): Lanterna's cell class sets itself up (String.format for every ANSI colour, a
     * BreakIterator), and an empty library's view is made once, which loads and links the view code.
     */
    private static <S> void warmUp(PureReader<S> program, ColorMode colorMode) {
        CellStyle.palette(colorMode);
        TextCharacter.DEFAULT_CHARACTER.getCharacterString();
        program.view(program.initial(Library.empty(), 80, 24), 0);
    }
}
