package dev.lede.tui;

import dev.lede.io.StateStore;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader reaches outside the screen: the store the reading state is saved to (none with
 * {@code --no-state} or stdin only), the environment, which says whether there is a browser, and what
 * stops the URL fetches in progress (Esc).
 */
public record Outside(Optional<StateStore> state, Map<String, String> environment, Runnable cancelFetches) {

    public Outside {
        environment = Map.copyOf(environment);
        cancelFetches = cancelFetches == null ? () -> { } : cancelFetches;
    }

    public Outside(Optional<StateStore> state, Map<String, String> environment) {
        this(state, environment, null);
    }

    /** Nothing saved, no browser: what tests and demos run with. */
    public static Outside none() {
        return new Outside(Optional.empty(), Map.of());
    }
}
