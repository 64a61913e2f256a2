package dev.lede.cli;

import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.fetch.FeedStateFiles;
import dev.lede.io.fetch.SubscriptionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede unsubscribe URL|NAME}: removes a feed from the list; its articles stay. */
@Command(
        name = "unsubscribe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Remove a feed from the subscription list. The articles already fetched stay in the library.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:the feed was removed",
            "1:" + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NO_LIST_HELP
        })
final class UnsubscribeCommand extends SubscriptionCommand {

    @Parameters(paramLabel = "URL|NAME", description = "The feed's address or name, as lede subscriptions lists it.")
    String which;

    UnsubscribeCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        SubscriptionFile file = listed.file();
        SubscriptionList list = listed.list();
        Optional<SubscriptionList.Entry> entry = list.find(which);
        if (entry.isEmpty()) {
            Optional<SubscriptionList.Duplicate> duplicate = list.duplicateNamed(which);
            if (duplicate.isPresent()) {
                return removeDuplicate(out, listed, duplicate.get());
            }
            err.println("lede: " + Sanitizer.visibleLine(which)
                    + ": no subscription of that name or URL (lede subscriptions lists them)");
            return ExitCodes.USAGE;
        }
        String name = entry.get().subscription().name();
        String text = SubscriptionList.replaceLine(file.text(), entry.get().line(), null);
        file.write(text);
        new FeedStateFiles(listed.paths().feedStates()).delete(name);
        // A line skipped as this feed's duplicate (an earlier lede's http beside https) is now read as its
        // subscription.
        String stillSubscribed = SubscriptionList.parse(file.path().toString(), text)
                .find(entry.get().subscription().url())
                .map(other -> "; " + other.subscription().name() + " ("
                        + other.subscription().url() + ") is the same feed and stays subscribed")
                .orElse("");
        out.println("unsubscribed from " + entry.get().subscription().url() + " (" + name + ")" + stillSubscribed
                + articlesStay(listed, name));
        return ExitCodes.OK;
    }

    /** Removes a line skipped as the same feed as an earlier one, named by the {@code "~name"} it gives. */
    private static int removeDuplicate(
            PrintWriter out, SubscriptionSetup.Listed listed, SubscriptionList.Duplicate duplicate) throws IOException {
        SubscriptionFile file = listed.file();
        String kept = listed.list()
                .atLine(duplicate.sameAs())
                .map(e -> e.subscription().name())
                .orElse("line " + duplicate.sameAs());
        file.write(SubscriptionList.replaceLine(file.text(), duplicate.line(), null));
        new FeedStateFiles(listed.paths().feedStates()).delete(duplicate.name());
        out.println("removed line " + duplicate.line() + " of " + file.path() + ", " + duplicate.url() + " ("
                + duplicate.name() + "): the same feed as line " + duplicate.sameAs() + ", " + kept
                + ", which stays subscribed" + articlesStay(listed, duplicate.name()));
        return ExitCodes.OK;
    }

    private static String articlesStay(SubscriptionSetup.Listed listed, String name) {
        return Files.isDirectory(listed.paths().folder(name))
                ? "; its articles stay in " + listed.paths().folder(name)
                : "";
    }
}
