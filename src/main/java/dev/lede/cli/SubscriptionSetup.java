package dev.lede.cli;

import dev.lede.core.article.Problem;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/** What the subscription commands share: where the files are, and the list read with its bad lines reported. */
final class SubscriptionSetup {

    private SubscriptionSetup() {}

    /** The paths, or empty after saying on {@code err} why there are none. */
    private static Optional<SubscriptionPaths> paths(Map<String, String> environment, PrintWriter err) {
        Optional<SubscriptionPaths> paths = SubscriptionPaths.of(environment);
        if (paths.isEmpty()) {
            err.println(
                    "lede: no home folder (HOME is not set), so no subscription list; set HOME or the XDG_* variables");
        }
        return paths;
    }

    /** The list file, read, with where the rest lives. */
    record Listed(SubscriptionPaths paths, SubscriptionFile file, SubscriptionList list) {}

    /** The paths and the list read (bad lines reported), or empty after saying why there is no list. */
    static Optional<Listed> open(Map<String, String> environment, PrintWriter err) throws IOException {
        Optional<SubscriptionPaths> paths = paths(environment, err);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        SubscriptionFile file = new SubscriptionFile(paths.get().list());
        return Optional.of(new Listed(paths.get(), file, read(file, err)));
    }

    /** The list; each line that cannot be used is reported on {@code err} as {@code file:line: reason}. */
    private static SubscriptionList read(SubscriptionFile file, PrintWriter err) throws IOException {
        SubscriptionList list = file.read();
        for (Problem problem : list.problems()) {
            LibraryLoad.report(err, problem);
        }
        return list;
    }
}
