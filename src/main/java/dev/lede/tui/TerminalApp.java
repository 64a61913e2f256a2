// Over 300 lines: the loop and its ways out (suspend, resize, the shutdown hook, restoring the terminal) share
// the one thread that owns the screen; the effects beyond the screen run in EffectRunner.
package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The only impure loop (docs/architecture.md, "The loop"). One thread owns the screen: it takes an event,
 * asks the {@link PureReader} for the next state, runs the effects, paints the view and refreshes. Keys
 * come from a daemon thread blocked on the terminal; EOF or an error there means the terminal is gone
 * and the loop ends. The loader and article reads run on daemon threads and post events back. Every
 * way out restores the terminal: quit keys, a vanished terminal, an exception, SIGTERM and SIGHUP.
 */
public final class TerminalApp<S> {

    private static final int MAX_EVENTS_PER_FRAME = 256;
    // Loading progress alone repaints at most this often (each costs bytes over SSH); keys never wait.
    private static final long PROGRESS_FRAME_NANOS = 250_000_000L;
    // Articles posted one by one when loading starts before the terminal's height is known: more rows
    // than most terminals have (after the first screenful, snapshots are rate-limited).
    private static final int EARLY_SCREENFUL = 100;

    private final Terminal terminal;
    private final PureReader<S> program;
    private final Consumer<LoadSink> startLoading;
    private final ColorMode colorMode;
    private final Charset charset;
    private final PrintStream errors;
    private final BlockingQueue<Event> events;
    private final LibraryLoading loading;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final ReaderContext outside;
    private final StateSaver saver;
    private final LibraryWatching watching;
    private final EffectRunner effects;
    private volatile S lastState;

    public TerminalApp(
            Terminal terminal,
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            Charset charset,
            PrintStream errors) {
        this(terminal, program, store, startLoading, colorMode, charset, errors, ReaderContext.none());
    }

    public TerminalApp(
            Terminal terminal,
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            Charset charset,
            PrintStream errors,
            ReaderContext outside) {
        this(
                terminal,
                program,
                store,
                startLoading,
                colorMode,
                charset,
                errors,
                outside,
                new LinkedBlockingQueue<>(),
                new LibraryLoading(),
                null);
    }

    private TerminalApp(
            Terminal terminal,
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            Charset charset,
            PrintStream errors,
            ReaderContext outside,
            BlockingQueue<Event> events,
            LibraryLoading loading,
            LibraryWatching watching) {
        this.events = events;
        this.watching = watching != null ? watching : new LibraryWatching(outside.watched(), events::offer);
        this.loading = loading;
        this.outside = outside;
        this.saver = new StateSaver(
                state -> {
                    if (outside.state().isPresent()) {
                        outside.state().get().save(state);
                    }
                },
                problem -> events.offer(new Event.Notice(problem)));
        this.terminal = terminal;
        this.program = program;
        this.startLoading = startLoading;
        this.colorMode = colorMode;
        this.charset = charset;
        this.errors = errors;
        this.effects = new EffectRunner(terminal, store, outside, saver, events);
    }

    /**
     * Runs the reader on {@code /dev/tty} with the locale's charset and the environment's colour mode.
     * Throws IOException when there is no controlling terminal, before anything was drawn.
     */
    public static <S> int runOnTty(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            Map<String, String> environment,
            PrintStream errors)
            throws IOException {
        return runOnTty(
                program,
                store,
                startLoading,
                ColorMode.detect(environment),
                new ReaderContext(java.util.Optional.empty(), environment),
                errors);
    }

    /** As above, with the colour mode chosen already (configuration) and the state store to save to. */
    public static <S> int runOnTty(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            ReaderContext outside,
            PrintStream errors)
            throws IOException {
        return runOnTty(program, store, startLoading, colorMode, outside, errors, TtyOpening.start());
    }

    /** As above, on a terminal that {@link TtyOpening#start} is opening (the caller's start-up overlaps it). */
    public static <S> int runOnTty(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            ReaderContext outside,
            PrintStream errors,
            TtyOpening opening)
            throws IOException {
        return runOnTty(program, store, startLoading, colorMode, outside, errors, opening, last -> {});
    }

