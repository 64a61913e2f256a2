package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;
import dev.lede.core.article.Problem;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import dev.lede.ui.UiState;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The reader's start, from the command line to the first frame and on to the complete library
 * (docs/architecture.md, "Loading"), in the order it runs and on the threads it runs on. Every step
 * that exists for the first frame's sake is here, with what it is for: the terminal opens (an stty
 * process) and loading starts before anything else, the configuration and reading state are read
 * meanwhile, the first frame's one-time costs are paid while stty runs, and once articles are posted
 * loading pauses until they are drawn. What is loaded and how the reader is set up is the
 * {@link Plan}'s (the command line's) to say.
 */
public final class ReaderStart {

    /** What the command line decides, each asked for when start-up reaches it. */
    public interface Plan {

        /** What to load, run on the loader thread: asked first, so loading starts before the rest. */
        Consumer<LoadSink> loading();

        /** The reader, made on this thread while loading runs (the configuration, the reading state). */
        Reader reader();

        /** Loading ended with nothing read: says why instead of taking the screen; returns the exit status. */
        int nothingRead(List<Problem> why);
    }

    /**
     * The reader the loop runs: its pure part, where articles are read from, the colours, and what it
     * reaches outside the screen.
     */
    public record Reader(PureReader program, ArticleStore store, ColorMode colorMode, ReaderContext outside) {}

    /**
     * How long the reader waits for a first article before it takes the screen anyway (to show what is
     * still loading, such as a slow URL). Loading that ends sooner with nothing read never takes it.
     */
    static final long SCREEN_GRACE_MILLIS = 1_000;

    /**
     * Articles posted one by one while the terminal's height is not known yet: more rows than most
     * terminals have (after the first screenful, {@link LibraryFeed} posts at most every
     * {@value LibraryFeed#INTERVAL_MILLIS} ms).
     */
    static final int EARLY_SCREENFUL = 100;

    /**
     * How long loading pauses after posting its first articles, and after posting the complete library, at
     * most, until the loop has drawn them ({@link FramesShown}): on two cores, indexing and parsing the rest,
     * or checking the folders, would take the CPU that frame needs.
     */
    static final long FIRST_FRAME_WAIT_MILLIS = 1_000;

    private ReaderStart() {}

    /**
     * Runs the reader that {@code plan} describes on {@code /dev/tty}, with the locale's charset, and
     * returns the exit status (or the plan's, when nothing was read). {@code ended} is given the reader's
     * last state once the terminal is restored; {@code errors} is where a crash is reported, after that.
     * Throws IOException when there is no controlling terminal, before anything was drawn.
     */
    public static int run(Plan plan, PrintStream errors, Consumer<? super UiState> ended) throws IOException {
        // 1. The terminal opens on a thread of its own (an stty process and Lanterna's set-up).
        TtyOpening opening = TtyOpening.start();
        try {
            // 2. Loading starts on the loader thread; up to EarlyLoad.MAX_WAITING results wait for the reader.
            EarlyLoad early = EarlyLoad.start(plan.loading());

            // 3. Meanwhile, on this thread: the configuration and the reading state.
            Reader reader = plan.reader();

            // 4. Nothing to show yet? Up to SCREEN_GRACE_MILLIS for a first article or the end of loading.
            Optional<List<Problem>> nothingRead = early.nothingRead(SCREEN_GRACE_MILLIS);
            if (nothingRead.isPresent()) {
                return plan.nothingRead(nothingRead.get()); // like `less nonexist`: no screen, only the reasons
            }

            // 5. The early results and the rest go into the library on a thread of its own; once it posts
            //    articles, loading pauses until the loop has drawn them.
            BlockingQueue<Event> events = new LinkedBlockingQueue<>();
            LibraryWatching watching = new LibraryWatching(reader.outside().watched(), events::offer);
            FramesShown shown = new FramesShown();
            startLoading(
                    early::drainTo,
                    shown.pausing(events),
                    EARLY_SCREENFUL,
                    watching.watchThen(reader.outside().libraryComplete()));

            // 6. While stty runs, the first frame's one-time costs.
            if (!opening.isDone()) {
                warmUp(reader.program(), reader.colorMode());
            }

            // 7. The loop, once the terminal is open; its first frame with articles lets loading go on.
            TerminalApp app = new TerminalApp(
                    opening.take(),
                    reader.program(),
                    reader.store(),
                    reader.colorMode(),
                    LedeTerminal.localeCharset(),
                    errors,
                    reader.outside(),
                    events,
                    shown::shown);
            int status;
            try {
                status = app.run();
            } finally {
                shown.release(); // loading never waits for a frame that will not come
                watching.close();
            }
            if (app.lastState() != null) {
                ended.accept(app.lastState());
            }
            return status;
        } finally {
            opening.close(); // only when the reader did not take it over
        }
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
     * One-time costs the first frame would pay, paid while this thread would only wait for the terminal
     * (an stty process): Lanterna's cell class sets itself up (String.format for every ANSI colour, a
     * BreakIterator), and an empty library's view is made once, which loads and links the view code.
     */
    private static void warmUp(PureReader program, ColorMode colorMode) {
        CellStyle.palette(colorMode);
        TextCharacter.DEFAULT_CHARACTER.getCharacterString();
        program.view(program.initial(Library.empty(), 80, 24), 0);
    }
}
