package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.Subscription;
import dev.lede.io.FetchOptions;
import dev.lede.io.fetch.FeedOutcome;
import dev.lede.io.fetch.FetchLock;
import dev.lede.io.fetch.FetchRun;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One fetch of chosen subscriptions under the fetch lock, as {@code lede fetch} and the reader's R both
 * run it: the feeds, the permanent redirects written back to the list, then pruning by {@code set keep}.
 */
final class FetchJob {

    /**
     * What the fetch came to.
     *
     * @param lines one per feed that failed or was skipped (when said this time: {@link FailureNotice}), per warning
     *              and per redirect, {@code name: reason}
     * @param firstFailure the first failed feed as {@code name: reason}, or null
     * @param fullTextFeeds feeds with an item whose page could not be fetched for the full text (a line each)
     * @param pruned the articles {@code set keep} deleted after the fetch
     */
    record Tally(
            int feeds,
            int added,
            int updated,
            int unchanged,
            int skipped,
            int failed,
            List<String> lines,
            String firstFailure,
            int fullTextFeeds,
            Set<ArticleId> pruned) {

        Tally {
            pruned = Set.copyOf(pruned);
        }

        /** {@code 40 feeds: 37 new, 2 updated, 30 unchanged, 1 failed}. */
        String summary() {
            return feeds + (feeds == 1 ? " feed: " : " feeds: ") + added + " new, " + updated + " updated, "
                    + unchanged + " unchanged" + (skipped > 0 ? ", " + skipped + " skipped" : "")
                    + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    private FetchJob() {}

    /** The line said when another fetch holds the lock: {@code another lede fetch is running (pid N)}. */
    static String lockedOut(SubscriptionPaths paths) {
        return "another lede fetch is running"
                + FetchLock.holder(paths.lock())
                        .map(pid -> " (pid " + pid + ")")
                        .orElse("");
    }

    /**
     * Fetches {@code chosen} while holding the lock; empty, having fetched nothing, when another fetch holds
     * it. Then prunes what is older than {@code keep} days (the configuration's {@code set keep}, read by the
     * caller, which says its problems); {@code pruned} is told what pruning deleted. {@code audience} says who reads
     * the lines: a fetch nobody watches leaves out a failure said lately.
     */
    static Optional<Tally> run(
            List<Subscription> chosen,
            SubscriptionFile file,
            SubscriptionPaths paths,
            FetchOptions options,
            FetchRun.Progress progress,
            OptionalInt keep,
            Map<String, String> environment,
            PrintWriter pruned,
            FailureNotice.Audience audience)
            throws IOException {
        Optional<FetchLock> lock = FetchLock.tryAcquire(paths.lock());
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (FetchLock held = lock.get()) {
            List<FeedOutcome> outcomes =
                    new FetchRun(paths, options, Clock.systemDefaultZone(), audience).run(chosen, progress);
            List<String> lines = new ArrayList<>();
            String firstFailure = null;
            int failed = 0;
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int skipped = 0;
            int fullTextFeeds = 0;
            for (FeedOutcome outcome : outcomes) {
                String name = outcome.subscription().name();
                fullTextFeeds += outcome.fullTextMissed() > 0 ? 1 : 0;
                outcome.warnings().forEach(warning -> lines.add(name + ": " + warning));
                switch (outcome.kind()) {
                    case FAILED -> {
                        failed++;
                        if (outcome.notice() != null) {
                            lines.add(name + ": " + outcome.notice());
                        }
                        firstFailure = firstFailure == null ? name + ": " + outcome.reason() : firstFailure;
                    }
                    case SKIPPED -> {
                        skipped++;
                        if (outcome.notice() != null) {
                            lines.add(name + ": " + outcome.notice());
                        }
                    }
                    case UNCHANGED -> unchanged++;
                    case STOPPED -> {
                        // Left for the next fetch; the reader that stopped it says so.
                    }
                    case FETCHED -> {
                        added += outcome.added();
                        updated += outcome.updated();
                        if (outcome.added() == 0 && outcome.updated() == 0) {
                            unchanged++;
                        }
                    }
                }
            }
            lines.addAll(FetchRun.applyMoves(file, outcomes));
            Set<ArticleId> deleted = new HashSet<>();
            if (keep.isPresent()) {
                PruneCommand.prune(paths, keep.getAsInt(), environment, pruned, lines::add, deleted::addAll)
                        .ifPresent(lines::add);
            }
            return Optional.of(new Tally(
                    outcomes.size(),
                    added,
                    updated,
                    unchanged,
                    skipped,
                    failed,
                    lines,
                    firstFailure,
                    fullTextFeeds,
                    deleted));
        }
    }
}