    /** As above; {@code ended} is given the reader's last state once the terminal is restored. */
    public static <S> int runOnTty(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            ReaderContext outside,
            PrintStream errors,
            TtyOpening opening,
            Consumer<? super S> ended)
            throws IOException {
        // The library starts now: its first articles are indexed while the terminal opens.
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        LibraryLoading loading = new LibraryLoading();
        LibraryWatching watching = new LibraryWatching(outside.watched(), events::offer);
        loading.start(startLoading, events::offer, EARLY_SCREENFUL, watching.watchThen(outside.libraryComplete()));
        if (!opening.isDone()) {
            warmUp(program, colorMode);
        }
        LedeTerminal terminal = opening.take();
        Charset charset = LedeTerminal.localeCharset();
        TerminalApp<S> app = new TerminalApp<>(
                terminal, program, store, startLoading, colorMode, charset, errors, outside, events, loading, watching);
        int status = app.run();
        if (app.lastState() != null) {
            ended.accept(app.lastState());
        }
        return status;
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

    /** The state the reader was in when its loop ended (or is in now); null before it started. */
    public S lastState() {
        return lastState;
    }

    /** Runs until quit or until the terminal goes away; returns the exit status (0, or 1 after a crash). */
    public int run() throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        Thread restoreOnSignal = new Thread(
                () -> {
                    saver.flush();
                    restore(screen);
                },
                "lede-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal); // SIGTERM, SIGHUP, SIGINT and a normal JVM exit
        Throwable crash = null;
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            terminal.addResizeListener((t, size) -> events.offer(new Event.Resized(size.getColumns(), size.getRows())));
            EffectRunner.startDaemon("lede-keys", () -> readKeys(screen));
            TerminalSize size = screen.getTerminalSize();
            loading.start(
                    startLoading,
                    events::offer,
                    size.getRows(),
                    watching.watchThen(outside.libraryComplete())); // unless runOnTty started it
            loop(screen, program.initial(Library.empty(), size.getColumns(), size.getRows()));
        } catch (IOException terminalGone) {
            // a write to a vanished terminal: nothing left to draw on
        } catch (RuntimeException | Error e) {
            crash = e;
        } finally {
            loading.articlesShown(); // loading never waits for a frame that will not come
            watching.close();
            saver.close(); // before the terminal goes: a quit is only done once the state is on disk
            restore(screen);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run already
            }
        }
        if (crash != null) {
            // After leaving the alternate screen, or the trace would be erased with it.
            errors.println("lede: internal error, the reader stopped (" + crash + "); details follow.");
            crash.printStackTrace(errors);
            return 1;
        }
        return 0;
    }

    private void loop(TerminalScreen screen, S initial) throws IOException {
        FrameOutput display = FrameOutput.on(screen, terminal, charset);
        Painter painter = new Painter(screen, colorMode, charset, display.scrollsScreen());
        S state = initial;
        int scrolled = 0;
        lastState = state;
        boolean full = true;
        boolean owed = false; // a progress frame held back
        long lastPaint = 0;
        int shownArticles = 0; // never hold back the first screenful of headlines (time to first frame)
        int articles = 0;
        long countDeadline = 0; // a number typed in the reader waits until then for its key (0: none)
        while (true) {
            Event event;
            if (countDeadline != 0) {
                long deadline = owed ? Math.min(countDeadline, lastPaint + PROGRESS_FRAME_NANOS) : countDeadline;
                event = takeBefore(deadline);
                if (event == null && System.nanoTime() - countDeadline >= 0) {
                    countDeadline = 0;
                    event = new Event.CountExpired();
                }
            } else {
                event = owed ? takeBefore(lastPaint + PROGRESS_FRAME_NANOS) : take();
            }
            int handled = 0;
            boolean progressOnly = event != null;
            while (event != null) {
                progressOnly &= event instanceof Event.LibraryUpdated update
                        && !update.library().isComplete();
                if (event instanceof Event.LibraryUpdated update) {
                    articles = update.library().size();
                }
                if (event instanceof Event.TerminalGone) {
                    return;
                }
                if (event instanceof Event.Resized) {
                    TerminalSize size = screen.doResizeIfNecessary();
                    if (size != null) {
                        event = new Event.Resized(size.getColumns(), size.getRows());
                    }
                    painter.invalidate();
                    full = true;
                }
                PureReader.Step<S> transition = program.update(state, event);
                state = transition.state();
                scrolled = transition.scrolled(); // the last update's hint, as the frame shows the last state
                lastState = state;
                for (Effect effect : transition.effects()) {
                    if (effect instanceof Effect.Quit) {
                        return;
                    } else if (effect instanceof Effect.Redraw) {
                        painter.invalidate();
                        full = true;
                    } else if (effect instanceof Effect.Suspend) {
                        suspend(screen);
                        painter.invalidate();
                        full = true;
                    } else if (effect instanceof Effect.CountTimer timer) {
                        countDeadline = System.nanoTime() + timer.millis() * 1_000_000L;
                        countDeadline += countDeadline == 0 ? 1 : 0;
                    } else {
                        effects.run(effect);
                    }
                }
                event = ++handled < MAX_EVENTS_PER_FRAME ? events.poll() : null; // one paint for a burst of keys
            }
            boolean screenful = shownArticles >= screen.getTerminalSize().getRows();
            if (progressOnly && screenful && !full && System.nanoTime() - lastPaint < PROGRESS_FRAME_NANOS) {
                owed = true;
                continue;
            }
            display.show(painter.paint(program.view(state, scrolled)), full);
            full = false;
            owed = false;
            lastPaint = System.nanoTime();
            shownArticles = articles;
            if (shownArticles > 0) {
                loading.articlesShown();
            }
        }
    }

    // Only a real tty can be suspended; elsewhere (virtual terminals in tests) Ctrl-Z does nothing.
    private void suspend(TerminalScreen screen) throws IOException {
        if (terminal instanceof LedeTerminal tty) {
            screen.stopScreen(false);
            tty.suspendToShell();
            screen.startScreen();
            screen.setCursorPosition(null);
            screen.doResizeIfNecessary();
        }
    }

    private Event take() {
        try {
            return events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Event.TerminalGone();
        }
    }

    // The next event, or null once the deadline (System.nanoTime) has passed.
    private Event takeBefore(long deadline) {
        try {
            return events.poll(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Event.TerminalGone();
        }
    }

    // Blocks on the terminal; EOF or an error (EIO after an SSH hangup) ends it with TerminalGone,
    // never a retry loop, which would spin at full CPU on a dead tty.
    private void readKeys(Screen screen) {
        try {
            while (true) {
                KeyStroke stroke = screen.readInput();
                if (stroke == null || stroke.getKeyType() == KeyType.EOF) {
                    break;
                }
                KeyStrokes.toKey(stroke).ifPresent(key -> events.offer(new Event.KeyPressed(key)));
            }
        } catch (IOException | RuntimeException e) {
            // the terminal is gone
        }
        events.offer(new Event.TerminalGone());
    }

    // Idempotent: runs from the loop's finally and from the shutdown hook, whichever comes first.
    private void restore(Screen screen) {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException ignored) {
            // leave the alternate screen failed: the terminal is gone
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException ignored) {
            // "Shutdown in progress" when a signal raced the loop; Lanterna's own hook restores stty
        }
    }
}
