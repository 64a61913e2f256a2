package dev.lede.core.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * How plain text shows what a page raises or lowers ({@code <sup>}, {@code <sub>}), which a browser's copy of
 * the text, and so the export, runs into the word before: "10<sup>6</sup>" is "106" there. The reader writes
 * labels around it instead, as plain-text mathematics and Markdown do: an exponent "10^6", "x^(n+1)", a
 * subscript "H_2O", a footnote reference (a link to a place on the page) "word[^3]". Ordinals, trademarks
 * and the like ("95th", "Acme®", "Name™") read as they are; so does anything not attached to a word, such as
 * a badge set in small type.
 */
final class RaisedText {

    /** What may be an exponent or a subscript: letters, digits, signs; no space. */
    private static final Pattern FORMULA = Pattern.compile("[\\p{L}\\p{N}+\\-\u2212=(),.]{1,8}");
    /** Written after the mark without brackets: one number, one run of letters, one character. */
    private static final Pattern BARE = Pattern.compile("[+\\-\u2212]?\\p{N}+|\\p{L}+|.");

    private static final int LONGEST_FOOTNOTE = 6;

    private RaisedText() {}

    /**
     * The labels before and after {@code inner}, the text of {@code script} (a {@code sup} or {@code sub}) that
     * follows character {@code before} (-1 at the start of a block); null when it reads as it is.
     */
    static String[] labels(Element script, String inner, int before) {
        if (inner.isEmpty()) {
            return null;
        }
        boolean raised = script.normalName().equals("sup");
        if (raised && isFootnote(script)) {
            // "[1]" is bracketed by the page already, as an encyclopedia's references are.
            return inner.startsWith("[") || inner.length() > LONGEST_FOOTNOTE ? null : new String[] {"[^", "]"};
        }
        if (before < 0
                || !(Character.isLetterOrDigit(before) || before == ')')
                || !FORMULA.matcher(inner).matches()) {
            return null;
        }
        if (raised
                && inner.chars().allMatch(Character::isLetter)
                && (inner.length() > 1 || !Character.isLetter(before))) {
            return null; // "2nd", "1er", "TM", "Mme": read as they are; "x" raised to "n" is a power
        }
        String mark = raised ? "^" : "_";
        return BARE.matcher(inner).matches() ? new String[] {mark, ""} : new String[] {mark + "(", ")"};
    }

    /** A reference to a note on the same page: a link to "#…" inside the raised text, or around it. */
    private static boolean isFootnote(Element script) {
        for (Element a : script.getElementsByTag("a")) {
            if (a.attr("href").startsWith("#")) {
                return true;
            }
        }
        Element parent = script.parent();
        return parent != null
                && parent.normalName().equals("a")
                && parent.attr("href").startsWith("#");
    }
}
