package dev.lede.core.subscribe;

import dev.lede.core.article.Problem;
import dev.lede.core.article.WebUrl;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * OPML 1.0 and 2.0 subscription lists, as feed readers export them: every {@code outline} with an
 * {@code xmlUrl} is a feed, named by its {@code title} (else {@code text}); the outlines it sits in (folders)
 * and its {@code category} paths are its tags. Read with jsoup's XML parser, which expands no entity
 * declarations and fetches nothing.
 */
public final class Opml {

    // What is left of markup escaped once more than XML needs: an HTML element's tag, or an entity.
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX]\\p{XDigit}+|\\p{Alpha}+\\d*);");

    private Opml() {}

    /** The feeds in {@code text}; names are made usable as folder names. {@code file} names problems. */
    public static SubscriptionList read(String file, String text) {
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        Element root = document.children().first();
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.tagName().equalsIgnoreCase("opml")) {
            problems.add(new Problem(
                    file,
                    "not an OPML file ("
                            + (root == null ? "no XML elements" : "root element <" + clean(root.tagName()) + ">")
                            + ")"));
            return new SubscriptionList(List.of(), problems);
        }
        if (!text.toLowerCase(Locale.ROOT).contains("</opml")) {
            // jsoup closes what was left open and drops a tag cut in the middle: the feeds after the cut are
            // gone without a trace, so the cut is said (as a feed cut short is, core/parse/feed/FeedParser).
            problems.add(new Problem(
                    file,
                    "malformed OPML (no closing </opml>, the file may be truncated); what followed the cut is lost"));
        }
        List<SubscriptionList.Entry> entries = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        int number = 0;
        for (Element outline : root.getElementsByTag("outline")) {
            String url = outline.attributes().getIgnoreCase("xmlUrl").strip();
            if (url.isEmpty()) {
                continue; // a folder
            }
            number++;
            String title = label(outline);
            if (Subscription.webHost(url).isEmpty()) {
                problems.add(new Problem(
                        file,
                        "feed \"" + clean(title.isEmpty() ? url : title) + "\": "
                                + WebUrl.problem(url).orElse("not an http or https URL") + "; skipped"));
                continue;
            }
            if (!urls.add(url)) {
                problems.add(new Problem(
                        file, "feed \"" + clean(title.isEmpty() ? url : title) + "\": listed twice; skipped"));
                continue;
            }
            String name = title.isEmpty() ? Subscription.nameFor(url) : usable(title);
            List<String> tags = usableTags(outline, clean(title.isEmpty() ? url : title), file, problems);
            entries.add(new SubscriptionList.Entry(number, new Subscription(url, name, tags, FullText.AUTO)));
        }
        return new SubscriptionList(entries, problems);
    }

    /** An OPML 2.0 document listing {@code subscriptions}, tags as {@code category}. */
    public static String write(List<Subscription> subscriptions) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        out.append("  <head>\n    <title>lede subscriptions</title>\n  </head>\n  <body>\n");
        for (Subscription subscription : subscriptions) {
            out.append("    <outline type=\"rss\" text=\"")
                    .append(attribute(subscription.name()))
                    .append("\" title=\"")
                    .append(attribute(subscription.name()))
                    .append("\" xmlUrl=\"")
                    .append(attribute(subscription.url()))
                    .append('"');
            if (!subscription.tags().isEmpty()) {
                out.append(" category=\"")
                        .append(attribute(String.join(",", subscription.tags())))
                        .append('"');
            }
            out.append("/>\n");
        }
        out.append("  </body>\n</opml>\n");
        return out.toString();
    }

    private static String label(Element outline) {
        String title = outline.attributes().getIgnoreCase("title").strip();
        return plain(
                title.isEmpty() ? outline.attributes().getIgnoreCase("text").strip() : title);
    }

    /**
     * The outline's tags as the list can give them back: a leading {@code ~} would make a tag the name (it is
     * dropped, as a leading dot is from a name); what still cannot be a tag ({@code full-text=off}) is said.
     */
    private static List<String> usableTags(Element outline, String shown, String file, List<Problem> problems) {
        List<String> usable = new ArrayList<>();
        for (String tag : tags(outline)) {
            String bare = tag.replaceFirst("^~+", "").strip();
            if (!SubscriptionList.usableTag(bare)) {
                problems.add(new Problem(
                        file,
                        "feed \"" + shown + "\": \"" + tag + "\" cannot be a tag; left out",
                        Problem.Kind.WARNING));
            } else if (!usable.contains(bare)) {
                usable.add(bare);
            }
        }
        return usable;
    }

    /** The folders around the outline, outermost first, then its categories' path segments. */
    private static List<String> tags(Element outline) {
        Set<String> tags = new LinkedHashSet<>();
        List<String> folders = new ArrayList<>();
        for (Element parent = outline.parent(); parent != null; parent = parent.parent()) {
            if (parent.tagName().equalsIgnoreCase("outline") && !label(parent).isEmpty()) {
                folders.add(0, label(parent));
            }
        }
        tags.addAll(folders);
        for (String category : outline.attributes().getIgnoreCase("category").split(",")) {
            for (String segment : category.split("/")) {
                if (!segment.isBlank()) {
                    tags.add(plain(segment));
                }
            }
        }
        return new ArrayList<>(tags);
    }

    /** A title as a folder name: slashes become dashes, leading dots go, length is capped. */
    static String usable(String title) {
        String name = title.replace('/', '-')
                .replace('\\', '-')
                .replaceFirst("^\\.+", "")
                .strip();
        if (name.length() > 100) {
            name = name.substring(0, 100).strip();
        }
        return name.isEmpty() ? "feed" : name;
    }

    /**
     * A title's text. One still holding a tag of an element HTML defines, or an entity, after XML decoding
     * was escaped twice by its exporter, and is read as HTML; {@code A & B <news>} stays as it is.
     */
    private static String plain(String text) {
        boolean html = ENTITY.matcher(text).find()
                || TAG.matcher(text)
                        .results()
                        .anyMatch(tag -> Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT)));
        return clean(html ? Jsoup.parseBodyFragment(text).text() : text);
    }

    /** One line without escape sequences, controls or bidi overrides: names and tags are printed as they are. */
    private static String clean(String text) {
        return Sanitizer.sanitizeLine(text).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static String attribute(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : clean(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
