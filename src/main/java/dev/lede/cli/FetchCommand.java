package dev.lede.cli;

import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.FetchOptions;
import dev.lede.io.Tty;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.ui.FetchProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede fetch [NAME|TAG]…}: gets what is new in the subscriptions, as article files (README, "Subscriptions"). */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Fetch every subscription (or those named, or tagged so) and write each new item as an article "
                    + "file in $XDG_DATA_HOME/lede/library/NAME/.",
            "At most 8 requests at once and 2 per host; unchanged feeds cost one 304."
        },
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:every feed was fetched (or skipped as its server asked)",
            "1:some feeds failed (each is named on stderr with the reason; when stderr is no terminal, as under cron, "
                    + "a failure said in the last day is not said again), some lines of the list cannot be used "
                    + "(each is named on stderr) and were left out, another fetch is running, there are no "
                    + "subscriptions, or " + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NO_LIST_HELP
        })
final class FetchCommand extends SubscriptionCommand {

    @Parameters(
            paramLabel = "NAME|TAG",
            arity = "0..*",
            description = "Fetch only these subscriptions (by name, URL or tag).")
    List<String> which = new ArrayList<>();

    @Option(
            names = "--max-size",
            paramLabel = "MIB",
            converter = MaxSizeConverter.class,
            description = "Skip feeds and pages larger than this many MiB " + "(default: ${DEFAULT-VALUE}).")
    int maxSizeMib = 32;

    /** Also taken before the command's name ({@code lede --config FILE fetch}), as every command takes it. */
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read set keep from FILE instead of $XDG_CONFIG_HOME/lede/config.")
    Path configFile;

    FetchCommand(Map<String, String> environment) {
        super(environment);
    }

    /**
     * Who reads the failures: someone at a terminal is told each of every fetch; cron's mail or a timer's log only a
     * failure that starts, changes or has gone on for a day, and the recovery ({@link FailureNotice}).
     */
    private FailureNotice.Audience audience() {
        return new Tty().isStderrTerminal() ? FailureNotice.Audience.TERMINAL : FailureNotice.Audience.UNWATCHED;
    }

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        SubscriptionFile file = listed.file();
        SubscriptionList list = listed.list();
        List<Subscription> chosen = new ArrayList<>();
        for (Subscription subscription : list.subscriptions()) {
            if (which.isEmpty() || which.stream().anyMatch(subscription::matches)) {
                chosen.add(subscription);
            }
        }
        for (String word : which) {
            if (list.subscriptions().stream().noneMatch(s -> s.matches(word))) {
                err.println("lede: " + Sanitizer.visibleLine(word)
                        + ": no subscription of that name, URL or tag (lede subscriptions lists them)");
                return ExitCodes.USAGE;
            }
        }
        if (chosen.isEmpty()) {
            err.println("lede: no subscriptions in " + file.path() + "; lede subscribe URL adds one");
            return ExitCodes.SOME_FAILED;
        }
        // set keep, from --config FILE (after the command's name or before it), else the default file; problems said
        // now
        OptionalInt keep =
                CommandConfig.of(spec, configFile, environment, err).get().keep();
        boolean terminal = new Tty().isStdoutTerminal();
        FetchOptions options = FetchOptions.defaults().withMaxBytes(maxSizeMib * 1024L * 1024L);
        AtomicReference<FetchProgress> progress = new AtomicReference<>(new FetchProgress(0, chosen.size(), 0));
        // Ctrl-C mid-fetch: the progress line is cleared and what is left said, as a reader quit while R fetches.
        Thread interrupted = new Thread(() -> {
            if (terminal) {
                out.print("\r\u001b[K");
                out.flush();
            }
            err.println("lede: " + progress.get().leftAtInterrupt());
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        Optional<FetchJob.Tally> tally;
        try {
            tally = FetchJob.run(
                    chosen,
                    file,
                    listed.paths(),
                    options,
                    (done, total, added) -> {
                        progress.set(new FetchProgress(done, total, added));
                        if (terminal) {
                            out.print("\r" + done + "/" + total + " feeds · " + added + " new\u001b[K");
                            out.flush();
                        }
                    },
                    keep,
                    environment,
                    out,
                    audience());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // interrupted meanwhile: the hook runs, the JVM is on its way out
            }
        }
        if (tally.isEmpty()) {
            err.println("lede: " + FetchJob.lockedOut(listed.paths()) + "; this one does nothing");
            return ExitCodes.SOME_FAILED;
        }
        if (terminal) {
            out.print("\r\u001b[K");
            out.flush(); // before the failures on stderr, or they would follow the progress on its line
        }
        tally.get().lines().forEach(line -> err.println("lede: " + line));
        out.println(tally.get().summary());
        // A line of the list left out (said as the list was read) is an input not read, as for lede subscriptions.
        return tally.get().failed() > 0 || !list.problems().isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
