package dev.lede.tui;

import dev.lede.io.StateStore;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader reaches outside the screen: the store the reading state is saved to (none with
 * {@code --no-state} or stdin only) and the environment, which says whether there is a browser.
 */
public record Outside(Optional<StateStore> state, Map<String, String> environment) {

    public Outside {
        environment = Map.copyOf(environment);
    }

    /** Nothing saved, no browser: what tests and demos run with. */
    public static Outside none() {
        return new Outside(Optional.empty(), Map.of());
    }
}
