package dev.lede.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Two pieces of work at once: one on a thread of its own, the other on the caller's. A first {@code lede list}
 * prints its lines while the index stores what its related headlines resolved to (docs/performance.md, "The first run's
 * tail").
 */
final class Alongside {

    private Alongside() {}

    /**
     * Runs {@code aside} on a thread of its own while this one runs {@code meanwhile}, and returns once both
     * are done; what {@code aside} threw is thrown here, after {@code meanwhile} ran.
     */
    static void run(Runnable aside, Runnable meanwhile) {
        FutureTask<Void> task = new FutureTask<>(aside, null);
        Thread thread = new Thread(task, "lede-alongside");
        thread.start();
        try {
            meanwhile.run();
        } finally {
            awaitRethrowing(task);
        }
    }

    private static void awaitRethrowing(FutureTask<Void> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
