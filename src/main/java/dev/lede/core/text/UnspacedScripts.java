package dev.lede.core.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, …), and Korean, whose words carry
 * their particles unspaced ("서울시의"): a search cannot split such text into words without a dictionary, so
 * every character of them is taken as a word of its own, and a run typed in a query is searched as the
 * phrase of its characters. So is a symbol (Unicode's So: an emoji, ©, ★), which stands for a word and is
 * often written against one ("launch🚀"). Both searches (the index's and the in-memory one) cut text here.
 */
public final class UnspacedScripts {

    private static final Set<UnicodeScript> SCRIPTS = EnumSet.of(
            UnicodeScript.HAN,
            UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL,
            UnicodeScript.BOPOMOFO,
            UnicodeScript.THAI,
            UnicodeScript.LAO,
            UnicodeScript.KHMER,
            UnicodeScript.MYANMAR);

    /** The lowest code point of any of these characters (the broken bar, a symbol): ASCII passes untouched. */
    private static final int LOWEST = 0xA6;

    private UnspacedScripts() {}

    /** Whether {@code codePoint} is a letter (or mark) of a script written without spaces, or a symbol. */
    public static boolean isUnspaced(int codePoint) {
        return codePoint >= LOWEST
                && (Character.getType(codePoint) == Character.OTHER_SYMBOL
                        || SCRIPTS.contains(UnicodeScript.of(codePoint)));
    }

    /**
     * {@code text} with a space on each side of every character of these scripts, so a tokenizer that
     * splits on spaces and punctuation sees each as a word; the same string when it holds none (English
     * text costs one pass and no copy).
     */
    public static String spaced(String text) {
        int first = firstUnspaced(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() * 2).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isUnspaced(c)) {
                out.append(' ').appendCodePoint(c).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static int firstUnspaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Most text is below the lowest of these scripts: one comparison a character.
            if (text.charAt(i) >= LOWEST && isUnspaced(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
