package dev.lede.cli;

import dev.lede.io.FileFailures;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the subscription commands (subscribe, unsubscribe, subscriptions, import, fetch, prune) share:
 * the environment their files are found by, and stdout and stderr flushed however they end.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class SubscriptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    final Map<String, String> environment;

    SubscriptionCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<SubscriptionSetup.Listed> listed = SubscriptionSetup.open(environment, err);
            return listed.isEmpty() ? ExitCodes.NOTHING_READ : run(out, err, listed.get());
        } catch (IOException e) {
            // lede's own files (the list, the state, the lock, the library) refused: say which and why.
            err.println("lede: " + FileFailures.describe(e));
            return ExitCodes.SOME_FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command's work, once the list is read (its bad lines reported); returns the exit status ({@link ExitCodes}). */
    abstract int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException;
}
