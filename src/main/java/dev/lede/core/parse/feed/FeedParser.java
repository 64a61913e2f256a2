package dev.lede.core.parse.feed;

import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.PlausibleDates;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 feeds into one article per item. The XML goes only
 * through jsoup's lenient XML parser, which expands no DTD entities and fetches nothing, so a hostile
 * DOCTYPE does nothing; a malformed or truncated feed gives the items that could be recovered and a
 * problem.
 */
public final class FeedParser implements ItemParser {

    private static final int MAX_TRACKED_ERRORS = 20;
    private static final Pattern C1_REFERENCE =
            Pattern.compile("character reference: character \\[(\\d{1,9})\\] is not a valid unicode code point$");
    // An item's end: a closing tag, or a self-closing empty item.
    private static final Pattern ITEM_END = Pattern.compile(
            "</(?:[\\w.-]+:)?(?:item|entry)\\s*>|<(?:[\\w.-]+:)?(?:item|entry)(?:\\s[^<>]*)?/>",
            Pattern.CASE_INSENSITIVE);

    @Override
    public FeedItems items(Input input) {
        Source source = input.source();
        List<Problem> problems = new ArrayList<>();
        String text = FeedCharset.text(input, problems);
        Parser parser = Parser.xmlParser();
        parser.setTrackErrors(MAX_TRACKED_ERRORS);
        Document document = Jsoup.parse(text, "", parser);

        Element root = document.children().first();
        Format format = root == null ? null : formatOf(root);
        if (format == null) {
            String what = root == null ? "no XML elements" : "root element <" + root.tagName() + ">";
            problems.add(
                    new Problem(source.label(), "not an RSS, RDF or Atom feed (" + Sanitizer.sanitizeLine(what) + ")"));
            return new FeedItems(List.of(), problems);
        }

        Collected collected = collect(root, format, webBase(source));
        PlausibleDates dates = PlausibleDates.of(input);
        String site = siteTitle(root, format);
        String feedAuthors = format == Format.ATOM ? AtomEntries.authors(root) : RssItems.channelAuthors(channel(root));
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < collected.items.size(); i++) {
            String base = collected.bases.get(i);
            if (base.isBlank()) {
                base = collected.siteLink;
            }
            Element item = collected.items.get(i);
            entries.add(
                    format == Format.ATOM
                            ? AtomEntries.read(item, base, feedAuthors)
                            : RssItems.read(item, base, feedAuthors));
        }
        // Every item read first: their dates together tell the order of the numeric ones, each then read once.
        DayMonthOrder order = DayMonthOrder.of(
                entries.stream().flatMap(entry -> entry.dates().stream()).toList());
        List<FeedItems.Item> articles = new ArrayList<>();
        int empty = 0;
        for (int i = 0; i < entries.size(); i++) {
            // Let go of each item's raw text as its article is made: a large feed is held once, not twice.
            FeedEntry entry = entries.set(i, null);
            if (entry.title() == null && entry.link() == null && entry.content() == null) {
                empty++;
                continue;
            }
            articles.add(new FeedItems.Item(
                    entry.guid(), FeedArticles.toArticle(entry, source.forItem(i + 1), format, site, dates, order)));
        }

