package dev.lede.core.parse.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds boxes that ask the reader to act rather than tell the story: newsletter and sign-up boxes by the
 * field they ask for (an e-mail address) or the empty slot a script fills with it, and promotions by their
 * button ("Get started", "Apply now"). trafilatura drops forms and buttons whole; the box around one (its
 * heading, its one-line pitch, its consent line) goes with it as long as it holds no more than a box's
 * words, so the article around a box is never taken.
 */
final class CallToActionBoxes {

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

    /** A class or id that names a button ("btn-primary", "cta", "crunch-button", "UiButton"). */
    private static final Pattern BUTTON_CLASS =
            Pattern.compile("(?:(?<=^|[\\s_-])(?:btn|button|cta)|(?<=[a-z])(?:Button|Btn|Cta))(?=$|[\\s_A-Z-])");
    /** A button says what to do in a few words. */
    private static final int BUTTON_MAX_WORDS = 4;
    /** boilerpipe's short-block size: a pitch line standing before a button is shorter. */
    private static final int PITCH_MAX_WORDS = 15;

    private static final Set<String> NEVER_A_BOX = Set.of("body", "html", "main", "article");

    private CallToActionBoxes() {}

    /** Removes from {@code doc} each block built around an e-mail field or a form's slot, before inputs are stripped. */
    static void strip(Document doc) {
        for (Element field : doc.body().getAllElements()) {
            boolean button = isButton(field);
            if (field.parent() == null || !(button || asksForEmail(field) || isFormSlot(field))) {
                continue;
            }
            Element box = field;
            for (Element up = field.parent();
                    up != null && !NEVER_A_BOX.contains(up.normalName()) && words(up) <= MAX_WORDS;
                    up = up.parent()) {
                box = up;
            }
            if (button) {
                Element pitch = box.previousElementSibling();
                if (pitch != null && isPitch(pitch)) {
                    NodeTrees.remove(pitch);
                }
                NodeTrees.remove(box);
            } else if (box != field) {
                NodeTrees.remove(box);
            }
        }
    }

    private static boolean isButton(Element e) {
        // A link dressed as a button leaves the page; a <button> more often opens part of it (an answer, a menu).
        // The words last: counted for every element of the page, they would cost its size times its depth.
        if (!e.normalName().equals("a")
                || !BUTTON_CLASS.matcher(ClassHints.of(e)).find()) {
            return false;
        }
        int words = words(e);
        return words > 0 && words <= BUTTON_MAX_WORDS;
    }

    /** A line that sells what the button offers: short and set in bold or as a heading. */
    private static boolean isPitch(Element e) {
        String text = HtmlText.line(e.text());
        if (text.isEmpty() || HtmlText.words(text) > PITCH_MAX_WORDS) {
            return false;
        }
        if (e.normalName().matches("h[1-6]")) {
            return true;
        }
        Element only = e;
        while (only.childrenSize() == 1 && only.ownText().isBlank()) {
            only = only.child(0);
        }
        return only != e
                && (only.normalName().equals("strong") || only.normalName().equals("b"));
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
