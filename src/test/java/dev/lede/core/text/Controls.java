package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fuzz tests' oracle for "safe to draw": no C0 control (TAB and LF only where a field may span
 * lines), no DEL, no C1 control, no bidi override, isolate or mark, no lone surrogate.
 */
public final class Controls {

    private Controls() {}

    /** Fails naming {@code field} and the first forbidden character of a one-row string. */
    public static void assertOneLine(String field, String text) {
        check(field, text, false);
    }

    /** Fails naming {@code field} and the first forbidden character of a multi-line string. */
    public static void assertMultiLine(String field, String text) {
        check(field, text, true);
    }

    private static void check(String field, String text, boolean multiLine) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
                continue;
            }
            if (forbidden(c, multiLine)) {
                fail(String.format("%s holds U+%04X at %d: %s", field, (int) c, i, abbreviated(text)));
            }
        }
    }

    static boolean forbidden(char c, boolean multiLine) {
        if (c < 0x20) {
            return !(multiLine && (c == '\n' || c == '\t'));
        }
        return c >= 0x7F && c <= 0x9F
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || Character.isSurrogate(c);
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        StringBuilder out = new StringBuilder();
        shown.chars()
                .forEach(c -> out.append(
                        c < 0x20 || c >= 0x7F && c <= 0x9F ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
