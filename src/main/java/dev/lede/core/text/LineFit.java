package dev.lede.core.text;

/**
 * One line into a width: the longest start of a text that fits in so many columns (by {@link Columns}),
 * with or without a mark where it was cut, or padded out to the width. {@link Wrap} breaks text into
 * lines; this fits a line that is not to be broken (a headline in the list, a table cell, a code line).
 */
public final class LineFit {

    private static final String ELLIPSIS = "…";

    private LineFit() {}

    /** The longest start of {@code text} that fits in {@code width} columns, ending in … when cut. */
    public static String cut(String text, int width) {
        return cut(text, width, ELLIPSIS);
    }

    /** As {@link #cut(String, int)}, ending in {@code mark} (left out where it alone would not fit). */
    public static String cut(String text, int width, String mark) {
        if (width <= 0) {
            return "";
        }
        if (Columns.width(text) <= width) {
            return text;
        }
        int markWidth = Columns.width(mark);
        return markWidth > width ? fit(text, width) : fit(text, width - markWidth) + mark;
    }

    /** The longest start of {@code text} that fits in {@code width} columns, cut without a mark. */
    public static String fit(String text, int width) {
        int columns = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = Columns.width(cp);
            if (columns + w > width) {
                break;
            }
            columns += w;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /**
     * The longest end of {@code text} that fits in {@code width} columns, {@code mark} in front where the
     * start was cut: a line being typed, whose end is where the typing is.
     */
    public static String cutStart(String text, int width, String mark) {
        if (width <= 0) {
            return "";
        }
        if (Columns.width(text) <= width) {
            return text;
        }
        int room = Columns.width(mark) > width ? width : width - Columns.width(mark);
        int columns = 0;
        int i = text.length();
        while (i > 0) {
            int cp = text.codePointBefore(i);
            int w = Columns.width(cp);
            if (columns + w > room) {
                break;
            }
            columns += w;
            i -= Character.charCount(cp);
        }
        return (room < width ? mark : "") + text.substring(i);
    }

    /** {@code text} followed by spaces up to {@code width} columns (cut first when longer). */
    public static String pad(String text, int width) {
        String fitted = fit(text, width);
        return fitted + " ".repeat(Math.max(0, width - Columns.width(fitted)));
    }
}
