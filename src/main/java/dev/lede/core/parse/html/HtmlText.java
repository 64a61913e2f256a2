package dev.lede.core.parse.html;

/**
 * Text clean-up shared by the HTML classes: the one call site for the project's sanitiser, and
 * whitespace collapsed the way a browser shows it.
 */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * Removes control characters that must never reach a terminal (C0 except TAB and LF, DEL, C1,
     * bidi overrides and isolates). The single switch point to {@code dev.lede.core.text.Sanitizer}.
     */
    static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Sanitised text on one line: every run of white space (NBSP included) becomes one space, ends trimmed. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        String clean = sanitize(text);
        StringBuilder out = new StringBuilder(clean.length());
        boolean space = false;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Null for blank, otherwise {@link #line(String)}: metadata is null when unknown, never "". */
    static String lineOrNull(String text) {
        String line = line(text);
        return line.isEmpty() ? null : line;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
                || c == '\u200B' || c == '\u3000' || c == '\u2009' || c == '\u202F' || c == '\u2002' || c == '\u2003';
    }

    /** Word count by white space, as the title rules use it. */
    static int words(String text) {
        String line = line(text);
        return line.isEmpty() ? 0 : line.split(" ").length;
    }
}
