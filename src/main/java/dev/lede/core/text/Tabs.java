package dev.lede.core.text;

/** Tab expansion to stops every 8 display columns, the one rule for pre text, feed text and the wrapper. */
public final class Tabs {

    private static final int TAB_STOP = 8;

    private Tabs() {}

    /** {@code text} with each TAB replaced by spaces up to the next stop; columns restart after LF. */
    public static String expand(String text) {
        if (text == null || text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.appendCodePoint(cp);
                column = cp == '\n' ? 0 : column + Columns.width(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
