package dev.lede.core.parse.feed;

import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.PlausibleDates;
import dev.lede.core.parse.json.JsonReader;
import dev.lede.core.text.Sanitizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) into one article per item. A damaged or truncated file
 * gives the items read before the damage, plus a problem.
 */
public final class JsonFeedParser implements ItemParser {

    // The version URL; some generators write it with http, which names the same version (FormatSniffer takes both).
    private static final Pattern VERSION = Pattern.compile("(?i)https?://jsonfeed\\.org/version/.*");

    @Override
    public FeedItems items(Input input) {
        Source source = input.source();
        List<Problem> problems = new ArrayList<>();
        String text = FeedCharset.text(input, problems);
        JsonReader.Result result = JsonReader.read(text);
        // The reader's error quotes the offending character, which may be a control.
        String error = result.error() == null ? null : Sanitizer.sanitizeLine(result.error());
        if (!(result.value() instanceof Map<?, ?> feed)) {
            problems.add(new Problem(
                    source.label(),
                    "not a JSON Feed (" + (error != null ? "invalid JSON: " + error : "no top-level object") + ")"));
            return new FeedItems(List.of(), problems);
        }
        String version = string(feed.get("version"));
        if (version == null || !VERSION.matcher(version.strip()).matches()) {
            problems.add(new Problem(source.label(), "not a JSON Feed (no jsonfeed.org version)"));
            return new FeedItems(List.of(), problems);
        }
        if (error != null) {
            problems.add(new Problem(source.label(), "malformed JSON Feed (" + error + ")"));
        }

        String site = FeedText.oneLine(string(feed.get("title")));
        String base = FeedXml.isWebUrl(source.name()) ? source.name().strip() : "";
        if (base.isEmpty()) {
            String home = string(feed.get("home_page_url"));
            String feedUrl = string(feed.get("feed_url"));
            base = FeedXml.isWebUrl(feedUrl) ? feedUrl.strip() : FeedXml.isWebUrl(home) ? home.strip() : "";
        }
        String feedAuthors = authors(feed);
        PlausibleDates dates = PlausibleDates.of(input);
        List<?> items = feed.get("items") instanceof List<?> list ? list : List.of();
        List<FeedEntry> entries = new ArrayList<>();
        for (Object item : items) {
            entries.add(item instanceof Map<?, ?> map ? entry(map, base, feedAuthors) : null);
        }
        // As FeedParser: the items' dates together tell the order of the numeric ones.
        DayMonthOrder order = DayMonthOrder.of(entries.stream()
                .filter(Objects::nonNull)
                .flatMap(entry -> entry.dates().stream())
                .toList());
        List<FeedItems.Item> articles = new ArrayList<>();
        int empty = 0;
        for (int i = 0; i < entries.size(); i++) {
            // Let go of each item's raw text as its article is made: a large feed is held once, not twice.
            FeedEntry entry = entries.set(i, null);
            if (entry == null || entry.title() == null && entry.link() == null && entry.content() == null) {
                empty++;
                continue;
            }
            articles.add(new FeedItems.Item(
                    entry.guid(),
                    FeedArticles.toArticle(entry, source.forItem(i + 1), Format.JSONFEED, site, dates, order)));
        }
        if (empty > 0) {
            problems.add(new Problem(
                    source.label(),
                    empty + (empty == 1 ? " item has" : " items have") + " no title, link or content; skipped"));
        }
        if (items.isEmpty()) {
            problems.add(new Problem(source.label(), "feed has no items"));
        }
        // The reader stops at a syntax error inside the feed: the items after it are unknown.
        return new FeedItems(articles, problems, !result.whole());
    }

    private static FeedEntry entry(Map<?, ?> item, String base, String feedAuthors) {
        String link = first(string(item.get("url")), string(item.get("external_url")));
        if (link == null && FeedXml.isWebUrl(string(item.get("id")))) {
            link = string(item.get("id"));
        }
        String html = string(item.get("content_html"));
        String text = string(item.get("content_text"));
        String summary = string(item.get("summary"));
        String content = html != null ? html : text != null ? text : summary;
        // A summary is plain text in JSON Feed.
        boolean isHtml = html != null;
        String author = authors(item);
        return new FeedEntry(
                string(item.get("title")),
                FeedXml.resolve(base, link),
                author == null ? feedAuthors : author,
                Stream.of(string(item.get("date_published")), string(item.get("date_modified")))
                        .filter(Objects::nonNull)
                        .toList(),
                content,
                isHtml,
                base,
                FeedText.oneLine(idText(item.get("id"))),
                addresses(item, base));
    }

    /**
     * Every address the item gives, each once: its {@code url}, its {@code external_url} and an {@code id} that
     * is a web URL, resolved (the counterpart of an RSS permalink guid and Atom's alternate links).
     */
    private static List<String> addresses(Map<?, ?> item, String base) {
        String id = string(item.get("id"));
        return Stream.of(string(item.get("url")), string(item.get("external_url")), FeedXml.isWebUrl(id) ? id : null)
                .filter(Objects::nonNull)
                .map(address -> FeedXml.resolve(base, address.strip()))
                .distinct()
                .toList();
    }

    /** JSON Feed 1.1 {@code authors} (a list), else 1.0 {@code author} (one object); names joined. */
    private static String authors(Map<?, ?> holder) {
        List<String> names = new ArrayList<>();
        if (holder.get("authors") instanceof List<?> list) {
            for (Object author : list) {
                addName(author, names);
            }
        }
        if (names.isEmpty()) {
            addName(holder.get("author"), names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(Object author, List<String> names) {
        if (author instanceof Map<?, ?> map) {
            String name = FeedText.oneLine(string(map.get("name")));
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
    }

    /** JSON Feed 1.0 allowed a number as the id; it identifies the item all the same. */
    private static String idText(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return string(value);
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
