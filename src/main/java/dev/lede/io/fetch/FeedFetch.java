// Over 250 lines: one feed's fetch in the order a kill must leave it: answer, items, full texts, state.
package dev.lede.io.fetch;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import dev.lede.core.parse.TextDecoder;
import dev.lede.core.parse.feed.FeedItems;
import dev.lede.core.parse.html.HtmlArticleParser;
import dev.lede.core.subscribe.ArticleText;
import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.FeedItem;
import dev.lede.core.subscribe.FeedLinks;
import dev.lede.core.subscribe.FeedState;
import dev.lede.core.subscribe.RetryAfter;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SummaryOnly;
import dev.lede.core.text.ShellWord;
import dev.lede.io.FetchFailures;
import dev.lede.io.FileFailures;
import dev.lede.io.UrlFetcher;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileSystemException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches one subscription: a conditional GET with the validators of last time, then each item not seen
 * before written as an article file (its page fetched for the full text when the feed gave a summary),
 * each item changed since rewritten in place, and the feed's state saved last. Killed at any point, the
 * next fetch finds the files written so far by their names and completes the rest.
 */
final class FeedFetch {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PoliteClient client;
    private final SubscriptionPaths paths;
    private final FeedStateFiles states;
    private final Clock clock;
    private final FailureNotice.Audience audience;
    private final Parsers pages = new Parsers(InputFormat.HTML);

    FeedFetch(
            PoliteClient client,
            SubscriptionPaths paths,
            FeedStateFiles states,
            Clock clock,
            FailureNotice.Audience audience) {
        this.client = client;
        this.paths = paths;
        this.states = states;
        this.clock = clock;
        this.audience = audience;
    }

