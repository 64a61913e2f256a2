package dev.lede.core.subscribe;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed's failure is said (docs/subscriptions.md, "Fetching"). Someone at a terminal is told every failure of
 * every fetch. A fetch nobody watches (cron, a systemd timer), whose every line is mailed or logged, says a failure
 * when it starts and when its reason changes, then again once a {@link #REMINDER} while it lasts, and says when the
 * feed answers again: a feed down for a week is one line a day, not one a fetch, and never silent for good.
 */
public final class FailureNotice {

    /** How often a failure that goes on is said again to a fetch nobody watches. */
    public static final Duration REMINDER = Duration.ofDays(1);

    private FailureNotice() {}

    /** Who reads the lines: someone at a terminal, or the mail or log of a fetch nobody watches. */
    public enum Audience {
        /** Every failure of every fetch. */
        TERMINAL,
        /** A failure when it starts or changes, then once a {@link #REMINDER}; the recovery. */
        UNWATCHED
    }

    /**
     * Whether a failure for {@code reason} is said, the feed's state before this fetch being {@code before}: always
     * at a terminal; otherwise when it is not the reason last said, or that was said a {@link #REMINDER} ago or more
     * (a feed that fails, answers and fails again the same way within the day is said once).
     */
    public static boolean failureSaid(Audience audience, FeedState before, String reason, Instant now) {
        FeedState.Failures failures = before.failures();
        return audience == Audience.TERMINAL
                || failures.said() == null
                || !failures.said().equals(reason)
                || reminderDue(failures, now);
    }

    /**
     * Whether a feed not asked this time (gone, or waiting for its Retry-After) is said: always at a terminal;
     * otherwise once a {@link #REMINDER} (its failure was said when it happened).
     */
    public static boolean skipSaid(Audience audience, FeedState before, Instant now) {
        return audience == Audience.TERMINAL || reminderDue(before.failures(), now);
    }

    /**
     * Whether an answer after failures is said ({@code fetched again after failing since …}): when the failure it
     * ends was said, so that whoever read that it failed reads that it is over.
     */
    public static boolean recoverySaid(FeedState before) {
        FeedState.Failures failures = before.failures();
        return before.lastError() != null
                && failures.since() != null
                && failures.saidAt() != null
                && !failures.saidAt().isBefore(failures.since());
    }

    /** The line for a failure that has lasted since an earlier fetch: {@code reason (failing since DATE)}. */
    public static String lasting(String reason, String since) {
        return reason + SINCE + since + ")";
    }

    /**
     * The failure a line says, without how long it has lasted: the reader's R prints each failure once after it
     * quits, however many R's found it again meanwhile.
     */
    public static String withoutSince(String line) {
        int at = line.lastIndexOf(SINCE);
        return at > 0 && line.endsWith(")") ? line.substring(0, at) : line;
    }

    private static final String SINCE = " (failing since ";

    private static boolean reminderDue(FeedState.Failures failures, Instant now) {
        return failures.saidAt() == null || !failures.saidAt().plus(REMINDER).isAfter(now);
    }
}
