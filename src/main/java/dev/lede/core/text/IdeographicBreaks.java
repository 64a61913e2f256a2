package dev.lede.core.text;

import java.lang.Character.UnicodeScript;

/**
 * Where a line may break without a space: between the characters of Chinese and Japanese, which have no
 * spaces between words (Unicode's line-breaking class ID, UAX #14), except before closing punctuation, small
 * kana and the prolonged sound mark, and after opening punctuation (the kinsoku rules). Korean and Thai are
 * left to their spaces: Korean spaces its words, Thai needs a dictionary.
 */
final class IdeographicBreaks {

    /** Never at the start of a line: closing brackets and quotes, stops, commas, small kana, iteration marks. */
    private static final String NO_BREAK_BEFORE =
            "、。，．：；！？）」』】〕〉》］｝〙〗〟・ー〜～々〻ゝゞヽヾ" + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" + ",.:;!?)]}%’”…‥";

    /** Never at the end of a line: opening brackets and quotes. */
    private static final String NO_BREAK_AFTER = "（「『【〔〈《［｛〘〖〝([{‘“";

    private IdeographicBreaks() {}

    /** Whether a line may break between {@code before} and {@code after}, two adjacent code points, with no space. */
    static boolean between(int before, int after) {
        if (!isIdeographic(before) && !isIdeographic(after)) {
            return false;
        }
        return NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0;
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
