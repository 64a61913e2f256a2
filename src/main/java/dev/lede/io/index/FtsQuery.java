package dev.lede.io.index;

import dev.lede.core.library.SearchWords;
import dev.lede.core.text.UnspacedScripts;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, as an FTS5 query that cannot be a syntax error: every word quoted as a string (so
 * {@code AND}, {@code NEAR}, column filters, {@code ^}, {@code *} and quotes are plain text), all words
 * required, the last one also matched as a prefix unless the query ends with a space — the same rules as
 * typed search has always had. A word of a script written without spaces ({@link UnspacedScripts}) is the
 * phrase of its characters, as the index holds them.
 */
final class FtsQuery {

    private FtsQuery() {}

    /** The MATCH expression, or null when the query holds no word (only spaces or punctuation): it finds nothing. */
    static String of(String typed) {
        List<String> words = words(typed);
        return words.isEmpty() ? null : of(words, endsInPrefix(typed));
    }

    /** Every one of {@code words} required, each whole, the last also as a prefix when {@code lastIsPrefix}. */
    static String of(List<String> words, boolean lastIsPrefix) {
        StringBuilder out = new StringBuilder(16 * words.size());
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append('"').append(quoted(words.get(i))).append('"');
        }
        if (lastIsPrefix) {
            out.append('*');
        }
        return out.toString();
    }

    /**
     * True when the last word is still being typed (the query does not end with a space): it matches as a
     * prefix. Not after a character of a script written without spaces: that is a word of its own already.
     */
    static boolean endsInPrefix(String typed) {
        if (typed.isEmpty()) {
            return false;
        }
        int last = typed.codePointBefore(typed.length());
        return !Character.isWhitespace(last) && !UnspacedScripts.isUnspaced(last);
    }

    /**
     * Any of the words of {@code typed} but stop words ("or", "the"), each whole: the fallback for a long
     * query nothing holds whole; null without such a word.
     */
    static String anyOf(String typed) {
        List<String> content = new ArrayList<>();
        for (String word : words(typed)) {
            if (!SearchWords.isStopWord(word)) {
                content.add(word);
            }
        }
        return content.isEmpty() ? null : anyOf(content);
    }

    /** Any of {@code words}, each whole. */
    static String anyOf(List<String> words) {
        StringBuilder out = new StringBuilder(16 * words.size());
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " OR ")
                    .append('"')
                    .append(quoted(word))
                    .append('"');
        }
        return out.toString();
    }

    /** The inside of a quoted FTS5 string: a run of a script written without spaces spelled as the index holds it. */
    private static String quoted(String word) {
        return UnspacedScripts.spaced(word).replace("\"", "\"\"");
    }

    /**
     * Runs of letters, digits, marks, private-use characters and symbols: what FTS5's unicode61 tokenizer
     * keeps as token characters (IndexSchema names its categories). Everything else separates words, as it does in the index.
     */
    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            if (isWordCharacter(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(typed.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(typed.substring(start));
        }
        return words;
    }

    private static boolean isWordCharacter(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.PRIVATE_USE,
                    Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
