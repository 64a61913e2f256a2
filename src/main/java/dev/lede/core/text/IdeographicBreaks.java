package dev.lede.core.text;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a line may break without a space: between the characters of Chinese and Japanese, which have no spaces
 * between words, as the JDK's line-break rules (Unicode's UAX #14) have it: not before closing punctuation, small
 * kana or the prolonged sound mark, nor after opening punctuation (the kinsoku rules). Only where one side is Han,
 * kana, bopomofo or CJK punctuation: Korean and Thai are left to their spaces (Korean spaces its words; the JDK's
 * Thai breaks need its dictionary), and every other script breaks at spaces as before.
 */
final class IdeographicBreaks {

    /** The JDK's line-break rules, one instance a thread: a BreakIterator keeps the text it was given. */
    private static final ThreadLocal<BreakIterator> LINES =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(Locale.ROOT));

    private IdeographicBreaks() {}

    /** Whether a line may break between {@code before} and {@code after}, two adjacent code points, with no space. */
    static boolean between(int before, int after) {
        if (!isIdeographic(before) && !isIdeographic(after)) {
            return false;
        }
        String pair = new StringBuilder(4)
                .appendCodePoint(before)
                .appendCodePoint(after)
                .toString();
        BreakIterator lines = LINES.get();
        lines.setText(pair);
        return lines.isBoundary(Character.charCount(before));
    }

    /** Han, kana, bopomofo, and the fullwidth punctuation written among them. */
    private static boolean isIdeographic(int c) {
        if (c < 0x2E80) {
            return false; // Latin, Greek, Cyrillic and the rest: one comparison
        }
        if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)) {
            return true; // CJK symbols and punctuation, fullwidth forms
        }
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.BOPOMOFO;
    }
}
