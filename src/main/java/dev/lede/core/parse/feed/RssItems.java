package dev.lede.core.parse.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads one {@code <item>} of RSS 0.9x/2.0 or RSS 1.0 (RDF) into a {@link FeedEntry}. Only the item's
 * direct children are read, so an item left unclosed does not take the next item's fields.
 */
final class RssItems {

    // RSS 2.0 "author": an email address, often followed by the name in parentheses.
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");
    private static final Pattern EMAIL = Pattern.compile("<?\\S+@\\S+\\.[^\\s>)]+>?");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!]");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX]\\p{XDigit}+|\\p{Alpha}+\\d*);");

    private RssItems() {}

    /**
     * @param base        what relative URLs in the item resolve against (xml:base, feed URL, or channel link)
     * @param feedAuthors the channel's own authors ({@link #channelAuthors}), which an item naming none has, as
     *                    an Atom entry has its feed's; never the channel's title, which is the site
     */
    static FeedEntry read(Element item, String base, String feedAuthors) {
        String title = titleText(FeedXml.text(item, FeedXml.own(item, "title"), "title", "*:title"));
        // The whole text (content:encoded, else an XHTML body), else the item's own description before a module's
        // element of the same local name (szf:description).
        String content = FeedXml.text(item, "*:encoded");
        Element xhtmlBody = content == null ? xhtmlBody(item) : null;
        boolean isHtml;
        if (xhtmlBody != null) {
            content = xhtmlBody.html();
            isHtml = true;
        } else {
            if (content == null) {
                content = FeedXml.text(
                        item, FeedXml.own(item, "description"), "description", "*:description", "*:summary");
            }
            isHtml = content != null
                    && (TAG.matcher(content).find()
                            || content.indexOf('&') >= 0
                            || FeedXml.child(item, "*:encoded") != null);
        }
        String author = author(item);
        return new FeedEntry(
                title,
                link(item, base),
                author == null ? feedAuthors : author,
                FeedXml.texts(
                        item,
                        FeedXml.own(item, "pubDate"),
                        "pubDate",
                        "*:date",
                        "*:published",
                        "*:issued",
                        "*:updated",
                        "*:modified",
                        "*:created"),
                content,
                isHtml,
                base,
                FeedText.oneLine(FeedXml.text(item, FeedXml.own(item, "guid"), "guid")),
                addresses(item, base));
    }

    /**
     * An item's or a channel's title as text: one whose markup or entities were escaped once more than XML needs (or
     * written in CDATA) is HTML, as feed readers read it.
     */
    static String titleText(String title) {
        if (title != null && (TAG.matcher(title).find() || ENTITY.matcher(title).find())) {
            return ShortHtmlText.toText(title);
        }
        return title;
    }

    /**
     * The item's text as inline XHTML (the XHTML body module: {@code <body xmlns="http://www.w3.org/1999/xhtml">} or
     * {@code <xhtml:body>}), or null. An RSS item has no {@code body} of its own, so one without a namespace is that
     * module's too.
     */
    private static Element xhtmlBody(Element item) {
        for (Element body : FeedXml.children(item, "body", "*:body")) {
            String tag = body.tagName();
            int colon = tag.indexOf(':');
            boolean xhtml = colon < 0 || isXhtml(namespace(body, tag.substring(0, colon)));
            if (xhtml && !(body.wholeText().isBlank() && body.children().isEmpty())) {
                return body;
            }
        }
        return null;
    }

    /** The namespace {@code prefix} is bound to where {@code element} stands, or "". */
    private static String namespace(Element element, String prefix) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("xmlns:" + prefix)) {
                return e.attr("xmlns:" + prefix);
            }
        }
        return "";
    }

    private static boolean isXhtml(String namespace) {
        return namespace.strip().equals("http://www.w3.org/1999/xhtml");
    }

    /**
     * The item's addresses beside its link: a guid that is a permalink ({@code isPermaLink} true or absent, RSS
     * 2.0) and a web URL, and every alternate {@code atom:link} (or one without {@code rel}).
     */
    private static List<String> addresses(Element item, String base) {
        List<String> addresses = new ArrayList<>();
        for (Element guid : FeedXml.children(item, FeedXml.own(item, "guid"), "guid")) {
            String text = FeedText.oneLine(guid.text());
            if (!guid.attr("isPermaLink").strip().equalsIgnoreCase("false") && FeedXml.isWebUrl(text)) {
                addresses.add(text);
            }
        }
        for (Element link : FeedXml.children(item, "*:link")) {
            String rel = link.attr("rel").strip();
            if (!link.attr("href").isBlank() && (rel.isEmpty() || rel.equalsIgnoreCase("alternate"))) {
                addresses.add(FeedXml.resolve(base, link.attr("href").strip()));
            }
        }
        return addresses;
    }

    private static String link(Element item, String base) {
        String link = FeedXml.text(item, FeedXml.own(item, "link"), "link", "*:link");
        if (link == null) {
            for (Element candidate : FeedXml.children(item, "*:link")) {
                String rel = candidate.attr("rel");
                if (!candidate.attr("href").isBlank() && (rel.isEmpty() || rel.equals("alternate"))) {
                    link = candidate.attr("href");
                    break;
                }
            }
        }
        if (link == null) {
            Element guid = FeedXml.child(item, FeedXml.own(item, "guid"), "guid");
            if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && FeedXml.isWebUrl(guid.text())) {
                link = guid.text();
            }
        }
        if (link == null) {
            String about = item.attr("rdf:about");
            link = FeedXml.isWebUrl(about) ? about : null;
        }
        return FeedXml.resolve(base, link);
    }

    private static String author(Element item) {
        // Some feeds write Dublin Core's creator as dc:author, which is no Dublin Core element.
        return names(item, FeedXml.own(item, "author"), "author", "dc:author");
    }

    /**
     * The authors a channel states for all its items: its {@code managingEditor} (the name, not the address),
     * its {@code dc:creator}s, else a podcast's {@code itunes:author}; null when it names nobody.
     */
    static String channelAuthors(Element channel) {
        return names(channel, FeedXml.own(channel, "managingEditor"), "managingEditor");
    }

    /** The names in {@code holder}'s author elements (RSS's e-mail form), its dc:creators, else itunes:author. */
    private static String names(Element holder, String... authorElements) {
        List<String> names = new ArrayList<>();
        for (Element author : FeedXml.children(holder, authorElements)) {
            String text = FeedText.oneLine(author.text());
            if (text != null) {
                Matcher m = EMAIL_WITH_NAME.matcher(text);
                // An address alone names nobody; "Name <address>" keeps the name.
                String name = m.matches()
                        ? m.group(1).strip()
                        : FeedText.oneLine(EMAIL.matcher(text).replaceAll(" "));
                if (name != null && name.matches(".*\\p{L}.*")) {
                    names.add(name.replaceAll("^[<(\\s]+|[>)\\s]+$", ""));
                }
            }
        }
        for (Element creator : FeedXml.children(holder, "*:creator")) {
            String text = FeedText.oneLine(creator.text());
            if (text != null && !names.contains(text)) {
                names.add(text);
            }
        }
        if (names.isEmpty()) {
            // A podcast (or its episode) names its author in Apple's podcast namespace only.
            return FeedText.oneLine(FeedXml.text(holder, "itunes:author"));
        }
        return String.join(", ", names);
    }
}
