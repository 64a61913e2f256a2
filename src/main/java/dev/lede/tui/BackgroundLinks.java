package dev.lede.tui;

import dev.lede.core.library.LinkGraph;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import java.util.function.Consumer;

/**
 * Works out the library's links (backlinks and stories, {@link LinkGraph}) on a thread of its own: with
 * the matcher that resolves every related headline, which on a large library takes longer than a frame.
 * Only the newest request waits to run; those it replaced are dropped unrun.
 */
final class BackgroundLinks {

    private final Consumer<Event> post;
    private Effect.BuildLinks next;
    private Thread worker;

    BackgroundLinks(Consumer<Event> post) {
        this.post = post;
    }

    synchronized void request(Effect.BuildLinks build) {
        next = build;
        if (worker == null) {
            worker = new Thread(this::run, "lede-links");
            worker.setDaemon(true);
            worker.start();
        }
        notifyAll();
    }

    private void run() {
        while (true) {
            Effect.BuildLinks build;
            synchronized (this) {
                while (next == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                build = next;
                next = null;
            }
            LinkGraph links;
            try {
                links = LinkGraph.of(build.library());
            } catch (RuntimeException e) {
                continue; // the index said why once (IndexEntryDetails); the reader goes on without backlinks
            }
            post.accept(new Event.LinksBuilt(links));
        }
    }
}
