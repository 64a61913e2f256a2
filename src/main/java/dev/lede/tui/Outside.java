package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.io.StateStore;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the reader reaches outside the screen: the store the reading state is saved to (none with
 * {@code --no-state} or stdin only), the environment, which says whether there is a browser, what
 * stops the URL fetches in progress (Esc), and who is told, on the loading thread, once the library is
 * complete (the library index remembers what its related headlines resolved to).
 */
public record Outside(Optional<StateStore> state, Map<String, String> environment, Runnable cancelFetches,
                      Consumer<Library> libraryComplete) {

    public Outside {
        environment = Map.copyOf(environment);
        cancelFetches = cancelFetches == null ? () -> { } : cancelFetches;
        libraryComplete = libraryComplete == null ? library -> { } : libraryComplete;
    }

    public Outside(Optional<StateStore> state, Map<String, String> environment) {
        this(state, environment, null, null);
    }

    /** Nothing saved, no browser: what tests and demos run with. */
    public static Outside none() {
        return new Outside(Optional.empty(), Map.of());
    }
}
