package dev.lede.core.parse;

import dev.lede.core.parse.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a parser by content, not by file name (README, "Formats"): a JSON Feed, an XML feed, an HTML
 * page, else plain text; a JSON document that is no feed is data, not an article. Looks only at the first few
 * KiB, except to tell JSON from text that opens with a brace.
 */
public final class FormatSniffer {

    /** What the content looks like. */
    public enum Kind {
        TEXT,
        HTML,
        XML_FEED,
        JSON_FEED,
        /** A whole JSON document that is no JSON Feed: data (a site's manifest, an API's answer), not an article. */
        JSON_DATA
    }

    private static final int SNIFF_BYTES = 8 * 1024;
    /** A body counts as "mostly tags" when this share of its non-space characters sit inside tags. */
    private static final double MOSTLY_TAGS = 0.5;

    private static final Set<String> HTML_START_TAGS = TagNames.setOf(
            TagNames.HEADINGS,
            "head",
            "body",
            "meta",
            "title",
            "link",
            "style",
            "script",
            "article",
            "main",
            "section",
            "div",
            "header",
            "nav",
            "p",
            "ul",
            "ol",
            "table",
            "figure",
            "blockquote");

    /**
     * A feed's root element (the head is lower-cased): {@code <rss>}, {@code <feed>}, RDF's root or a bare
     * {@code <channel>}, under any namespace prefix ({@code <r:rss>} when RSS 2.0 is put in a namespace of its own).
     */
    private static final Pattern FEED_ROOT = Pattern.compile("<(?:[\\w.-]+:)?(?:rss|feed|rdf|channel)[\\s/>]");

    private FormatSniffer() {}

    public static Kind sniff(byte[] bytes) {
        if (startsWithPlainAscii(bytes)) {
            return Kind.TEXT; // most inputs: no need to decode and lower-case the first 8 KiB
        }
        String head = head(bytes).toLowerCase(Locale.ROOT);
        int start = skipPreamble(head);
        String rest = head.substring(start);
        if (rest.isBlank() && head.indexOf('<') >= 0 && bytes.length <= SNIFF_BYTES) {
            // Only a declaration, comments or a doctype: XML that holds no element (the feed parser says so in one
            // line), not a text headed "<!--".
            return Kind.XML_FEED;
        }
        if (rest.startsWith("{") && isJsonFeed(head, bytes)) {
            return Kind.JSON_FEED;
        }
        if (rest.startsWith("{") || rest.startsWith("[")) {
            // Read as text, a JSON document would show "{" as its headline; a text that only opens with a
            // brace or bracket ("[Updated] …") is no valid JSON and stays text.
            String text = text(bytes, bytes.length);
            return JsonReader.read(text).error() == null || isJsonLines(text) ? Kind.JSON_DATA : Kind.TEXT;
        }
        if (FEED_ROOT.matcher(rest).lookingAt()) {
            return Kind.XML_FEED;
        }
        if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || isMostlyTags(rest)) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    /**
     * Whether the first character after ASCII white space (and a UTF-8 BOM) is an ASCII character that
     * cannot begin markup or JSON: such content is text whatever follows. Anything else (a non-ASCII
     * byte, a UTF-16 pattern, {@code <} or {@code {}) takes the full look.
     */
    private static boolean startsWithPlainAscii(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        int end = Math.min(bytes.length, SNIFF_BYTES);
        while (i < end && bytes[i] >= 0 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        byte first = bytes[i];
        return first > 0 && first != '<' && first != '{' && first != '[';
    }

    /** The jsonfeed.org version URL, in the head or (members come in any order) anywhere in the bytes. */
    private static boolean isJsonFeed(String head, byte[] bytes) {
        // JSON may escape the slashes of the URL.
        if (head.replace("\\/", "/").contains("jsonfeed.org/version")) {
            return true;
        }
        if (bytes.length <= SNIFF_BYTES) {
            return false;
        }
        byte[] needle = "jsonfeed.org".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The first bytes as text: UTF-16 when a BOM or the NUL pattern says so, else UTF-8 (lenient). */
    private static String head(byte[] bytes) {
        return text(bytes, Math.min(bytes.length, SNIFF_BYTES));
    }

    /** The first {@code length} bytes as text, decoded as {@link #head} decodes them. */
    /** JSON Lines (jsonlines.org; what {@code lede export} writes): every line that is not blank a JSON value. */
    private static boolean isJsonLines(String text) {
        return text.lines()
                .filter(line -> !line.isBlank())
                .allMatch(line -> JsonReader.read(line).error() == null);
    }

    private static String text(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && bytes[0] == '<' && bytes[1] == 0) {
            return new String(bytes, 0, length, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            return new String(bytes, 0, length, StandardCharsets.UTF_16BE);
        }
        int from = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        return new String(bytes, from, length - from, StandardCharsets.UTF_8);
    }

    /** Index after whitespace, a BOM, the XML declaration, processing instructions, comments and a non-HTML doctype. */
    private static int skipPreamble(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            int end;
            if (text.startsWith("<?", i)) {
                end = text.indexOf("?>", i);
                end = end < 0 ? -1 : end + 2;
            } else if (text.startsWith("<!--", i)) {
                end = text.indexOf("-->", i);
                end = end < 0 ? -1 : end + 3;
            } else if (text.startsWith("<!doctype", i) && !text.startsWith("<!doctype html", i)) {
                end = doctypeEnd(text, i);
            } else {
                return i;
            }
            if (end < 0) {
                return i;
            }
            i = end;
        }
    }

    /** End of a doctype, which may hold an internal subset in brackets. */
    private static int doctypeEnd(String text, int from) {
        int bracket = text.indexOf('[', from);
        int close = text.indexOf('>', from);
        if (bracket >= 0 && bracket < close) {
            int subsetEnd = text.indexOf("]", bracket);
            close = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
        }
        return close < 0 ? -1 : close + 1;
    }

    /**
     * A fragment without {@code <html>}: starts with a tag, and either that tag is an HTML document or
     * block element or most non-space characters sit inside tags.
     */
    private static boolean isMostlyTags(String text) {
        if (!text.startsWith("<") || text.length() < 2 || !Character.isLetter(text.charAt(1))) {
            return false;
        }
        int nameEnd = 1;
        while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
            nameEnd++;
        }
        if (HTML_START_TAGS.contains(text.substring(1, nameEnd))) {
            return true;
        }
        int inside = 0;
        int outside = 0;
        boolean inTag = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                inTag = true;
            }
            if (!Character.isWhitespace(c)) {
                if (inTag) {
                    inside++;
                } else {
                    outside++;
                }
            }
            if (c == '>') {
                inTag = false;
            }
        }
        return inside >= MOSTLY_TAGS * (inside + outside);
    }
}
