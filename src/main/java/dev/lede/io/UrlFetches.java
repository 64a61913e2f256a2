package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * URLs fetched each on a daemon thread of its own, apart from the ordered inputs
 * ({@link LoadOptions#urlsWhenFetched}), so that a server that accepts and never answers holds up nothing
 * else; each result is handed over when it is ready, and a cancelled one is reported as "cancelled".
 */
final class UrlFetches {

    /** One URL on its way; {@code cancelled} is read by its own thread once the fetch ends. */
    private static final class Fetch {
        final String url;
        final Thread thread;
        boolean cancelled;

        Fetch(String url, Thread thread) {
            this.url = url;
            this.thread = thread;
        }
    }

    private final Function<String, Parsed> fetchAndParse;
    private final List<Fetch> running = new ArrayList<>();
    private int started;
    private int ended;

    /** {@code fetchAndParse}: the URL's articles, or a problem saying why there are none; never throws. */
    UrlFetches(Function<String, Parsed> fetchAndParse) {
        this.fetchAndParse = fetchAndParse;
    }

    void start(String url, LoadSink sink) {
        sink.fetching(url);
        Fetch[] self = new Fetch[1];
        Thread thread = new Thread(() -> run(self[0], sink), "lede-fetch");
        thread.setDaemon(true);
        synchronized (this) {
            self[0] = new Fetch(url, thread);
            running.add(self[0]);
            started++;
        }
        thread.start();
    }

    private void run(Fetch fetch, LoadSink sink) {
        Parsed parsed = fetchAndParse.apply(fetch.url);
        synchronized (this) {
            running.remove(fetch);
            if (fetch.cancelled) {
                parsed = Parsed.skipped(new Problem(fetch.url, "cancelled"));
            }
        }
        Thread.interrupted(); // a cancel that came after the fetch ended must not stop the hand-over
        try {
            sink.fetched(fetch.url);
            sink.loaded(parsed);
        } finally {
            synchronized (this) {
                ended++;
                notifyAll();
            }
        }
    }

    synchronized void cancelAll() {
        for (Fetch fetch : running) {
            fetch.cancelled = true;
            fetch.thread.interrupt();
        }
    }

    /** Waits until every fetch started has handed its result over. */
    synchronized void awaitAll() {
        while (ended < started) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
