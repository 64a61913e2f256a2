package dev.lede.core.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What lede remembers of one subscription between fetches, and its text form (one {@code key<TAB>value}
 * line each, so a person can read it).
 *
 * @param etag         the validator to send as {@code If-None-Match}, or null
 * @param lastModified the validator to send as {@code If-Modified-Since}, or null
 * @param lastSuccess  when a fetch last got an answer it could use (200 or 304), or null
 * @param lastError    why the last fetch failed, or null when it did not
 * @param retryAfter   not to be asked before this (429 or 503 with Retry-After), or null
 * @param gone         the server said 410 Gone: not asked again
 * @param newItems     how many items the last fetch wrote that were not there before
 * @param items        each item of the feed as last seen: article id → version ({@link FeedItem})
 * @param dropped      items the feed listed before and no longer lists, remembered for {@link #DROPPED_KEPT} after
 *                     it last listed them, so that one listed again (a rotating "latest 20" feed) is known
 * @param failures     when the feed started failing and what of it was last said ({@link Failures})
 */
public record FeedState(
        String etag,
        String lastModified,
        Instant lastSuccess,
        String lastError,
        Instant retryAfter,
        boolean gone,
        int newItems,
        Map<String, String> items,
        Map<String, Dropped> dropped,
        Failures failures) {

    /**
     * How long an item the feed stopped listing is remembered. A feed that shows its latest N items lists one
     * again when it moves back up (updated, re-sorted), within days; a month of a feed's items bounds its state
     * however long it is subscribed to.
     */
    public static final Duration DROPPED_KEPT = Duration.ofDays(30);

    public static final FeedState NONE =
            new FeedState(null, null, null, null, null, false, 0, Map.of(), Map.of(), Failures.NONE);

    /**
     * The feed's failures as {@code lede fetch} tells them ({@link FailureNotice}).
     *
     * @param since  when the fetches started failing (the first failure after an answer), or null while they do not
     * @param said   the reason last said of this feed's failure (or that it is not asked), or null
     * @param saidAt when it was said, or null
     */
    public record Failures(Instant since, String said, Instant saidAt) {
        public static final Failures NONE = new Failures(null, null, null);

        /** Failing (again) at {@code now}: since now, unless the fetch before failed too. */
        Failures failingAt(Instant now, boolean failedBefore) {
            return new Failures(failedBefore && since != null ? since : now, said, saidAt);
        }
    }

    /** An item the feed no longer lists: its version when last listed, and the day it was last listed (UTC). */
    public record Dropped(String version, LocalDate lastListed) {}

    public FeedState {
        items = Map.copyOf(items);
        dropped = Map.copyOf(dropped);
        failures = failures == null ? Failures.NONE : failures;
    }

    /** The state without items forgotten: as before, the items as last seen. */
    public FeedState(
            String etag,
            String lastModified,
            Instant lastSuccess,
            String lastError,
            Instant retryAfter,
            boolean gone,
            int newItems,
            Map<String, String> items) {
        this(etag, lastModified, lastSuccess, lastError, retryAfter, gone, newItems, items, Map.of(), Failures.NONE);
    }

    /** The version an item had when the feed last listed it, now or within {@link #DROPPED_KEPT}; null if unknown. */
    public String versionOf(String id) {
        String version = items.get(id);
        if (version != null) {
            return version;
        }
        Dropped gone = dropped.get(id);
        return gone == null ? null : gone.version();
    }

    public boolean knows(String id) {
        return versionOf(id) != null;
    }

    public FeedState failed(String error, Instant now) {
        return new FeedState(
                etag, lastModified, lastSuccess, error, retryAfter, gone, 0, items, dropped, failingAt(now));
    }

    public FeedState waitingUntil(Instant until, String error, Instant now) {
        return new FeedState(etag, lastModified, lastSuccess, error, until, gone, 0, items, dropped, failingAt(now));
    }

    public FeedState markedGone(String error, Instant now) {
        return new FeedState(etag, lastModified, lastSuccess, error, null, true, 0, items, dropped, failingAt(now));
    }

    /** The state having said {@code reason} of this feed's failure at {@code at}. */
    public FeedState said(String reason, Instant at) {
        return new FeedState(
                etag,
                lastModified,
                lastSuccess,
                lastError,
                retryAfter,
                gone,
                newItems,
                items,
                dropped,
                new Failures(failures.since(), reason, at));
    }

    private Failures failingAt(Instant now) {
        return failures.failingAt(now, lastError != null);
    }

    /**
     * A fetch that got an answer: new validators (or the old ones for a 304), items as now. An item listed before
     * and not now is remembered as dropped, as of the last answer that listed it, until {@link #DROPPED_KEPT} has
     * passed since.
     */
    public FeedState succeeded(
            Instant at, String newEtag, String newLastModified, int written, Map<String, String> seen) {
        LocalDate today = day(at);
        LocalDate lastListed = lastSuccess == null ? today : day(lastSuccess);
        LocalDate forgetBefore = day(at.minus(DROPPED_KEPT));
        Map<String, Dropped> stillDropped = new HashMap<>();
        dropped.forEach((id, item) -> {
            if (!seen.containsKey(id) && !item.lastListed().isBefore(forgetBefore)) {
                stillDropped.put(id, item);
            }
        });
        items.forEach((id, version) -> {
            if (!seen.containsKey(id) && !lastListed.isBefore(forgetBefore)) {
                stillDropped.put(id, new Dropped(version, lastListed));
            }
        });
        // Failing no more; what was said is kept, so a feed that fails again the same way is not said again at once.
        Failures answered = new Failures(null, failures.said(), failures.saidAt());
        return new FeedState(newEtag, newLastModified, at, null, null, false, written, seen, stillDropped, answered);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A fetch that got an answer but could not read it (a malformed feed): validators forgotten, so it is asked again. */
    public FeedState unreadable(String error, Instant now) {
        return new FeedState(null, null, lastSuccess, error, null, false, 0, items, dropped, failingAt(now));
    }

    public String toText() {
        StringBuilder out = new StringBuilder("# lede: what the last fetch of this subscription found\n");
        line(out, "etag", etag);
        line(out, "last-modified", lastModified);
        line(out, "last-success", lastSuccess == null ? null : lastSuccess.toString());
        line(out, "last-error", lastError);
        line(out, "retry-after", retryAfter == null ? null : retryAfter.toString());
        line(out, "gone", gone ? "yes" : null);
        line(out, "new", Integer.toString(newItems));
        line(
                out,
                "failing-since",
                failures.since() == null ? null : failures.since().toString());
        line(out, "said", failures.said());
        line(
                out,
                "said-at",
                failures.saidAt() == null ? null : failures.saidAt().toString());
        items.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(item -> out.append("item\t")
                        .append(item.getKey())
                        .append('\t')
                        .append(item.getValue())
                        .append('\n'));
        dropped.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(item -> out.append("dropped\t")
                        .append(item.getKey())
                        .append('\t')
                        .append(item.getValue().version())
                        .append('\t')
                        .append(item.getValue().lastListed())
                        .append('\n'));
        return out.toString();
    }

    /** Reads {@link #toText()}; a line it does not know is left out, a damaged value is as if never written. */
    public static FeedState parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> items = new LinkedHashMap<>();
        Map<String, Dropped> dropped = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3 && parts[0].equals("item")) {
                items.put(parts[1], parts[2]);
            } else if (parts.length == 4 && parts[0].equals("dropped")) {
                try {
                    dropped.put(parts[1], new Dropped(parts[2], LocalDate.parse(parts[3])));
                } catch (DateTimeParseException e) {
                    // a damaged line: as if never written
                }
            } else if (parts.length == 2) {
                values.put(parts[0], parts[1]);
            }
        }
        int newItems;
        try {
            newItems = Integer.parseInt(values.getOrDefault("new", "0"));
        } catch (NumberFormatException e) {
            newItems = 0;
        }
        return new FeedState(
                values.get("etag"),
                values.get("last-modified"),
                instant(values.get("last-success")).orElse(null),
                values.get("last-error"),
                instant(values.get("retry-after")).orElse(null),
                values.containsKey("gone"),
                newItems,
                items,
                dropped,
                new Failures(
                        instant(values.get("failing-since")).orElse(null),
                        values.get("said"),
                        instant(values.get("said-at")).orElse(null)));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key)
                    .append('\t')
                    .append(value.replaceAll("[\\p{Cntrl}]+", " "))
                    .append('\n');
        }
    }
}
