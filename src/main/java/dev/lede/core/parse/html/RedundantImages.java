package dev.lede.core.parse.html;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes out of the content the images whose alternative text tells the reader nothing the page does not
 * already say. An alt text is shown as {@code [image: …]} in place of the picture; it earns that place
 * when it describes the picture (WCAG's purpose for it). It does not when several pictures share it (a
 * placeholder such as "Image for post", a badge repeated down a list, the site's "Illustration for article
 * titled …"), when it only repeats the headline (the lead picture labelled with the story's title), or when
 * the text already says it (a caption copied into the alt). Readability keeps images for a browser to
 * show; for a reader of text such an alt is a repeated line, so it goes and a describing one stays.
 */
final class RedundantImages {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A headline of fewer words may well be named inside a describing alt ("Fire" in "Fire crews at dawn"). */
    private static final int HEADLINE_INSIDE_MIN_WORDS = 4;

    private RedundantImages() {}

    /** Removes, in place, the images of {@code content} whose alt text repeats what the page says. */
    static void strip(Element content, String headline) {
        List<Element> images = content.select("img[alt]");
        if (images.isEmpty()) {
            return;
        }
        Map<String, Integer> uses = new HashMap<>();
        for (Element img : images) {
            String alt = words(img.attr("alt"));
            if (!alt.isBlank()) {
                uses.merge(alt, 1, Integer::sum);
            }
        }
        String title = words(headline);
        String text = words(content.text());
        for (Element img : images) {
            String alt = words(img.attr("alt"));
            if (alt.isBlank()) {
                continue;
            }
            boolean shared = uses.get(alt) > 1;
            boolean repeatsHeadline = !title.isBlank()
                    && (title.contains(alt)
                            || alt.contains(title) && HtmlText.words(title) >= HEADLINE_INSIDE_MIN_WORDS);
            if (shared || repeatsHeadline || text.contains(alt)) {
                NodeTrees.remove(img);
            }
        }
    }

    /** Lower-case words between single spaces, padded with one, so that containment is of whole words. */
    private static String words(String text) {
        if (text == null) {
            return " ";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return " " + NOT_WORD.matcher(folded).replaceAll(" ").strip() + " ";
    }
}
