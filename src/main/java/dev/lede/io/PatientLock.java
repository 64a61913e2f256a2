package dev.lede.io;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock whose taker says so when it has to wait long: quitting the reader waits for the index's writes to finish,
 * which after a first run of a large library takes seconds (docs/index-and-cache.md, "The library index"), and a
 * terminal given back with nothing said looks hung.
 */
final class PatientLock {

    private final ReentrantLock lock = new ReentrantLock();

    /** Runs {@code action} holding the lock. */
    void run(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} holding the lock; when the lock is not free within {@code patience}, runs {@code
     * sayWaiting} once and goes on waiting.
     */
    void run(Runnable action, Duration patience, Runnable sayWaiting) {
        boolean taken;
        try {
            taken = lock.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            sayWaiting.run();
            lock.lock();
        }
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }
}