    FeedOutcome run(Subscription subscription) {
        FeedState state = states.load(subscription.name());
        Instant now = clock.instant();
        if (state.gone()) {
            return skipped(
                    subscription,
                    state,
                    "gone (the server answered 410); lede unsubscribe " + ShellWord.of(subscription.name())
                            + " removes it",
                    now);
        }
        if (state.retryAfter() != null && state.retryAfter().isAfter(now)) {
            return skipped(
                    subscription,
                    state,
                    "not asked before " + shown(state.retryAfter()) + ", as the server asked (Retry-After)",
                    now);
        }
        try {
            return fetch(subscription, state, now);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Stopped (Esc in the reader), not failed: the state stays as it was, and the files written so
                // far are recognised by their names next time.
                return FeedOutcome.stopped(subscription);
            }
            String reason = reason(e, subscription.url());
            return failed(subscription, state, state.failed(reason, now), null, now);
        }
    }

    private FeedOutcome fetch(Subscription subscription, FeedState state, Instant now) throws IOException {
        Map<String, String> validators = new LinkedHashMap<>();
        if (state.etag() != null) {
            validators.put("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            validators.put("If-Modified-Since", state.lastModified());
        }
        UrlFetcher.Answer answer = client.get(subscription.url(), validators);
        String moved = answer.movedTo();
        int status = answer.status();
        if (status == 304) {
            save(subscription, state.succeeded(now, state.etag(), state.lastModified(), 0, state.items()));
            return new FeedOutcome(
                    subscription, FeedOutcome.Kind.UNCHANGED, 0, 0, null, moved, recovered(state, List.of()), 0);
        }
        if (status == 410) {
            String reason = FetchFailures.statusLine(status) + "; marked gone, not asked again";
            return failed(subscription, state, state.markedGone(reason, now), moved, now);
        }
        if (status == 429 || status == 503) {
            Optional<Instant> until =
                    RetryAfter.until(answer.header("retry-after").orElse(null), now);
            String reason = FetchFailures.statusLine(status)
                    + until.map(t -> "; not asked before " + shown(t) + " (Retry-After)")
                            .orElse("");
            return failed(
                    subscription,
                    state,
                    until.map(t -> state.waitingUntil(t, reason, now)).orElse(state.failed(reason, now)),
                    moved,
                    now);
        }
        if (status < 200 || status > 299) {
            String reason = FetchFailures.statusLine(status);
            return failed(subscription, state, state.failed(reason, now), moved, now);
        }
        if (TextDecoder.looksBinary(answer.body())) {
            // As a file or URL given to the reader is refused: the feed parser would name a garbled root element.
            String reason = "binary file, not a feed";
            return failed(subscription, state, state.unreadable(reason, now), moved, now);
        }
        FeedItems feed = FeedItems.read(answer.input());
        List<String> warnings = new ArrayList<>();
        for (Problem problem : feed.problems()) {
            warnings.add(problem.message());
        }
        if (feed.items().isEmpty() && !feed.problems().isEmpty()) {
            String reason = String.join("; ", warnings)
                    + FeedLinks.first(answer.body(), answer.input().location())
                            .map(url -> "; the page names its feed: " + url + " (subscribe to that instead)")
                            .orElse("");
            return failed(subscription, state, state.unreadable(reason, now), moved, now);
        }
        Written written = write(subscription, feed, state, now, warnings);
        save(
                subscription,
                state.succeeded(
                        now,
                        answer.header("etag").orElse(null),
                        answer.header("last-modified").orElse(null),
                        written.added,
                        written.seen));
        return new FeedOutcome(
                subscription,
                FeedOutcome.Kind.FETCHED,
                written.added,
                written.updated,
                null,
                moved,
                recovered(state, warnings),
                written.fullTextMissed);
    }

    /**
     * A failed fetch, its state {@code after} saved: said with how long it has been failing when it failed before,
     * or left unsaid when a fetch nobody watches has said it lately ({@link FailureNotice}).
     */
    private FeedOutcome failed(
            Subscription subscription, FeedState before, FeedState after, String moved, Instant now) {
        String reason = after.lastError();
        String line = before.lastError() == null
                ? reason
                : FailureNotice.lasting(reason, shown(after.failures().since()));
        boolean say = FailureNotice.failureSaid(audience, before, reason, now);
        save(subscription, say ? after.said(reason, now) : after);
        return FeedOutcome.failed(subscription, reason, moved, say ? line : null);
    }

    /** A feed not asked (gone, or waiting), said once a reminder's time to a fetch nobody watches. */
    private FeedOutcome skipped(Subscription subscription, FeedState state, String reason, Instant now) {
        if (!FailureNotice.skipSaid(audience, state, now)) {
            return FeedOutcome.skipped(subscription, reason, null);
        }
        save(subscription, state.said(reason, now));
        return FeedOutcome.skipped(subscription, reason, reason);
    }

    /** An answer after failures that were said: {@code fetched again after failing since …} among the warnings. */
    private List<String> recovered(FeedState before, List<String> warnings) {
        if (!FailureNotice.recoverySaid(before)) {
            return warnings;
        }
        List<String> all = new ArrayList<>();
        all.add("fetched again after failing since " + shown(before.failures().since()));
        all.addAll(warnings);
        return all;
    }

    private static final class Written {
        int added;
        int updated;
        int fullTextMissed;
        final Map<String, String> seen = new HashMap<>();
    }

    private Written write(
            Subscription subscription, FeedItems feed, FeedState state, Instant now, List<String> warnings)
            throws IOException {
        ArticleFolder folder = new ArticleFolder(paths.folder(subscription.name()));
        Map<String, String> files = folder.existing();
        Written written = new Written();
        FullTextMisses misses = new FullTextMisses();
        for (FeedItems.Item entry : feed.items()) {
            stopIfInterrupted();
            FeedItem item = known(
                    FeedItem.of(subscription.name(), entry.guid(), entry.article()),
                    FeedItem.formerId(entry.guid()),
                    state,
                    files);
            String id = item.id().value();
            if (written.seen.containsKey(id)) {
                continue; // the same item twice in one feed
            }
            written.seen.put(id, item.version());
            String before = state.versionOf(id); // listed now, or dropped and listed again
            String file = files.get(id);
            boolean fresh = before == null && file == null;
            boolean changed = before != null && file != null && !before.equals(item.version());
            // Seen and unchanged, seen and pruned since, or written by a fetch killed before it saved its state.
            if (!fresh && !changed) {
                continue;
            }
            Article article = SummaryOnly.wanted(subscription.fullText(), item.article())
                    ? fullText(item.article(), misses)
                    : item.article();
            stopIfInterrupted(); // a page whose fetch was stopped is not the summary's cue
            String site = item.article().site() != null ? item.article().site() : subscription.name();
            String name = file != null ? file : ArticleFolder.fileName(article.published(), item.id(), now);
            folder.write(name, ArticleText.of(article, item.id(), site));
            if (fresh) {
                written.added++;
            } else {
                written.updated++;
            }
        }
        misses.line().ifPresent(warnings::add);
        written.fullTextMissed = misses.count();
        if (feed.cutShort()) {
            // An answer cut short says nothing of the items after the cut: they stay known, so one deleted or
            // pruned meanwhile is not fetched again when the whole feed comes back.
            state.items().forEach(written.seen::putIfAbsent);
        }
        return written;
    }

    private static void stopIfInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("stopped");
        }
    }

    /** The item under the id an earlier lede gave it, when only that id is known here (its file, its state). */
    private static FeedItem known(
            FeedItem item, Optional<ArticleId> formerId, FeedState state, Map<String, String> files) {
        String id = item.id().value();
        if (formerId.isEmpty() || state.knows(id) || files.containsKey(id)) {
            return item;
        }
        String former = formerId.get().value();
        return state.knows(former) || files.containsKey(former) ? item.withId(formerId.get()) : item;
    }

    /**
     * The item with its page's article in place of the summary, and the page's related links as its related
     * headlines; the item as it was when the page cannot be fetched or gives less text.
     */
    private Article fullText(Article item, FullTextMisses misses) {
        try {
            UrlFetcher.Answer answer = client.get(item.url(), Map.of());
            if (answer.status() < 200 || answer.status() > 299) {
                misses.add(item.url(), FetchFailures.statusLine(answer.status()));
                return item;
            }
            Parsed parsed = pages.parse(answer.input());
            if (parsed.articles().isEmpty()) {
                return item;
            }
            Article page = parsed.articles().get(0);
            if (page.bodyText().length() <= item.bodyText().length()) {
                return item;
            }
            // Known by the item's addresses (its link, a permalink guid, alternates) and by the page's own.
            List<String> addresses = new ArrayList<>(item.addresses());
            addresses.addAll(page.addresses());
            return new Article(
                    item.id(),
                    item.source(),
                    item.format(),
                    item.headline(),
                    // A page naming nobody is signed by its site: no person, and the site is the feed's title.
                    item.byline() != null || HtmlArticleParser.signedBySite(page) ? item.byline() : page.byline(),
                    item.published() != null ? item.published() : page.published(),
                    item.url(),
                    item.site(),
                    page.body(),
                    page.related(),
                    page.links(),
                    item.problems(),
                    addresses);
        } catch (IOException e) {
            // Said as a page that answered with an error is, so the two read alike.
            misses.add(item.url(), withoutUrl(e.getMessage(), item.url()));
            return item;
        }
    }

    private void save(Subscription subscription, FeedState state) {
        try {
            states.save(subscription.name(), state);
        } catch (IOException e) {
            // The articles are written; without the state the next fetch asks the whole feed again and
            // recognises them by their file names.
        }
    }

    private String shown(Instant instant) {
        return CLOCK_TIME.format(instant.atZone(clock.getZone()));
    }

    /**
     * Why a feed failed: a file that could not be written named with the reason (the JDK's message for a
     * refused folder is its bare path), else the fetch's message without its URL.
     */
    static String reason(IOException e, String url) {
        return e instanceof FileSystemException ? FileFailures.describe(e) : withoutUrl(e.getMessage(), url);
    }

    /** An IOException's message without the URL it starts with (the subscription's name says which). */
    static String withoutUrl(String message, String url) {
        String text = message == null ? "failed" : message;
        return text.startsWith(url + ": ") ? text.substring(url.length() + 2) : text;
    }
}
