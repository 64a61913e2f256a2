package dev.lede.core.text;

/**
 * Display width in terminal columns, the one function the wrapper and the painter share
 * (docs/terminal.md, "Widths"): wide East Asian characters and emoji take two columns, combining marks and
 * zero-width characters none, and a grapheme cluster (a flag, a ZWJ emoji sequence, a letter with its
 * accents) is measured as one character.
 */
public final class Columns {

    private static final char VARIATION_SELECTOR_EMOJI = 0xFE0F;

    private Columns() {}

    /** Columns taken by one code point on its own: 0, 1 or 2. Control characters take none. */
    public static int width(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        if (codePoint < 0x0300) {
            return 1; // Latin fast path: nothing below U+0300 is wide or combining (U+00AD aside, kept as 1 like
            // wcwidth)
        }
        if (WidthTable.contains(WidthTable.ZERO, codePoint)) {
            return 0;
        }
        if (WidthTable.contains(WidthTable.WIDE, codePoint)) {
            return 2;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return 1;
    }

    /** Columns taken by a whole string, measured cluster by cluster. */
    public static int width(CharSequence text) {
        int columns = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20
                    && c < 0x300
                    && c != 0x7F
                    && !(c >= 0x80 && c < 0xA0)
                    && (i + 1 == text.length() || text.charAt(i + 1) < 0x300)) {
                columns++; // fast path: a Latin character not followed by a mark is one cluster of one column
                i++;
                continue;
            }
            int end = Graphemes.nextBoundary(text, i);
            columns += clusterWidth(text, i, end);
            i = end;
        }
        return columns;
    }

    /** Columns taken by one grapheme cluster, as {@link Graphemes#split} returns them. */
    public static int clusterWidth(CharSequence cluster) {
        return cluster.length() == 0 ? 0 : clusterWidth(cluster, 0, cluster.length());
    }

    /** Columns taken by the cluster {@code text[start, end)}, as {@link Graphemes#nextBoundary} ends it. */
    static int clusterWidth(CharSequence text, int start, int end) {
        int first = Character.codePointAt(text, start);
        int base = width(first);
        if (end - start == Character.charCount(first)) {
            return base;
        }
        if (Graphemes.isRegionalIndicator(first)) {
            return 2; // a pair of regional indicators is a flag
        }
        if (base == 1 && Graphemes.isPictographic(first) && contains(text, start, end, VARIATION_SELECTOR_EMOJI)) {
            return 2; // text-default emoji asked for emoji presentation (U+2764 U+FE0F)
        }
        // Marks, modifiers and ZWJ-joined emoji add nothing to the base's width; spacing marks (Mc, as in
        // Devanagari) take a column of their own, as wcwidth and the terminals count them.
        int columns = base;
        for (int i = start + Character.charCount(first); i < end; ) {
            int cp = Character.codePointAt(text, i);
            if (Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                columns += width(cp);
            }
            i += Character.charCount(cp);
        }
        return columns;
    }

    private static boolean contains(CharSequence text, int start, int end, char wanted) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == wanted) {
                return true;
            }
        }
        return false;
    }
}
