package dev.lede.tui;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * {@code /dev/tty} being opened on a daemon thread (an stty process and Lanterna's set-up), so that it
 * overlaps the rest of start-up. The reader takes it over with {@link ReaderStart#run}; a caller
 * that ends up not running the reader {@link #close}s it to give the terminal its modes back.
 */
public final class TtyOpening {

    private final FutureTask<LedeTerminal> task;
    private boolean taken;

    private TtyOpening(FutureTask<LedeTerminal> task) {
        this.task = task;
    }

    /** Starts opening the terminal now, with the locale's charset. */
    public static TtyOpening start() {
        FutureTask<LedeTerminal> opening = new FutureTask<>(() -> LedeTerminal.open(LedeTerminal.localeCharset()));
        Thread thread = new Thread(opening, "lede-tty");
        thread.setDaemon(true);
        thread.start();
        return new TtyOpening(opening);
    }

    /** True once opening has ended (the terminal is ready, or opening it failed). */
    boolean isDone() {
        return task.isDone();
    }

    /** Waits for the terminal and takes it over; throws what opening it threw (IOException when none). */
    synchronized LedeTerminal take() throws IOException {
        taken = true;
        return await();
    }

    /** Gives the terminal its modes back unless the reader took it over (it restores the terminal itself). */
    public synchronized void close() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            await().close();
        } catch (IOException | RuntimeException ignored) {
            // never opened, or gone: nothing to give back
        }
    }

    private LedeTerminal await() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the terminal", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
