package dev.lede.core.text;

import java.util.ArrayList;
import java.util.List;

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
        // Cluster by cluster, as Columns.width measures the line: a flag or an emoji sequence is never halved.
        int columns = 0;
        int i = 0;
        while (i < text.length()) {
            int end = Graphemes.clusterEnd(text, i);
            int w = Columns.clusterWidth(text, i, end);
            if (columns + w > width) {
                break;
            }
            columns += w;
            i = end;
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
        // Clusters are found from the start (where one begins is known only from before it), kept from the end.
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i = Graphemes.clusterEnd(text, i)) {
            starts.add(i);
        }
        int columns = 0;
        int kept = text.length();
        for (int c = starts.size() - 1; c >= 0; c--) {
            int w = Columns.clusterWidth(text, starts.get(c), kept);
            if (columns + w > room) {
                break;
            }
            columns += w;
            kept = starts.get(c);
        }
        return (room < width ? mark : "") + text.substring(kept);
    }

    /** {@code text} followed by spaces up to {@code width} columns (cut first when longer). */
    public static String pad(String text, int width) {
        String fitted = fit(text, width);
        return fitted + " ".repeat(Math.max(0, width - Columns.width(fitted)));
    }
}
