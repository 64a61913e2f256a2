package dev.lede.core.parse.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads one Atom 1.0 (RFC 4287) or Atom 0.3 {@code <entry>} into a {@link FeedEntry}. Only the entry's
 * direct children are read.
 */
final class AtomEntries {

    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&(?:#\\d+|#[xX]\\p{XDigit}+|\\p{Alpha}+);");

    private AtomEntries() {}

    /**
     * @param base        the base URI in effect inside the entry (xml:base chain, feed URL)
     * @param feedAuthors the feed's own authors, which an entry without any inherits (RFC 4287 §4.2.1)
     */
    static FeedEntry read(Element entry, String base, String feedAuthors) {
        String title = title(entry);

        Element contentElement = usable(FeedXml.child(entry, "content", "*:content"));
        if (contentElement == null) {
            contentElement = usable(FeedXml.child(entry, "summary", "*:summary"));
        }
        String content = null;
        boolean isHtml = false;
        String contentBase = base;
        if (contentElement != null) {
            Construct construct = textConstruct(contentElement);
            content = construct.value();
            isHtml = construct.isHtml();
            contentBase = FeedXml.baseInside(contentElement, base);
        }
        String author = authors(entry);
        if (author == null) {
            Element source = FeedXml.child(entry, "source", "*:source");
            author = source == null ? feedAuthors : authors(source);
        }
        return new FeedEntry(
                title,
                link(entry, base),
                author == null ? feedAuthors : author,
                FeedXml.texts(
                        entry,
                        "published",
                        "updated",
                        "issued",
                        "modified",
                        "created",
                        "*:published",
                        "*:updated",
                        "*:date"),
                content,
                isHtml,
                contentBase,
                FeedText.oneLine(FeedXml.text(entry, "id", "*:id")),
                alternates(entry, base));
    }

    /**
     * The title of an entry, a feed or a source as text, read as the text construct it is (xhtml, html, Base64), or
     * null.
     */
    static String title(Element parent) {
        Element titleElement = FeedXml.child(parent, "title", "*:title");
        return titleElement == null ? null : textConstruct(titleElement).asText();
    }

    /** Every page the entry is an alternate of ({@code rel=alternate}, or no {@code rel}), resolved. */
    static List<String> alternates(Element entry, String base) {
        List<String> addresses = new ArrayList<>();
        for (Element link : FeedXml.children(entry, "link", "*:link")) {
            String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
            if (!link.attr("href").isBlank() && (rel.isEmpty() || rel.equals("alternate"))) {
                addresses.add(FeedXml.resolve(
                        FeedXml.baseInside(link, base), link.attr("href").strip()));
            }
        }
        return addresses;
    }

    /** Author names of an entry, feed or source element, joined; null when there are none. */
    static String authors(Element parent) {
        List<String> names = new ArrayList<>();
        for (Element author : FeedXml.children(parent, "author", "*:author")) {
            Element name = FeedXml.child(author, "name", "*:name");
            String text = FeedText.oneLine(name == null ? author.text() : name.text());
            if (text != null) {
                names.add(text);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The entry's page: the first {@code rel=alternate} link (HTML preferred), else any link with an href. */
    static String link(Element entry, String base) {
        Element best = null;
        for (Element link : FeedXml.children(entry, "link", "*:link")) {
            String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
            if (link.attr("href").isBlank() || !(rel.isEmpty() || rel.equals("alternate"))) {
                continue;
            }
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("html")) {
                best = link;
                break;
            }
            best = best == null ? link : best;
        }
        if (best == null) {
            for (Element link : FeedXml.children(entry, "link", "*:link")) {
                if (!link.attr("href").isBlank() && !link.attr("rel").equalsIgnoreCase("self")) {
                    best = link;
                    break;
                }
            }
        }
        return best == null ? null : FeedXml.resolve(FeedXml.baseInside(best, base), best.attr("href"));
    }

    /** A content element pointing elsewhere ({@code src}) or empty says nothing here. */
    private static Element usable(Element element) {
        if (element == null || element.hasAttr("src")) {
            return null;
        }
        return element.wholeText().isBlank() && element.children().isEmpty() ? null : element;
    }

    /** A media type whose content is Base64 (not text/*, not XML, not the text constructs' own words). */
    private static boolean isBinaryMediaType(String type) {
        return type.indexOf('/') > 0 && !type.startsWith("text/") && !type.contains("xml");
    }

    /** A picture's, a sound's or a film's bytes: no text to show. */
    private static boolean isMediaType(String type) {
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
    }

    /**
     * The element's Base64 text decoded as UTF-8, or null when it is no Base64 or, when {@code strict} (bytes of a
     * media type that may not be text at all), no UTF-8 text.
     */
    private static String base64Text(Element element, boolean strict) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(element.wholeText().strip());
            if (!strict) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /** The value of an Atom text construct and whether it is HTML. */
    private record Construct(String value, boolean isHtml) {
        String asText() {
            return isHtml ? ShortHtmlText.toText(value) : value;
        }
    }

    /**
     * RFC 4287 §3.1: {@code type} is text (the default), html or xhtml (inline markup); Atom 0.3 used MIME
     * types with {@code mode} escaped, xml or base64.
     */
    private static Construct textConstruct(Element element) {
        String type = element.attr("type").strip().toLowerCase(Locale.ROOT);
        String mode = element.attr("mode").strip().toLowerCase(Locale.ROOT);
        boolean htmlType = type.equals("html") || type.contains("html") || type.contains("xml");
        if (mode.equals("base64")) {
            String decoded = base64Text(element, false);
            return new Construct(decoded == null ? "" : decoded, decoded != null && htmlType);
        }
        if (isBinaryMediaType(type)) {
            // RFC 4287 §4.1.3.3: content of a media type that is neither text nor XML is Base64-encoded. Of unknown
            // kind (application/octet-stream), it is HTML when it holds markup, as feed readers read such content.
            String decoded = isMediaType(type) ? null : base64Text(element, true);
            return decoded == null
                    ? new Construct("", false)
                    : new Construct(decoded, MARKUP.matcher(decoded).find());
        }
        boolean plain = type.equals("text") || type.equals("text/plain");
        if (type.contains("xhtml")
                || !plain && !mode.equals("escaped") && !element.children().isEmpty()) {
            // Inline (X)HTML: the element's children are the markup.
            return new Construct(element.html(), true);
        }
        return new Construct(element.wholeText(), htmlType);
    }
}
