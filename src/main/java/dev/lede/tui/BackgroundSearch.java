package dev.lede.tui;

import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import java.util.function.Consumer;

/**
 * Runs the reader's searches of the library index on a thread of its own, so that typing never waits
 * for one: a one-letter search ranks most of a large library. Only the newest request waits to run;
 * those it replaced are dropped unrun, and a result that arrives after more typing is ignored by the
 * state machine.
 */
final class BackgroundSearch {

    private final Consumer<Event> post;
    private Effect.Search next;
    private Effect.Search running;
    private Thread worker;

    BackgroundSearch(Consumer<Event> post) {
        this.post = post;
    }

    synchronized void request(Effect.Search search) {
        next = search;
        if (running != null) {
            running.library().cancelSearch(); // its result would be dropped: the newer one starts sooner
        }
        if (worker == null) {
            worker = new Thread(this::run, "lede-search");
            worker.setDaemon(true);
            worker.start();
        }
        notifyAll();
    }

    private void run() {
        while (true) {
            Effect.Search search;
            synchronized (this) {
                while (next == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                search = next;
                next = null;
                running = search;
            }
            int[] found;
            try {
                found = search.library().searchPositions(search.query());
            } catch (RuntimeException e) {
                found = new int[0]; // the index said why once (IndexBodySearch); the list must not wait forever
            }
            synchronized (this) {
                running = null;
                if (next != null) {
                    continue; // superseded (perhaps cancelled, finding nothing): only the newest is answered
                }
            }
            post.accept(new Event.Searched(search.library(), search.query(), found));
        }
    }
}
