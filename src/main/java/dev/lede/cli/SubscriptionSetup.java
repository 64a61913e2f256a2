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

    private SubscriptionSetup() {
    }

    /** The paths, or empty after saying on {@code err} why there are none. */
    static Optional<SubscriptionPaths> paths(Map<String, String> environment, PrintWriter err) {
        Optional<SubscriptionPaths> paths = SubscriptionPaths.of(environment);
        if (paths.isEmpty()) {
            err.println("lede: no home folder (HOME is not set), so no subscription list; set HOME or the XDG_* variables");
        }
        return paths;
    }

    /** The list; each line that cannot be used is reported on {@code err} as {@code file:line: reason}. */
    static SubscriptionList read(SubscriptionFile file, PrintWriter err) throws IOException {
        SubscriptionList list = file.read();
        for (Problem problem : list.problems()) {
            LibraryLoad.report(err, problem);
        }
        return list;
    }
}
