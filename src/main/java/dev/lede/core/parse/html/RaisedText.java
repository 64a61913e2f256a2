package dev.lede.core.parse.html;

/**
 * The text of a {@code <sup>} or {@code <sub>} in Unicode's superscript or subscript characters, when it
 * has one for every character (digits, signs, brackets): a terminal cannot raise text, and "10<sup>6</sup>"
 * read as "106" says another number. Anything else ("th", "®", "[1]") is left as it is written.
 */
final class RaisedText {

    private static final String PLAIN = "0123456789+-\u2212=()";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    private RaisedText() {}

    /** Whether every character of {@code text} but white space has a superscript (or subscript) form. */
    static boolean fits(String text, boolean superscript) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HtmlText.isSpace(c)) {
                continue;
            }
            if (PLAIN.indexOf(c) < 0 && !(superscript && (c == 'n' || c == 'i'))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@code text} in superscript (or subscript) characters; characters without one stay as they are. */
    static String of(String text, boolean superscript) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = PLAIN.indexOf(c);
            if (at >= 0) {
                out.append((superscript ? SUPERSCRIPT : SUBSCRIPT).charAt(at));
            } else if (superscript && c == 'n') {
                out.append('ⁿ');
            } else if (superscript && c == 'i') {
                out.append('ⁱ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
