package dev.lede.core.parse;

import java.util.function.IntPredicate;

/** Text with each run of spaces made one, none at its ends: how a line of plain text and an HTML text node flow. */
public final class SpaceRuns {

    private SpaceRuns() {}

    /**
     * Appends {@code text} to {@code out} with each run of {@code space} characters made one space, none
     * leading or trailing; separated from what {@code out} already holds by one space when there is any.
     */
    public static void appendCollapsed(StringBuilder out, CharSequence text, IntPredicate space) {
        boolean pending = out.length() > 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (space.test(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                out.append(c);
            }
        }
    }
}
