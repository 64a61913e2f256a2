package dev.lede.core.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A line set into the article that points to another one: a short label and a colon, then a linked
 * headline ("Also read: …", "» Related: …", "See also: …", "Don't miss: …"). It is a related-story list of
 * one item, so, like those lists (Readability's and trafilatura's "related" blocks), it belongs to the
 * related headlines, with its URL, and not to the body.
 */
final class PointerLines {

    /** The label: a few words that tell the reader to go elsewhere, then a colon. */
    private static final Pattern LABEL =
            Pattern.compile("^[\\W&&[^\\p{L}\\p{N}]]*((?:[\\p{L}'’]+\\s+){0,3}[\\p{L}'’]+)\\s*[:：]\\s*(\\S.*)$");

    private static final Pattern POINTING = Pattern.compile(
            "\\b(?:also|read|see|watch|listen|check|related|more|miss|recommended|next|further|trending)\\b",
            Pattern.CASE_INSENSITIVE);
    /** boilerpipe's short block: a pointer is a label and a headline, never a paragraph. */
    private static final int MAX_WORDS = 30;
    /** The part after the label is the link (Readability's link density, nearly all of it). */
    private static final double LINKED = 0.9;

    private PointerLines() {}

    /** The link {@code line} points to when it is such a line, else null. */
    static Element target(Element line) {
        return target(line, HtmlText.line(line.text()));
    }

    /** As {@link #target(Element)}, with {@code line}'s text already read ({@link HtmlText#line}). */
    static Element target(Element line, String text) {
        if (HtmlText.words(text) > MAX_WORDS) {
            return null;
        }
        Matcher m = LABEL.matcher(text);
        if (!m.matches() || !POINTING.matcher(m.group(1)).find()) {
            return null;
        }
        String rest = m.group(2);
        Element link = null;
        int linked = 0;
        for (Element a : line.getElementsByTag("a")) {
            String label = HtmlText.line(a.text());
            linked += label.length();
            if (link == null && RelatedLinks.headlineText(a) != null) {
                link = a;
            }
        }
        return link != null && linked >= LINKED * rest.length() ? link : null;
    }
}
