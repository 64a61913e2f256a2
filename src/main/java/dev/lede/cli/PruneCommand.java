package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.ReadingState;
import dev.lede.io.fetch.FetchLock;
import dev.lede.io.fetch.Pruner;
import dev.lede.io.fetch.SubscriptionPaths;
import dev.lede.ui.config.Config;
import dev.lede.ui.config.ConfigParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lede prune}: deletes fetched articles older than some days, starred ones excepted. */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Delete the fetched articles (in $XDG_DATA_HOME/lede/library) dated more than DAYS days ago. "
                + "Starred articles are kept, and files lede did not write are never touched.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:the articles past DAYS were deleted (or there were none)",
            "1:a lede fetch is running, or the reading state cannot be read (nothing was deleted), or "
                    + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NO_LIST_HELP
        })
final class PruneCommand extends SubscriptionCommand {

    @Option(
            names = "--older-than",
            paramLabel = "DAYS",
            converter = DaysConverter.class,
            description = "Delete articles dated more than DAYS days ago (default: set keep DAYS in the config).")
    Integer olderThan;

    /** Also taken before the command's name ({@code lede --config FILE prune}), as every command takes it. */
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read set keep from FILE instead of $XDG_CONFIG_HOME/lede/config.")
    Path configFile;

    PruneCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        // set keep from --config FILE (after the command's name or before it), else the default file
        Config config = CommandConfig.of(spec, configFile, environment, err).get();
        Integer days = olderThan != null
                ? olderThan
                : config.keep().isPresent() ? Integer.valueOf(config.keep().getAsInt()) : null;
        if (days == null) {
            err.println("lede: prune needs --older-than DAYS, or set keep DAYS in the config (lede prune --help)");
            return ExitCodes.USAGE;
        }
        if (days < 1 || days > ConfigParser.MAX_KEEP_DAYS) {
            err.println("lede: --older-than must be a number of days from 1 to " + ConfigParser.MAX_KEEP_DAYS);
            return ExitCodes.USAGE;
        }
        Optional<FetchLock> lock = FetchLock.tryAcquire(listed.paths().lock());
        if (lock.isEmpty()) {
            err.println("lede: a lede fetch is running; prune again when it is done");
            return ExitCodes.SOME_FAILED;
        }
        try (FetchLock held = lock.get()) {
            List<String> said = new ArrayList<>();
            Optional<String> refused = prune(listed.paths(), days, environment, out, said::add);
            refused.ifPresent(said::add);
            said.forEach(line -> err.println("lede: " + line));
            return said.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    /**
     * Prunes, saying what it did, and forgets the deleted articles' read marks and places (else the state would
     * grow with every article ever read, and be read at every start); called under the fetch lock. Returns the
     * line to say instead when the reading state cannot be read: its stars say what to keep, so nothing is
     * deleted without them. {@code said} is told a problem with forgetting the marks.
     */
    static Optional<String> prune(
            SubscriptionPaths paths, int days, Map<String, String> environment, PrintWriter out, Consumer<String> said)
            throws IOException {
        return prune(paths, days, environment, out, said, deleted -> {});
    }

    /** As above; {@code deletedIds} is told the ids of the articles deleted (the reader's R names the open one). */
    static Optional<String> prune(
            SubscriptionPaths paths,
            int days,
            Map<String, String> environment,
            PrintWriter out,
            Consumer<String> said,
            Consumer<Set<ArticleId>> deletedIds)
            throws IOException {
        List<String> why = new ArrayList<>();
        Optional<ReadingState> stars = StateFiles.peekSaying(environment, why::add);
        if (stars.isEmpty()) {
            return Optional.of("nothing pruned: " + String.join("", why) + ", and the stars in it say what to keep");
        }
        Optional<Path> setAside = StateFiles.setAside(environment);
        if (setAside.isPresent()) {
            // The reader sets an unreadable state aside and starts afresh; the stars in it are still the user's.
            return Optional.of("nothing pruned: " + setAside.get()
                    + " holds a reading state lede could not read, and the stars in it say what to keep"
                    + " (move it back or delete it to prune again)");
        }
        Instant cutoff = Instant.now().minus(Duration.ofDays(days));
        Pruner.Result result = new Pruner().prune(paths.library(), cutoff, stars.get());
        StateFiles.forget(environment, result.deletedIds(), said);
        deletedIds.accept(result.deletedIds());
        out.println(
                "pruned " + result.deleted() + (result.deleted() == 1 ? " article" : " articles") + " dated more than "
                        + days + (days == 1 ? " day" : " days") + " ago"
                        + (result.starredKept() > 0 ? " (" + result.starredKept() + " starred kept)" : ""));
        return Optional.empty();
    }
}
