package dev.lede.cli;

import java.io.PrintWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Text written to a writer on a thread of its own, a batch at a time, so that encoding and writing one
 * batch overlaps with making the next: turning {@code lede list}'s lines into UTF-8 and writing them was
 * a third of its time after the folder walk (README, "The library index"). At most two batches wait; the
 * caller blocks beyond that, so the memory held stays two batches whatever the library's size.
 */
final class OutputThread {

    /** The end of the output, told apart from any batch by identity. */
    private static final StringBuilder END = new StringBuilder();

    private final PrintWriter out;
    private final BlockingQueue<CharSequence> batches = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    OutputThread(PrintWriter out) {
        this.out = out;
        this.thread = new Thread(this::run, "lede-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands {@code batch} over to be written; the caller must not change it afterwards. */
    void write(CharSequence batch) {
        put(batch);
    }

    /** Waits until everything handed over is written and flushed. */
    void finish() {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(CharSequence batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing", e);
        }
    }

    private void run() {
        try {
            for (CharSequence batch = batches.take(); batch != END; batch = batches.take()) {
                out.append(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            out.flush();
        }
    }
}
