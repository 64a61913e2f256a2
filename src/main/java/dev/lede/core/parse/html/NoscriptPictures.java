package dev.lede.core.parse.html;

import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A lazy picture's {@code <noscript>} copy: many pages write {@code <img src="data:…">} for a script to fill in,
 * followed by {@code <noscript><img src="real.jpg" alt="…"></noscript>} for readers without scripts. Like
 * Readability's {@code unwrapNoscriptImages}, a {@code <noscript>} holding one picture, right after an element
 * that is one picture, gives that picture its address when it has none and its alt text when it has none; the
 * {@code <noscript>} itself is then removed with the rest of what is never content, so the picture shows once.
 */
final class NoscriptPictures {

    private NoscriptPictures() {}

    /** Fills in, in place, the lazy pictures of {@code doc} from the {@code <noscript>} copies beside them. */
    static void unwrap(Document doc) {
        for (Element noscript : new ArrayList<>(doc.getElementsByTag("noscript"))) {
            Element lazy = singleImage(noscript.previousElementSibling());
            Element copy = lazy == null ? null : singleImage(content(noscript, doc.location()));
            if (copy == null) {
                continue;
            }
            String address = PictureAddress.of(copy);
            if (address != null && PictureAddress.of(lazy) == null) {
                lazy.attr("src", address);
            }
            String alt = copy.attr("alt").strip();
            if (!alt.isEmpty() && lazy.attr("alt").isBlank()) {
                lazy.attr("alt", alt);
            }
        }
    }

    /**
     * What the {@code <noscript>} holds, as elements: parsed already in a body; as text where HTML reads it as
     * text (in a head), parsed here.
     */
    private static Element content(Element noscript, String base) {
        if (!noscript.children().isEmpty() || noscript.wholeText().isBlank()) {
            return noscript;
        }
        return Jsoup.parseBodyFragment(noscript.wholeText(), base).body();
    }

    /**
     * The one {@code <img>} that {@code e} is, or wraps with nothing else (no other element, no text), as
     * Readability's {@code _isSingleImage}; null otherwise.
     */
    private static Element singleImage(Element e) {
        Element node = e;
        while (node != null) {
            if (node.normalName().equals("img")) {
                return node;
            }
            if (node.children().size() != 1 || !node.ownText().isBlank()) {
                return null;
            }
            node = node.child(0);
        }
        return null;
    }
}