        Malformation malformed = malformation(parser.getErrors(), text, root, collected.items.size());
        if (malformed != null) {
            // The XML parser's message quotes the offending character, which may be a control.
            problems.add(new Problem(
                    source.label(),
                    "malformed feed (" + Sanitizer.sanitizeLine(malformed.reason()) + "); read " + articles.size()
                            + (articles.size() == 1 ? " item" : " items")));
        }
        if (empty > 0) {
            problems.add(new Problem(
                    source.label(),
                    empty + (empty == 1 ? " item has" : " items have") + " no title, link or content; skipped"));
        }
        if (collected.items.isEmpty() && malformed == null) {
            problems.add(new Problem(source.label(), "feed has no items"));
        }
        return new FeedItems(articles, problems, malformed != null && malformed.cutShort());
    }

    private static Format formatOf(Element root) {
        switch (FeedXml.localName(root)) {
            case "rss":
                return Format.RSS;
            case "rdf":
                return Format.RDF;
            case "feed":
                return Format.ATOM;
            default:
                // Some generators omit <rss> and start at <channel>.
                return FeedXml.localName(root).equals("channel") ? Format.RSS : null;
        }
    }

    /** Items in document order with the base URI in effect inside each, plus the site's own link. */
    private static final class Collected {
        final List<Element> items = new ArrayList<>();
        final List<String> bases = new ArrayList<>();
        String siteLink = "";
    }

    /** One pass over the tree; xml:base is tracked with a stack so the cost stays linear. */
    private static Collected collect(Element root, Format format, String documentBase) {
        Collected collected = new Collected();
        String itemName = format == Format.ATOM ? "entry" : "item";
        Deque<String> bases = new ArrayDeque<>();
        bases.push(documentBase);
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element element) {
                            String base = FeedXml.baseInside(element, bases.peek());
                            bases.push(base == null ? "" : base);
                            if (FeedXml.localName(element).equals(itemName)) {
                                collected.items.add(element);
                                collected.bases.add(bases.peek());
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element) {
                            bases.pop();
                        }
                    }
                },
                root);
        collected.siteLink = siteLink(root, format, documentBase);
        return collected;
    }

    /** The feed's source as a base URI when it is a web address, else "". */
    private static String webBase(Source source) {
        return FeedXml.isWebUrl(source.name()) ? source.name().strip() : "";
    }

    private static Element channel(Element root) {
        if (FeedXml.localName(root).equals("channel")) {
            return root;
        }
        Element channel = FeedXml.child(root, "channel", "*:channel");
        return channel == null ? root : channel;
    }

    private static String siteTitle(Element root, Format format) {
        if (format == Format.ATOM) {
            // A text construct like an entry's title: inline XHTML, escaped HTML or Base64.
            return FeedText.oneLine(AtomEntries.title(root));
        }
        Element holder = channel(root);
        return FeedText.oneLine(
                RssItems.titleText(FeedXml.text(holder, FeedXml.own(holder, "title"), "title", "*:title")));
    }

    /** The site's home page, used as a base for relative item links when nothing better is known. */
    private static String siteLink(Element root, Format format, String documentBase) {
        String link;
        if (format == Format.ATOM) {
            link = AtomEntries.link(root, FeedXml.baseInside(root, documentBase));
        } else {
            Element channel = channel(root);
            link = FeedXml.resolve(documentBase, FeedXml.text(channel, FeedXml.own(channel, "link"), "link"));
        }
        return FeedXml.isWebUrl(link) ? link.strip() : "";
    }

    /**
     * A character reference to U+0080–U+009F ({@code &#146;}): jsoup reads it as Windows-1252 (a quote, a dash),
     * as browsers do and as its writer meant, and calls that an error; to XML it is a well-formed reference, so
     * the feed is not malformed for it (said at every fetch, it was noise).
     */
    private static boolean isC1Reference(ParseError error) {
        Matcher matcher = C1_REFERENCE.matcher(error.getErrorMessage());
        if (!matcher.find()) {
            return false;
        }
        int code = Integer.parseInt(matcher.group(1));
        return code >= 0x80 && code <= 0x9f;
    }

    /**
     * What is wrong with the XML, in a few words, and whether the text ends before the feed does (its root never
     * closes: whatever followed is unknown; an item left open inside a closed feed loses nothing).
     */
    private record Malformation(String reason, boolean cutShort) {}

    /** What is wrong with the XML, or null when it is well-formed enough. */
    private static Malformation malformation(ParseErrorList parsed, String text, Element root, int items) {
        List<String> reasons = new ArrayList<>();
        List<ParseError> errors =
                parsed.stream().filter(error -> !isC1Reference(error)).toList();
        if (!errors.isEmpty()) {
            ParseError first = errors.get(0);
            String message = first.getErrorMessage().replaceAll("\\s+", " ");
            message = message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
            reasons.add(message + " at " + first.getCursorPos()
                    + (errors.size() > 1
                            ? " and " + (errors.size() - 1) + (errors.size() >= MAX_TRACKED_ERRORS ? "+" : "") + " more"
                            : ""));
        }
        boolean cutShort = false;
        if (!text.toLowerCase(Locale.ROOT).contains("</" + root.tagName().toLowerCase(Locale.ROOT))) {
            reasons.add("no closing </" + root.tagName() + ">, the file may be truncated");
            cutShort = true;
        }
        int closed = 0;
        Matcher ends = ITEM_END.matcher(text);
        while (ends.find()) {
            closed++;
        }
        if (closed < items) {
            int open = items - closed;
            reasons.add(open + (open == 1 ? " item is" : " items are") + " not closed");
        }
        return reasons.isEmpty() ? null : new Malformation(String.join("; ", reasons), cutShort);
    }
}
