package dev.lede.core.text;

/**
 * A headline made from a text that has none (a page without a title, a feed item without one): its start,
 * cut after a whole word, or between two user-perceived characters when no space is near, never inside an
 * emoji or a letter with its accents, and marked "…" where it was cut (a comma or dash before it dropped).
 */
public final class ShortText {

    private static final String ELLIPSIS = "…";

    private ShortText() {}

    /**
     * {@code text} when it has at most {@code max} characters (UTF-16 units); else its start of at most
     * {@code max} characters up to the last space in their second half, or up to the last
     * {@link Graphemes} boundary when there is none, followed by "…".
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > max / 2 ? space : lastBoundaryAtMost(text, max);
        return withoutTrailingJoints(text.substring(0, end)) + ELLIPSIS;
    }

    /** "board, …" or "board —…" reads as "board…": a comma or dash before the cut led to what was cut. */
    private static String withoutTrailingJoints(String start) {
        int end = start.length();
        while (end > 0
                && (Character.isWhitespace(start.charAt(end - 1)) || ",;:-–—".indexOf(start.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 ? start : start.substring(0, end);
    }

    private static int lastBoundaryAtMost(String text, int max) {
        int end = 0;
        while (end < text.length()) {
            int next = Graphemes.nextBoundary(text, end);
            if (next > max) {
                break;
            }
            end = next;
        }
        if (end == 0) { // one "character" longer than the whole: cut between code points instead
            end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        }
        return end;
    }
}
