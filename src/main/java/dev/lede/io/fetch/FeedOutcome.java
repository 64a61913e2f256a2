package dev.lede.io.fetch;

import dev.lede.core.subscribe.Subscription;
import java.util.List;

/**
 * What fetching one subscription came to.
 *
 * @param added    items written that were not there before
 * @param updated  items whose file was rewritten because the feed changed them
 * @param reason   why it failed or was skipped, else null
 * @param movedTo  the address a permanent redirect led to (the list is updated), else null
 * @param warnings lines worth a note that did not stop the feed (a malformed but readable feed, a page not fetched)
 * @param fullTextMissed items whose page could not be fetched for the full text (one of the warnings says so)
 * @param notice   the line to say about the failure or the skip this time, or null when it is not said again yet
 *                 ({@link dev.lede.core.subscribe.FailureNotice})
 */
public record FeedOutcome(
        Subscription subscription,
        Kind kind,
        int added,
        int updated,
        String reason,
        String movedTo,
        List<String> warnings,
        int fullTextMissed,
        String notice) {

    /** How it went. */
    public enum Kind {
        /** The feed was read (new, updated or no new items). */
        FETCHED,
        /** The server said 304 Not Modified. */
        UNCHANGED,
        /** Not asked: gone (410 earlier) or waiting for its Retry-After. */
        SKIPPED,
        /** No usable answer: the reason says why. */
        FAILED,
        /** Stopped before it was done (Esc in the reader): left as it was, for the next fetch. */
        STOPPED
    }

    public FeedOutcome {
        warnings = List.copyOf(warnings);
    }

    /** An outcome whose failure, if any, is said as its reason. */
    public FeedOutcome(
            Subscription subscription,
            Kind kind,
            int added,
            int updated,
            String reason,
            String movedTo,
            List<String> warnings,
            int fullTextMissed) {
        this(subscription, kind, added, updated, reason, movedTo, warnings, fullTextMissed, reason);
    }

    static FeedOutcome failed(Subscription subscription, String reason, String movedTo) {
        return failed(subscription, reason, movedTo, reason);
    }

    static FeedOutcome failed(Subscription subscription, String reason, String movedTo, String notice) {
        return new FeedOutcome(subscription, Kind.FAILED, 0, 0, reason, movedTo, List.of(), 0, notice);
    }

    static FeedOutcome stopped(Subscription subscription) {
        return new FeedOutcome(subscription, Kind.STOPPED, 0, 0, null, null, List.of(), 0);
    }

    static FeedOutcome skipped(Subscription subscription, String reason, String notice) {
        return new FeedOutcome(subscription, Kind.SKIPPED, 0, 0, reason, null, List.of(), 0, notice);
    }
}
