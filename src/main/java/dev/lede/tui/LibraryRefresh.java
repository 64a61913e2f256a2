package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.function.Consumer;

/**
 * Loads the library again when its folders changed (a file copied in, a fetch's new articles, one
 * deleted), through the same loading path as the start ({@code reload}: the library index's check of
 * the folders), and posts only the finished library: the list never shows a half-loaded one. Requests
 * that come while a load runs make one more load after it, never a queue of them; the library they replace is
 * then not handed on to be stored ({@code reloaded}), which would hold the next load back.
 */
final class LibraryRefresh {

    private final Consumer<LoadSink> reload;
    private final Consumer<Library> reloaded;
    private final Consumer<Event> post;
    private boolean running;
    private boolean again;

    LibraryRefresh(Consumer<LoadSink> reload, Consumer<Library> reloaded, Consumer<Event> post) {
        this.reload = reload;
        this.reloaded = reloaded;
        this.post = post;
    }

    /** Something changed: load again now, or once the load in progress ends. */
    synchronized void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        Thread thread = new Thread(this::loadUntilCurrent, "lede-reload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether something changed again since the load in progress began. */
    private synchronized boolean changedSince() {
        return again;
    }

    private void loadUntilCurrent() {
        while (true) {
            loadOnce();
            synchronized (this) {
                if (!again) {
                    running = false;
                    return;
                }
                again = false;
            }
        }
    }

    private void loadOnce() {
        // Snapshots along the way are dropped: only the finished library replaces the one shown.
        LibraryFeed feed = new LibraryFeed(event -> {}, 0, System::nanoTime, (Library library) -> {
            post.accept(new Event.LibraryUpdated(library));
            // After the post: the list does not wait for it. Storing waits for the library's related headlines
            // to be worked out (seconds on a large one); a library already changed again is not stored, and the
            // next load starts at once: the next library stores its own (a fetch writes its feeds one by one).
            if (!changedSince()) {
                reloaded.accept(library);
            }
        });
        try {
            reload.accept(feed);
        } catch (RuntimeException e) {
            // The library shown stays: a failed reload must not empty the list.
            post.accept(new Event.Notice("could not load the changed folders again: " + e.getMessage()));
        }
    }
}
