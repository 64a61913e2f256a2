package dev.lede.core.parse.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Where a picture ({@code <img>}) is, as an absolute URL; null when the page does not say. Pages that load
 * pictures late leave {@code src} empty or a {@code data:} placeholder and keep the address elsewhere: in
 * {@code srcset}, in the {@code <source>}s of an enclosing {@code <picture>}, or in an attribute of their
 * script's own, which is taken when it is named as a source ({@code data-lazy-src}) or, like Readability's
 * {@code _fixLazyImages}, when its value is the address of an image file.
 */
final class PictureAddress {

    /** One address ending in an image file's name (query and fragment allowed), as Readability matches. */
    private static final Pattern IMAGE_ADDRESS =
            Pattern.compile("\\S+\\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\\S*)?", Pattern.CASE_INSENSITIVE);

    /** Attributes that name a picture in words, or were read already. */
    private static final Set<String> NOT_ADDRESSES = Set.of("src", "srcset", "alt", "title");

    private PictureAddress() {}

    static String of(Element img) {
        String src = absolute(img, img.attr("src").strip());
        if (src != null) {
            return src;
        }
        String fromSet = firstOfSet(img, img.attr("srcset"));
        if (fromSet != null) {
            return fromSet;
        }
        // <picture><source srcset=…><img></picture>: the sources are the picture's addresses (HTML's picture element)
        Element parent = img.parent();
        if (parent != null && parent.normalName().equals("picture")) {
            for (Element source : parent.children()) {
                String address = source.normalName().equals("source") ? firstOfSet(img, source.attr("srcset")) : null;
                if (address != null) {
                    return address;
                }
            }
        }
        // a lazy loader's own attribute: named as a source ("data-src", "data-lazy-src"), else holding an image file
        for (int pass = 0; pass < 2; pass++) {
            for (Attribute attribute : img.attributes()) {
                String key = attribute.getKey();
                String value = attribute.getValue().strip();
                boolean named = pass == 0
                        ? key.endsWith("src") && value.contains("/") && !value.contains(" ")
                        : IMAGE_ADDRESS.matcher(value).matches();
                String address = !NOT_ADDRESSES.contains(key) && named ? absolute(img, value) : null;
                if (address != null) {
                    return address;
                }
            }
        }
        return null;
    }

    /**
     * The first candidate of a {@code srcset} ("a.jpg 480w, b.jpg 800w"), as good a picture as any for a
     * program: as HTML reads it, its address runs to the first space, less the commas that end it (an address
     * may hold commas: "/w_300,h_200/a.jpg").
     */
    private static String firstOfSet(Element img, String srcset) {
        String first = srcset.strip().split("\\s+", 2)[0];
        int end = first.length();
        while (end > 0 && first.charAt(end - 1) == ',') {
            end--;
        }
        return end == 0 ? null : absolute(img, first.substring(0, end));
    }

    /** {@code raw} resolved against the page's base; null for nothing, a {@code data:} placeholder or script. */
    private static String absolute(Element img, String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.isEmpty() || lower.startsWith("data:") || lower.startsWith("javascript:")) {
            return null;
        }
        // what Element.absUrl does for an attribute, here for a value that may be part of one (srcset)
        String abs = StringUtil.resolve(img.baseUri(), raw);
        return HtmlText.lineOrNull(abs.isEmpty() ? raw : abs);
    }
}
