package dev.lede.cli;

import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.io.Loader;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Loading started before the reader is ready for it: listing the folder and parsing the first articles
 * run while the configuration is read and the terminal starts. Results wait here (at most
 * {@value #MAX_WAITING}, then the loader waits too) until the reader hands over its sink with
 * {@link #drainTo}, and go straight to that sink from then on, in the same order.
 */
final class EarlyLoad implements LoadSink {

    /**
     * Results kept before the reader attaches: a screenful on most terminals. More would only be parsing
     * that competes, on two cores, with the start-up work the first frame waits for.
     */
    static final int MAX_WAITING = 64;

    private final ArrayDeque<Parsed> waiting = new ArrayDeque<>();
    private LoadSink sink;
    private boolean finished;
    private RuntimeException failure;

    private EarlyLoad() {
    }

    /** Starts {@code loading} (for example {@code sink -> loader.load(arguments, sink)}) on a daemon thread now. */
    static EarlyLoad start(Consumer<LoadSink> loading) {
        EarlyLoad early = new EarlyLoad();
        Thread thread = new Thread(() -> early.run(loading), "lede-loader");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    private void run(Consumer<LoadSink> loading) {
        try {
            loading.accept(this);
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
                finished = true;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void loaded(Parsed parsed) {
        boolean interrupted = false;
        while (sink == null && waiting.size() >= MAX_WAITING) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (sink == null) {
            waiting.addLast(parsed);
        } else {
            sink.loaded(parsed);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void finished() {
        finished = true;
        notifyAll();
    }

    /**
     * Gives {@code target} everything loaded so far, then the rest as it comes, then {@code finished};
     * returns when loading is over, as {@link Loader#load} would. A loader failure is thrown here.
     */
    void drainTo(LoadSink target) {
        synchronized (this) {
            while (!waiting.isEmpty()) {
                target.loaded(waiting.removeFirst());
            }
            sink = target;
            notifyAll();
            while (!finished) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        target.finished();
    }
}
