package dev.lede.core.parse.feed;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Finding things in a feed's XML tree by name, and resolving relative URLs. A name with a {@code *:}
 * prefix matches that local name under any namespace prefix ({@code *:creator} finds {@code dc:creator}),
 * since feeds choose their own prefixes.
 */
final class FeedXml {

    private FeedXml() {}

    static String localName(Element element) {
        String name = element.tagName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    static boolean hasName(Element element, String name) {
        // Names compare case-insensitively: feeds in the wild write pubdate, PubDate and pubDate.
        String tag = element.tagName();
        if (name.startsWith("*:")) {
            return tag.indexOf(':') > 0 && localName(element).equalsIgnoreCase(name.substring(2));
        }
        return tag.equalsIgnoreCase(name);
    }

    /**
     * {@code name} under the element's own namespace prefix: {@code r:title} inside {@code <r:item>}, plain
     * {@code title} inside {@code <item>}. A feed's core elements share their item's prefix; a module's element of
     * the same local name ({@code szf:description}) has its own.
     */
    static String own(Element element, String name) {
        String tag = element.tagName();
        int colon = tag.indexOf(':');
        return colon < 0 ? name : tag.substring(0, colon + 1) + name;
    }

    /** The first direct child with one of the names, trying the names in order. */
    static Element child(Element parent, String... names) {
        for (String name : names) {
            for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
                if (hasName(child, name)) {
                    return child;
                }
            }
        }
        return null;
    }

    /** All direct children with any of the names, in document order. */
    static List<Element> children(Element parent, String... names) {
        List<Element> found = new ArrayList<>();
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            for (String name : names) {
                if (hasName(child, name)) {
                    found.add(child);
                    break;
                }
            }
        }
        return found;
    }

    /** The text of every child named one of {@code names} that is not blank, in the order of the names. */
    static List<String> texts(Element parent, String... names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
                if (hasName(child, name) && !child.wholeText().isBlank()) {
                    found.add(child.wholeText());
                }
            }
        }
        return found;
    }

    /** The whole text of the first child with one of the names that has non-blank text, or null. */
    static String text(Element parent, String... names) {
        for (String name : names) {
            for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
                if (hasName(child, name) && !child.wholeText().isBlank()) {
                    return child.wholeText();
                }
            }
        }
        return null;
    }

    /** The base URI in effect inside {@code element}: its own {@code xml:base} applied to {@code base}. */
    static String baseInside(Element element, String base) {
        String own = element.attr("xml:base");
        return own.isBlank() ? base : resolve(base, own.strip());
    }

    /** {@code ref} resolved against {@code base}; {@code ref} unchanged when either cannot be read. */
    static String resolve(String base, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String trimmed = ref.strip();
        if (base == null || base.isBlank()) {
            return trimmed;
        }
        try {
            return new URL(new URL(base), trimmed).toString();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** Whether a string from a feed is an absolute http(s) URL (as a guid that doubles as a permalink). */
    static boolean isWebUrl(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
