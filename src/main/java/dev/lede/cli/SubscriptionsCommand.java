package dev.lede.cli;

import dev.lede.core.subscribe.FeedState;
import dev.lede.core.subscribe.Opml;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.FeedStateFiles;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lede subscriptions}: the list, one line a feed, with how its last fetch went; or OPML. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the subscriptions, one a line, tab-separated: name, URL, tags, last successful fetch, "
                + "new items it brought, last error.")
final class SubscriptionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--opml", description = "Print the list as OPML 2.0, for another feed reader.")
    boolean opml;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    SubscriptionsCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SubscriptionPaths> paths = SubscriptionSetup.paths(environment, err);
        if (paths.isEmpty()) {
            return ExitCodes.NOTHING_READ;
        }
        SubscriptionList list = SubscriptionSetup.read(new SubscriptionFile(paths.get().list()), err);
        if (opml) {
            out.print(Opml.write(list.subscriptions()));
        } else {
            FeedStateFiles states = new FeedStateFiles(paths.get().feedStates());
            for (Subscription subscription : list.subscriptions()) {
                out.println(line(subscription, states.load(subscription.name())));
            }
        }
        out.flush();
        return list.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String line(Subscription subscription, FeedState state) {
        String lastFetch = state.lastSuccess() == null ? "never"
                : WHEN.format(state.lastSuccess().atZone(ZoneId.systemDefault()));
        return String.join("\t", subscription.name(), subscription.url(),
                subscription.tags().isEmpty() ? "-" : String.join(",", subscription.tags()), lastFetch,
                state.newItems() + " new", state.lastError() == null ? "-" : state.lastError());
    }
}
