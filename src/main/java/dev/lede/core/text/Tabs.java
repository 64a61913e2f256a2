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
        int run = 0; // where the text since the last tab or line end starts: measured whole, cluster by cluster
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                String before = text.substring(run, i);
                out.append(before);
                column += Columns.width(before);
                if (c == '\t') {
                    int spaces = TAB_STOP - column % TAB_STOP;
                    out.append(" ".repeat(spaces));
                    column += spaces;
                } else {
                    out.append('\n');
                    column = 0;
                }
                run = i + 1;
            }
        }
        return out.append(text, run, text.length()).toString();
    }
}
