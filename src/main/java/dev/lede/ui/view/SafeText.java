package dev.lede.ui.view;

/**
 * Makes text that did not come through a parser (file names, problem messages) safe to draw on one
 * line: control characters, C1 controls and bidi overrides become nothing, line breaks and tabs spaces.
 */
final class SafeText {

    private SafeText() {
    }

    static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp <= 0x9f) && !isBidiControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f
                || cp == 0x061c;
    }
}
