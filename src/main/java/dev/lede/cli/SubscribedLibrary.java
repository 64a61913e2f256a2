package dev.lede.cli;

import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code lede} opens with no input once there are subscriptions: the fetched library, then the
 * config's {@code path} entries (README, "Subscriptions"). Without subscriptions, or before the first
 * fetch, nothing changes: the paths, else {@code ./feeds}, else the samples.
 */
final class SubscribedLibrary {

    private SubscribedLibrary() {}

    /** The inputs to use, or empty to leave the choice to the usual defaults. */
    static Optional<List<String>> inputs(Path config, Map<String, String> environment) {
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
        if (list.entries().isEmpty()) {
            return Optional.empty();
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(paths.get().library().toString());
        inputs.addAll(ReaderSession.config(config, environment).paths());
        return Optional.of(inputs);
    }
}
