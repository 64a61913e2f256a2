package dev.lede.cli;

import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The fetched library, which {@code lede} opens with no input once there are subscriptions, beside the
 * config's {@code path} entries ({@link RunInputs#arguments}; README, "Subscriptions"). Without
 * subscriptions, or before the first fetch, there is none.
 */
final class SubscribedLibrary {

    private SubscribedLibrary() {}

    /** The fetched library's folder, or empty when there are no subscriptions or nothing was fetched yet. */
    static Optional<Path> folder(Map<String, String> environment) {
        Optional<SubscriptionPaths> paths = SubscriptionPaths.of(environment);
        if (paths.isEmpty() || !Files.isDirectory(paths.get().library())) {
            return Optional.empty();
        }
        SubscriptionList list;
        try {
            list = new SubscriptionFile(paths.get().list()).read();
        } catch (IOException e) {
            return Optional.empty();
        }
        return list.entries().isEmpty()
                ? Optional.empty()
                : Optional.of(paths.get().library());
    }
}
