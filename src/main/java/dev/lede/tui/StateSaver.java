package dev.lede.tui;

import dev.lede.core.state.ReadingState;
import dev.lede.io.FileFailures;
import dev.lede.io.StateStore;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes the reading state at most every half second, off the screen thread: a burst of changes (m m m,
 * scrolling through an article) costs one write, and every change is on disk within a second.
 * {@link #flush()} writes what is pending now, on quit, on a vanished terminal and on a signal.
 */
final class StateSaver implements AutoCloseable {

    static final long DELAY_MILLIS = 500;

    /** Writes one state; throws an unchecked exception when it cannot. */
    interface Writer {
        void write(ReadingState state) throws Exception;
    }

    private final Writer writer;
    private final Consumer<String> problems;
    private final ScheduledExecutorService timer;
    private final Object writing = new Object();
    private ReadingState pending;
    private boolean scheduled;
    private boolean reported;

    StateSaver(Writer writer, Consumer<String> problems) {
        this.writer = writer;
        this.problems = problems;
        this.timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "lede-state");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A saver into {@code store}; without one (--no-state, stdin only) the states go nowhere. */
    static StateSaver into(Optional<StateStore> store, Consumer<String> problems) {
        return new StateSaver(
                state -> {
                    if (store.isPresent()) {
                        store.get().save(state);
                    }
                },
                problems);
    }

    /** Takes the newest state; it is written within {@link #DELAY_MILLIS}. */
    synchronized void offer(ReadingState state) {
        pending = state;
        if (!scheduled) {
            scheduled = true;
            timer.schedule(this::flush, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the pending state now, if any; waits for a write already running. */
    void flush() {
        synchronized (writing) {
            ReadingState state;
            synchronized (this) {
                state = pending;
                pending = null;
                scheduled = false;
            }
            if (state == null) {
                return;
            }
            try {
                writer.write(state);
            } catch (Exception e) {
                report(e);
            }
        }
    }

    @Override
    public void close() {
        flush();
        timer.shutdownNow();
    }

    private void report(Exception e) {
        if (!reported) {
            reported = true; // once: a full disk would otherwise say so on every key
            String reason = e instanceof IOException failure ? FileFailures.describe(failure) : e.getMessage();
            problems.accept("cannot save the reading state: " + reason);
        }
    }
}
