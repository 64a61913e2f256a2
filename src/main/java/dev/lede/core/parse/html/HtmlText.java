package dev.lede.core.parse.html;

import dev.lede.core.parse.SpaceRuns;
import dev.lede.core.text.Sanitizer;

/**
 * Text clean-up shared by the HTML classes: the one call site for the project's sanitizer, and
 * whitespace collapsed the way a browser shows it.
 */
final class HtmlText {

    private HtmlText() {}

    /** Sanitized multi-line text (see {@link Sanitizer#sanitize}): the one call site for the HTML package. */
    static String sanitize(String text) {
        return text == null ? "" : Sanitizer.sanitize(withoutControls(text));
    }

    /**
     * A page's text without its C1 control characters, each dropped alone. They are no escape a page means
     * (a browser draws them as nothing), but bytes of twice-encoded text: a star "\u00e2\u00ad\u0090", a
     * closing quote "\u00e2\u20ac\u009d". To the sanitizer U+0090 and U+009D begin a terminal's control
     * string, which would take the rest of the paragraph with it. (An ESC sequence, which has its own end, is
     * still removed whole by the sanitizer.)
     */
    private static String withoutControls(String text) {
        int first = firstControl(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = first; i >= 0; i = firstControl(text, from)) {
            out.append(text, from, i);
            from = i + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int firstControl(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                return i;
            }
        }
        return -1;
    }

    /** Sanitized text on one line: every run of white space (NBSP included) becomes one space, ends trimmed. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        String clean = sanitize(text);
        StringBuilder out = new StringBuilder(clean.length());
        SpaceRuns.appendCollapsed(out, clean, c -> isSpace((char) c));
        return out.toString();
    }

    /** Null for blank, otherwise {@link #line(String)}: metadata is null when unknown, never "". */
    static String lineOrNull(String text) {
        String line = line(text);
        return line.isEmpty() ? null : line;
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || c == '\u00A0'
                || c == '\u200B'
                || c == '\u3000'
                || c == '\u2009'
                || c == '\u202F'
                || c == '\u2002'
                || c == '\u2003';
    }

    /**
     * A joiner or a zero-width no-break space: invisible, and meaningful only between two characters; at the
     * start or end of a block it joins nothing.
     */
    static boolean isInvisibleJoiner(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Word count by white space, as the title rules use it. */
    static int words(String text) {
        String line = line(text);
        return line.isEmpty() ? 0 : line.split(" ").length;
    }
}
