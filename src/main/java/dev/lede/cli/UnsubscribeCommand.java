package dev.lede.cli;

import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.fetch.FeedStateFiles;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lede unsubscribe URL|NAME}: removes a feed from the list; its articles stay. */
@Command(name = "unsubscribe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Remove a feed from the subscription list. The articles already fetched stay in the library.")
final class UnsubscribeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL|NAME", description = "The feed's address or name, as lede subscriptions lists it.")
    String which;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    UnsubscribeCommand(Map<String, String> environment) {
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
        SubscriptionFile file = new SubscriptionFile(paths.get().list());
        SubscriptionList list = SubscriptionSetup.read(file, err);
        Optional<SubscriptionList.Entry> entry = list.find(which);
        if (entry.isEmpty()) {
            err.println("lede: " + which + ": no subscription of that name or URL (lede subscriptions lists them)");
            return ExitCodes.SOME_FAILED;
        }
        String name = entry.get().subscription().name();
        file.write(SubscriptionList.replaceLine(file.text(), entry.get().line(), null));
        new FeedStateFiles(paths.get().feedStates()).delete(name);
        out.println("unsubscribed from " + entry.get().subscription().url() + " (" + name + ")"
                + (Files.isDirectory(paths.get().folder(name))
                ? "; its articles stay in " + paths.get().folder(name) : ""));
        return ExitCodes.OK;
    }
}
