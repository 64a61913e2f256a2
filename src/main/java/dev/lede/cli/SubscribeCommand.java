package dev.lede.cli;

import dev.lede.core.article.WebUrl;
import dev.lede.core.subscribe.FullText;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.fetch.SubscriptionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede subscribe URL}: adds a feed to the subscription list (README, "Subscriptions"). */
@Command(
        name = "subscribe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Add a feed to the subscription list ($XDG_CONFIG_HOME/lede/subscriptions); lede fetch gets it.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:the feed was added",
            "1:it was already subscribed (under the name said on stderr), or " + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NO_LIST_HELP
        })
final class SubscribeCommand extends SubscriptionCommand {

    @Parameters(paramLabel = "URL", description = "The feed's http or https address.")
    String url;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "What to call it, and its folder in the library (default: the site's host name).")
    String name;

    @Option(names = "--tag", paramLabel = "TAG", description = "A word to fetch it by (lede fetch TAG); repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(
            names = "--full-text",
            paramLabel = "on|off|auto",
            converter = FullTextConverter.class,
            completionCandidates = LowercaseNames.FullTexts.class,
            defaultValue = "auto",
            description = "Fetch each item's page for its full text: always, never, or when the feed gives only a "
                    + "summary (default: ${DEFAULT-VALUE}).")
    FullText fullText = FullText.AUTO;

    SubscribeCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        if (Subscription.webHost(url).isEmpty()) {
            err.println("lede: " + Sanitizer.visibleLine(url) + ": "
                    + WebUrl.problem(url).orElse("not an http or https URL"));
            return ExitCodes.USAGE;
        }
        if (name != null && !Subscription.usableName(name)) {
            err.println("lede: --name " + Sanitizer.visibleLine(name) + ": cannot be a folder name (no / or \\, no "
                    + "control character, not starting with a dot, no spaces around it, at most 100 characters)");
            return ExitCodes.USAGE;
        }
        for (String tag : tags) {
            if (!SubscriptionList.usableTag(tag)) {
                err.println("lede: --tag " + Sanitizer.visibleLine(tag) + ": cannot be a tag (not empty, no control "
                        + "character, not starting with ~ or full-text=)");
                return ExitCodes.USAGE;
            }
        }
        SubscriptionFile file = listed.file();
        SubscriptionList list = listed.list();
        Subscription wanted =
                new Subscription(url.strip(), name != null ? name : Subscription.nameFor(url), tags, fullText);
        SubscriptionList.Merge merge = list.merge(List.of(wanted));
        if (merge.added().isEmpty()) {
            merge.skipped().forEach(line -> err.println("lede: " + line));
            return ExitCodes.SOME_FAILED;
        }
        Subscription added = merge.added().get(0);
        if (name != null && !added.name().equals(name)) {
            err.println("lede: the name " + Sanitizer.visibleLine(name)
                    + " is taken by another subscription; choose another with --name");
            return ExitCodes.USAGE;
        }
        file.write(SubscriptionList.append(file.text(), added));
        out.println("subscribed to " + added.url() + " as " + added.name() + "; lede fetch gets its items");
        return ExitCodes.OK;
    }
}
