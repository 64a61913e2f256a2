package dev.lede.cli;

import dev.lede.core.subscribe.FeedState;
import dev.lede.core.subscribe.Opml;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.FeedStateFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lede subscriptions}: the list, one line a feed, with how its last fetch went; or OPML. */
@Command(
        name = "subscriptions",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the subscriptions, one a line, tab-separated: name, URL, tags, last successful fetch, "
                + "new items it brought, last error.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:the list was printed",
            "1:some lines of the list cannot be used (each is named on stderr) and were left out, or "
                    + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NO_LIST_HELP
        })
final class SubscriptionsCommand extends SubscriptionCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--opml", description = "Print the list as OPML 2.0, for another feed reader.")
    boolean opml;

    SubscriptionsCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        SubscriptionList list = listed.list();
        if (opml) {
            out.print(Opml.write(list.subscriptions()));
        } else {
            FeedStateFiles states = new FeedStateFiles(listed.paths().feedStates());
            for (Subscription subscription : list.subscriptions()) {
                out.println(line(subscription, states.load(subscription.name())));
            }
        }
        return list.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String line(Subscription subscription, FeedState state) {
        String lastFetch = state.lastSuccess() == null
                ? "never"
                : WHEN.format(state.lastSuccess().atZone(ZoneId.systemDefault()));
        return String.join(
                "\t",
                subscription.name(),
                subscription.url(),
                subscription.tags().isEmpty() ? "-" : String.join(",", subscription.tags()),
                lastFetch,
                state.newItems() + " new",
                state.lastError() == null ? "-" : state.lastError());
    }
}
