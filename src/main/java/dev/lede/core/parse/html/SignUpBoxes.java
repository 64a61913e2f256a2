package dev.lede.core.parse.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds newsletter and sign-up boxes by the field they ask for: an e-mail address. trafilatura drops
 * forms whole; the box around the form (its heading, its one-line pitch, its consent line) goes with it
 * as long as it holds no more than a box's words, so the article around a box is never taken.
 */
final class SignUpBoxes {

    /**
     * A heading, a pitch and a consent line ("Receive growth tips in your inbox. By submitting you accept
     * our privacy policy."): about three of boilerpipe's short blocks (15 words each).
     */
    static final int MAX_WORDS = 45;

    /**
     * A class that names a form as a word of its own ("newsletter-form", "HubSpotForm_embed",
     * "RichTextFormCallout"): the place a script fills with the form's fields, empty in a saved page.
     */
    private static final Pattern FORM_CLASS =
            Pattern.compile("(?:(?<=^|[\\s_-])[Ff]orm|(?<=[a-z])Form)(?=$|[\\s_A-Z-])");

    private static final Set<String> NEVER_A_BOX = Set.of("body", "html", "main", "article");

    private SignUpBoxes() {}

    /** Removes from {@code doc} each block built around an e-mail field or a form's slot, before inputs are stripped. */
    static void strip(Document doc) {
        for (Element field : doc.body().getAllElements()) {
            if (field.parent() == null || !(asksForEmail(field) || isFormSlot(field))) {
                continue;
            }
            Element box = field;
            for (Element up = field.parent();
                    up != null && !NEVER_A_BOX.contains(up.normalName()) && words(up) <= MAX_WORDS;
                    up = up.parent()) {
                box = up;
            }
            if (box != field) {
                NodeTrees.remove(box);
            }
        }
    }

    private static boolean isFormSlot(Element e) {
        return FORM_CLASS.matcher(e.className()).find() && words(e) <= MAX_WORDS;
    }

    private static boolean asksForEmail(Element input) {
        if (!input.normalName().equals("input")) {
            return false;
        }
        String type = input.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("email")) {
            return true;
        }
        if (!type.isEmpty() && !type.equals("text")) {
            return false;
        }
        String named =
                (input.attr("name") + " " + input.id() + " " + input.attr("placeholder")).toLowerCase(Locale.ROOT);
        return named.contains("email") || named.contains("e-mail");
    }

    private static int words(Element e) {
        return HtmlText.words(HtmlText.line(e.text()));
    }
}
