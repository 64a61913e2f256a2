package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
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
 * The only impure loop (ARCHITECTURE.md, "The loop"). One thread owns the screen: it takes an event,
 * asks the {@link Program} for the next state, runs the effects, paints the view and refreshes. Keys
 * come from a daemon thread blocked on the terminal; EOF or an error there means the terminal is gone
 * and the loop ends. The loader and article reads run on daemon threads and post events back. Every
 * way out restores the terminal: quit keys, a vanished terminal, an exception, SIGTERM and SIGHUP.
 */
public final class TerminalApp<S> {

    private static final int MAX_EVENTS_PER_FRAME = 256;

    private final Terminal terminal;
    private final Program<S> program;
    private final ArticleStore store;
    private final Consumer<LoadSink> startLoading;
    private final ColorMode colorMode;
    private final Charset charset;
    private final PrintStream errors;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicBoolean restored = new AtomicBoolean();

    public TerminalApp(Terminal terminal, Program<S> program, ArticleStore store, Consumer<LoadSink> startLoading,
                       ColorMode colorMode, Charset charset, PrintStream errors) {
        this.terminal = terminal;
        this.program = program;
        this.store = store;
        this.startLoading = startLoading;
        this.colorMode = colorMode;
        this.charset = charset;
        this.errors = errors;
    }

    /**
     * Runs the reader on {@code /dev/tty} with the locale's charset and the environment's colour mode.
     * Throws IOException when there is no controlling terminal, before anything was drawn.
     */
    public static <S> int runOnTty(Program<S> program, ArticleStore store, Consumer<LoadSink> startLoading,
                               Map<String, String> environment, PrintStream errors) throws IOException {
        Charset charset = LedeTerminal.localeCharset();
        LedeTerminal terminal = LedeTerminal.open(charset);
        return new TerminalApp<>(terminal, program, store, startLoading, ColorMode.detect(environment), charset, errors)
                .run();
    }

    /** Runs until quit or until the terminal goes away; returns the exit status (0, or 1 after a crash). */
    public int run() throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        Thread restoreOnSignal = new Thread(() -> restore(screen), "lede-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal); // SIGTERM, SIGHUP, SIGINT and a normal JVM exit
        Throwable crash = null;
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            terminal.addResizeListener((t, size) -> events.offer(new Event.Resized(size.getColumns(), size.getRows())));
            startDaemon("lede-keys", () -> readKeys(screen));
            TerminalSize size = screen.getTerminalSize();
            startDaemon("lede-loader", () -> load(size.getRows()));
            loop(screen, program.initial(Library.empty(), size.getColumns(), size.getRows()));
        } catch (IOException terminalGone) {
            // a write to a vanished terminal: nothing left to draw on
        } catch (RuntimeException | Error e) {
            crash = e;
        } finally {
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
        Painter painter = new Painter(screen, colorMode, charset);
        S state = initial;
        boolean full = true;
        while (true) {
            Event event = take();
            int handled = 0;
            while (event != null) {
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
                Program.Step<S> transition = program.update(state, event);
                state = transition.state();
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
                    } else if (effect instanceof Effect.OpenArticle open) {
                        startDaemon("lede-open", () -> events.offer(openArticle(open)));
                    }
                }
                event = ++handled < MAX_EVENTS_PER_FRAME ? events.poll() : null; // one paint for a burst of keys
            }
            painter.paint(program.view(state));
            screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            full = false;
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

    private Event openArticle(Effect.OpenArticle open) {
        try {
            return store.open(open.entry())
                    .<Event>map(article -> new Event.ArticleOpened(open.entry(), article))
                    .orElseGet(() -> new Event.ArticleUnavailable(open.entry(), "can no longer be read"));
        } catch (RuntimeException e) {
            return new Event.ArticleUnavailable(open.entry(), String.valueOf(e.getMessage()));
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

    private void load(int firstScreenful) {
        LibraryFeed feed = new LibraryFeed(events::offer, firstScreenful, System::nanoTime);
        try {
            startLoading.accept(feed);
        } catch (RuntimeException e) {
            feed.failed(e);
            feed.finished();
        }
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

    private static void startDaemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
