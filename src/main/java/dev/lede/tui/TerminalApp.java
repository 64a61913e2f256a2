package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The only impure loop (docs/architecture.md, "The loop"). One thread owns the screen: it takes an event,
 * asks the {@link PureReader} for the next state, runs the effects and shows the view's frame. Its parts:
 * {@link ScreenSession} (start, resize, suspend, and the terminal restored on every way out: quit keys, a
 * vanished terminal, an exception, SIGTERM and SIGHUP), {@link KeyReader} (keys, from a daemon thread),
 * {@link FramePacer} (when to paint), {@link ScreenFrames} (painting) and {@link EffectRunner} (the
 * effects beyond the screen). The loader and article reads run on daemon threads and post events back.
 */
public final class TerminalApp {

    private final Terminal terminal;
    private final PureReader program;
    private final ColorMode colorMode;
    private final Charset charset;
    private final PrintStream errors;
    private final BlockingQueue<Event> events;
    private final Consumer<Library> shown;
    private final StateSaver saver;
    private final EffectRunner effects;
    private final Consumer<String> afterQuit;
    private volatile UiState lastState;

    /**
     * {@code events}: the queue loading posts to (started by {@link ReaderStart}); {@code shown} is given
     * the library of each frame, after it is shown.
     */
    TerminalApp(
            Terminal terminal,
            PureReader program,
            ArticleStore store,
            ColorMode colorMode,
            Charset charset,
            PrintStream errors,
            ReaderContext outside,
            BlockingQueue<Event> events,
            Consumer<Library> shown) {
        this.terminal = terminal;
        this.program = program;
        this.colorMode = colorMode;
        this.charset = charset;
        this.errors = errors;
        this.events = events;
        this.shown = shown;
        this.saver = StateSaver.into(outside.state(), problem -> {
            events.offer(new Event.Notice(problem));
            outside.afterQuit().accept("lede: " + problem); // the status line's note lasts one key
        });
        this.effects = new EffectRunner(terminal, store, outside, saver, events);
        this.afterQuit = outside.afterQuit();
    }

    /** The state the reader was in when its loop ended (or is in now); null before it started. */
    public UiState lastState() {
        return lastState;
    }

    /** Runs until quit or until the terminal goes away; returns the exit status (0, or 1 after a crash). */
    public int run() throws IOException {
        ScreenSession session = new ScreenSession(terminal, saver::flush);
        Throwable crash = null;
        try {
            session.start(events::offer);
            KeyReader.start(session.screen(), events::offer);
            TerminalSize size = session.size();
            loop(session, program.initial(Library.loading(), size.getColumns(), size.getRows()));
        } catch (IOException terminalGone) {
            // a write to a vanished terminal: nothing left to draw on
        } catch (RuntimeException | Error e) {
            crash = e;
        } finally {
            session.stopKeys(); // keys typed while the state is saved are the shell's
            saver.close(); // before the terminal goes: a quit is only done once the state is on disk
            session.end();
        }
        if (lastState != null) {
            // R's fetch runs on a daemon thread that ends with the reader: said where it stays visible.
            lastState.fetch().ifPresent(fetch -> afterQuit.accept("lede: " + fetch.leftAtQuit()));
        }
        if (crash != null) {
            // After leaving the alternate screen, or the trace would be erased with it.
            errors.println("lede: internal error, the reader stopped (" + crash + "); details follow.");
            crash.printStackTrace(errors);
            return 1;
        }
        return 0;
    }

    // Event, update, effects, for each event of a burst; then one frame, unless the pacer holds it back.
    private void loop(ScreenSession session, UiState initial) throws IOException {
        ScreenFrames frames = new ScreenFrames(session.screen(), terminal, colorMode, charset);
        FramePacer pacer = new FramePacer(events);
        UiState state = initial;
        int scrolled = 0;
        lastState = state;
        // Links are worked out once the frame of the library they belong to is out: on two cores they would
        // otherwise share the processor with that frame (docs/performance.md, "Start-up").
        List<Effect> afterFrame = new ArrayList<>();
        while (true) {
            for (Event event = pacer.first(); event != null; event = pacer.next()) {
                pacer.handling(event);
                if (event instanceof Event.TerminalGone) {
                    return;
                }
                if (event instanceof Event.Resized posted) {
                    event = session.resized(posted);
                    frames.redrawWhole();
                }
                Transition transition = program.update(state, event);
                state = transition.state();
                scrolled = transition.scrolled(); // the last update's hint, as the frame shows the last state
                lastState = state;
                for (Effect effect : transition.effects()) {
                    if (effect instanceof Effect.Quit) {
                        return;
                    }
                    if (effect instanceof Effect.BuildLinks) {
                        afterFrame.add(effect);
                        continue;
                    }
                    runOnScreen(effect, session, frames, pacer);
                }
            }
            if (!pacer.holdsBack(session.size().getRows(), frames.wholeRedrawDue())) {
                frames.show(program.view(state, scrolled));
                pacer.painted();
                shown.accept(state.library());
            }
            afterFrame.forEach(effects::run);
            afterFrame.clear();
        }
    }

    // The effects on the screen itself run here, on its thread; the others in EffectRunner.
    private void runOnScreen(Effect effect, ScreenSession session, ScreenFrames frames, FramePacer pacer)
            throws IOException {
        if (effect instanceof Effect.Redraw) {
            frames.redrawWhole();
        } else if (effect instanceof Effect.Suspend) {
            if (session.suspend()) {
                frames.redrawWhole();
            } else {
                // ssh -t host lede: no shell to go back to
                events.offer(new Event.Notice("cannot suspend: no job control here; quit instead"));
            }
        } else if (effect instanceof Effect.CountTimer timer) {
            pacer.countFor(timer.millis());
        } else {
            effects.run(effect);
        }
    }
}
