package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.io.StateStore;
import dev.lede.ui.Event;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the reader reaches outside the screen: the store the reading state is saved to (none with
 * {@code --no-state} or stdin only), the environment, which says whether there is a browser, what
 * stops the URL fetches in progress (Esc), who is told, on the loading thread, once the library is
 * complete (the library index remembers what its related headlines resolved to), the folders to watch
 * with how to load them again, the fetch of the subscriptions (R), which posts its progress and end, and
 * who keeps the lines to print on stderr once the screen is gone (a reading state that could not be
 * saved: the status line says it once, and the next key paints over it).
 */
public record ReaderContext(
        Optional<StateStore> state,
        Map<String, String> environment,
        Runnable cancelFetches,
        Consumer<Library> libraryComplete,
        Optional<Watched> watched,
        Consumer<Consumer<Event>> fetchSubscriptions,
        Consumer<String> afterQuit) {

    /** Folders the reader shows, and the load that reads them again (the start's own loading path). */
    /**
     * @param reload   loads the folders again into a sink
     * @param reloaded told of each library a reload completed (to store its related headlines' resolutions)
     */
    public record Watched(List<Path> folders, Consumer<LoadSink> reload, Consumer<Library> reloaded) {
        public Watched {
            folders = List.copyOf(folders);
        }
    }

    public ReaderContext {
        environment = Map.copyOf(environment);
        cancelFetches = cancelFetches == null ? () -> {} : cancelFetches;
        libraryComplete = libraryComplete == null ? library -> {} : libraryComplete;
        watched = watched == null ? Optional.empty() : watched;
        fetchSubscriptions = fetchSubscriptions == null
                ? post -> post.accept(new Event.FetchEnded(0, 0, 0, "no subscriptions here"))
                : fetchSubscriptions;
        afterQuit = afterQuit == null ? line -> {} : afterQuit;
    }

    public ReaderContext(
            Optional<StateStore> state,
            Map<String, String> environment,
            Runnable cancelFetches,
            Consumer<Library> libraryComplete) {
        this(state, environment, cancelFetches, libraryComplete, Optional.empty(), null, null);
    }

    public ReaderContext(Optional<StateStore> state, Map<String, String> environment) {
        this(state, environment, null, null);
    }

    /** Nothing saved, no browser: what tests and demos run with. */
    public static ReaderContext none() {
        return new ReaderContext(Optional.empty(), Map.of());
    }
}
