package dev.lede.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into user-perceived characters (extended grapheme clusters, UAX #29, simplified): a base
 * with its combining marks, variation selectors and emoji modifiers; emoji joined by ZWJ; pairs of
 * regional indicators (flags); Hangul syllables spelled with conjoining jamo. One cluster is one cell
 * (or two) on the terminal, so the wrapper and the painter cut text only between clusters.
 */
public final class Graphemes {

    private static final int ZWJ = 0x200D;

    private Graphemes() {}

    /** The clusters of {@code text}, in order; their concatenation is {@code text}. */
    public static List<String> split(CharSequence text) {
        List<String> clusters = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = nextBoundary(text, start);
            clusters.add(text.subSequence(start, end).toString());
            start = end;
        }
        return clusters;
    }

    /**
     * As {@link #nextBoundary}, with a fast path for a Latin character followed by none that could join it:
     * the measure of nearly every character of a line.
     */
    static int clusterEnd(CharSequence text, int k) {
        char c = text.charAt(k);
        if (c < 0x300 && (k + 1 == text.length() || text.charAt(k + 1) < 0x300)) {
            return k + 1;
        }
        return nextBoundary(text, k);
    }

    /** The index just past the cluster that starts at {@code start}. */
    public static int nextBoundary(CharSequence text, int start) {
        int first = Character.codePointAt(text, start);
        int i = start + Character.charCount(first);
        int previous = first;
        int regionalIndicators = isRegionalIndicator(first) ? 1 : 0;
        while (i < text.length()) {
            int next = Character.codePointAt(text, i);
            boolean joins;
            if (isRegionalIndicator(next)) {
                joins = regionalIndicators == 1 && previous == first; // a flag is exactly two indicators
                regionalIndicators++;
            } else if (previous == ZWJ && isPictographic(next) && isPictographic(first)) {
                joins = true;
            } else {
                joins = isExtending(next) || isHangulContinuation(previous, next);
            }
            if (!joins) {
                break;
            }
            previous = next;
            i += Character.charCount(next);
        }
        return i;
    }

    /** Marks, joiners, variation selectors, emoji modifiers and tags: they never start a cluster. */
    static boolean isExtending(int codePoint) {
        if (codePoint == ZWJ || codePoint == 0x200C) {
            return true;
        }
        if ((codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0020 && codePoint <= 0xE01EF)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (codePoint >= 0x0300 && WidthTable.contains(WidthTable.ZERO, codePoint) && !isSpaceLike(codePoint));
    }

    static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    static boolean isPictographic(int codePoint) {
        return WidthTable.contains(WidthTable.PICTOGRAPHIC, codePoint);
    }

    // Zero-width spaces, bidi controls and line separators are zero columns but stand alone (UAX #29 Control).
    private static boolean isSpaceLike(int codePoint) {
        return (codePoint >= 0x200B && codePoint <= 0x200F)
                || (codePoint >= 0x2028 && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x206F)
                || codePoint == 0xFEFF;
    }

    // Conjoining jamo: leading consonants (L) and precomposed syllables take vowels (V) and finals (T).
    private static boolean isHangulContinuation(int previous, int next) {
        boolean nextIsVowelOrFinal = (next >= 0x1160 && next <= 0x11FF) || (next >= 0xD7B0 && next <= 0xD7FF);
        boolean previousIsHangul = (previous >= 0x1100 && previous <= 0x11FF)
                || (previous >= 0xAC00 && previous <= 0xD7A3)
                || (previous >= 0xA960 && previous <= 0xA97C)
                || (previous >= 0xD7B0 && previous <= 0xD7FF);
        return nextIsVowelOrFinal && previousIsHangul;
    }
}
