package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.io.FolderWatch;
import dev.lede.ui.Event;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reader's folders watched once the library is complete: a change loads them again
 * ({@link LibraryRefresh}), so files dropped in by {@code lede fetch} from cron, or by any other tool,
 * show up within a second, and deleted ones go. Before the library is complete there is nothing to
 * refresh: the load in progress reads the folders as they are.
 */
final class LibraryWatching implements AutoCloseable {

    private final Optional<ReaderContext.Watched> watched;
    private final Consumer<Event> post;
    private FolderWatch watch;
    private boolean closed;

    LibraryWatching(Optional<ReaderContext.Watched> watched, Consumer<Event> post) {
        this.watched = watched;
        this.post = post;
    }

    /**
     * The watching starts, then {@code complete} runs (on the loading thread, after the library is posted):
     * storing the related headlines' resolutions can take a while, and files arriving meanwhile must be seen.
     * A file that arrives between the load's check of the folders and the watch's start is seen with the
     * next change (docs/subscriptions.md, "Reading what arrived").
     */
    Consumer<Library> watchThen(Consumer<Library> complete) {
        return library -> {
            start();
            complete.accept(library);
        };
    }

    private synchronized void start() {
        if (watch != null || closed || watched.isEmpty()) {
            return;
        }
        LibraryRefresh refresh =
                new LibraryRefresh(watched.get().reload(), watched.get().reloaded(), post);
        watch = FolderWatch.start(watched.get().folders(), refresh::request);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watch != null) {
            watch.close();
        }
    }
}
