package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.ui.Event;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The screen from start to restore: the alternate screen with the cursor hidden, resizes, Ctrl-Z to the
 * shell and back, and the terminal restored exactly once, by whichever way out comes first: the loop's
 * end or the shutdown hook (SIGTERM, SIGHUP, SIGINT and a normal JVM exit).
 */
final class ScreenSession {

    private final Terminal terminal;
    private final TerminalScreen screen;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Thread restoreOnSignal;

    /** Installs the shutdown hook, which runs {@code beforeRestore} (saving what is pending) first. */
    ScreenSession(Terminal terminal, Runnable beforeRestore) throws IOException {
        this.terminal = terminal;
        this.screen = new TerminalScreen(terminal);
        this.restoreOnSignal = new Thread(
                () -> {
                    claim(); // first: the loop's frames and Lanterna's own hook no longer reach the tty
                    beforeRestore.run();
                    restore();
                },
                "lede-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
    }

    TerminalScreen screen() {
        return screen;
    }

    /** Enters the screen; each resize of the terminal is posted as an {@link Event.Resized}. */
    void start(Consumer<Event> post) throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        terminal.addResizeListener((t, size) -> post.accept(new Event.Resized(size.getColumns(), size.getRows())));
    }

    TerminalSize size() {
        return screen.getTerminalSize();
    }

    /** Resizes the screen's buffers; the event carries the size now, which may be newer than the one posted. */
    Event.Resized resized(Event.Resized posted) {
        TerminalSize size = screen.doResizeIfNecessary();
        return size == null ? posted : new Event.Resized(size.getColumns(), size.getRows());
    }

    /**
     * Only a real tty can be suspended; elsewhere (virtual terminals in tests) Ctrl-Z does nothing. Returns
     * false, the screen untouched, where no shell could resume lede ({@link JobControl}): leaving the screen
     * only to take it back at once would blink and say nothing.
     */
    boolean suspend() throws IOException {
        if (terminal instanceof LedeTerminal tty) {
            if (!JobControl.canStop()) {
                return false;
            }
            screen.stopScreen(false);
            tty.suspendToShell();
            if (tty.isRestoring()) {
                return true; // a SIGTERM waited while lede was stopped: the shutdown hook has the terminal now
            }
            screen.startScreen();
            screen.setCursorPosition(null);
            screen.doResizeIfNecessary();
        }
        return true;
    }

    /**
     * Reads no more keys from the tty (a real one; virtual terminals in tests are read to their end): what is
     * typed from now on, a command after quitting, stays in the tty for the shell. Restoring does it first.
     */
    void stopKeys() {
        if (terminal instanceof LedeTerminal tty) {
            tty.stopKeys();
        }
    }

    /** Restores the terminal and takes the shutdown hook back (unless it is running already). */
    void end() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run already
        }
    }

    /**
     * From here on only this thread writes to the tty: on a signal, the loop may still be painting (after a
     * Ctrl-Z it repaints whole as it resumes, when a SIGTERM sent while stopped arrives), and Lanterna's
     * own shutdown hook leaves the screen at the same time; either would leave a frame on the shell's screen
     * with the cursor hidden.
     */
    private void claim() {
        if (terminal instanceof LedeTerminal tty) {
            tty.restoringOnThisThread();
        }
    }

    // Idempotent: runs from end() and from the shutdown hook, whichever comes first.
    private void restore() {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        stopKeys();
        claim();
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
