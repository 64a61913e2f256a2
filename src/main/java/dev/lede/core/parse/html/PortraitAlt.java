package dev.lede.core.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The author a page's portrait shows, read from the image's alternative text. */
final class PortraitAlt {

    private static final String PORTRAIT =
            "(?i:headshot|portrait|avatar|profile (?:photo|picture|image)|author (?:photo|image))";
    /** "Headshot of Ann Lee, a reporter…" */
    private static final Pattern PORTRAIT_OF = Pattern.compile(
            "(?:" + PORTRAIT + "|(?i:photo|picture|image))\\s+of\\s+(" + BylineChoice.NAME.pattern() + ")");
    /** "Ann Lee headshot", "Ann Lee's avatar". */
    private static final Pattern NAMED_PORTRAIT =
            Pattern.compile("(" + BylineChoice.NAME.pattern() + ")(?:'s|’s)?\\s+" + PORTRAIT + "\\b");

    private PortraitAlt() {}

    /**
     * The person the page's first portrait shows, by its alternative text: "Headshot of Ann Lee, a reporter…",
     * "Ann Lee headshot", "Ann Lee's avatar" (the alt text WCAG asks a portrait to give is whose it is).
     */
    static String person(Document doc) {
        for (Element img : doc.select("img[alt]")) {
            String alt = HtmlText.line(img.attr("alt"));
            Matcher m = PORTRAIT_OF.matcher(alt);
            if (!m.lookingAt()) {
                m = NAMED_PORTRAIT.matcher(alt);
            }
            if (m.lookingAt()) {
                String name = BylineChoice.clean(m.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }
}
