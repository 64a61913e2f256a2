package dev.lede.io;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs tasks one after another, in the order given, on a daemon thread of its own; at most a bounded
 * number wait, so a caller that outpaces it waits instead of holding everything it handed over.
 * {@link IndexedLoad} hands it the index's writes: SQLite takes one core while the loading thread adds
 * what was parsed to the library on the other (docs/performance.md, "Where a first run goes").
 */
final class OrderedWorker {

    private static final Runnable STOP = () -> {};

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    /** What a task threw that it should not have: rethrown by {@link #finish} on the caller's thread. */
    private volatile RuntimeException thrown;

    OrderedWorker(String name, int waiting) {
        this.queue = new ArrayBlockingQueue<>(waiting);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true); // a load abandoned by a reader that quit must not keep the JVM alive
        thread.start();
    }

    /**
     * Queues {@code task}, waiting while the queue is full. An interrupted caller gives up: the task is
     * dropped, and what it would have written is left to the transaction that is never committed.
     */
    void submit(Runnable task) {
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs everything queued, then ends the thread and returns; rethrows what a task threw. */
    void finish() {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(STOP);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writes under way still end before the caller goes on
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the writes under way still end before the caller goes on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RuntimeException failure = thrown;
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // The thread goes on: a caller waiting for room in the queue must not wait forever.
                if (thrown == null) {
                    thrown = e;
                }
            }
        }
    }
}
