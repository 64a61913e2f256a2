package dev.lede.core.text;

/**
 * Display width in terminal columns, the one function the wrapper and the painter share
 * (TERMINAL.md point 9): wide East Asian characters and emoji take two columns, combining marks and
 * zero-width characters none.
 */
public final class Columns {

    private Columns() {
    }

    /** Columns taken by one code point. */
    public static int width(int codePoint) {
        // First version: every printable code point is one column. Replaced by the East Asian Width table.
        return Character.getType(codePoint) == Character.NON_SPACING_MARK ? 0 : 1;
    }

    /** Columns taken by a whole string. */
    public static int width(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            columns += width(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }
}
