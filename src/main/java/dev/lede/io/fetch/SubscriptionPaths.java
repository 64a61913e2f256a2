package dev.lede.io.fetch;

import dev.lede.io.XdgFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where subscriptions live: the list in {@code $XDG_CONFIG_HOME/lede/subscriptions}, the fetched articles
 * in {@code $XDG_DATA_HOME/lede/library/NAME/}, the fetch state and lock in {@code $XDG_STATE_HOME/lede/}.
 */
public record SubscriptionPaths(Path list, Path library, Path stateFolder) {

    /** The paths for this environment; empty without a home folder. */
    public static Optional<SubscriptionPaths> of(Map<String, String> environment) {
        Optional<Path> config = XdgFolder.lede(environment, "XDG_CONFIG_HOME", ".config");
        Optional<Path> data = XdgFolder.lede(environment, "XDG_DATA_HOME", ".local/share");
        Optional<Path> state = XdgFolder.lede(environment, "XDG_STATE_HOME", ".local/state");
        if (config.isEmpty() || data.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SubscriptionPaths(
                config.get().resolve("subscriptions"), data.get().resolve("library"), state.get()));
    }

    /** The folder of one subscription's articles. */
    public Path folder(String name) {
        return library.resolve(name);
    }

    /** Per-feed state files: validators, last fetch, items seen. */
    public Path feedStates() {
        return stateFolder.resolve("feeds");
    }

    public Path lock() {
        return stateFolder.resolve("fetch.lock");
    }
}
