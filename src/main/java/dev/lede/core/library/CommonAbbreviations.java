package dev.lede.core.library;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that stand for common words, not names: "PM" (prime minister), "CEO", "MPs", "TV", "HQ". Written in
 * capitals, they read as names, so a related line's "Varenne PM" was required as a name no article holds where the
 * article says "Varenne's prime minister". {@link #lowered} writes them in lower case before a line or an article is
 * read, so each is a word with WordNet's synonyms ("PM": "prime minister", "premier"). Which they are is WordNet's
 * answer, not a list of ours: the abbreviations of two to five capitals that share a sense with a lower-case word,
 * written out by {@code WordNetTableGenerator}. One that names only a proper thing ("UN", "EU", "UK") stays a name,
 * and so does a Roman numeral ("Elizabeth II").
 */
final class CommonAbbreviations {

    /** The list beside the WordNet table, one lower-case abbreviation a line. */
    static final String RESOURCE = "wordnet-3.1-abbreviations.txt";

    private CommonAbbreviations() {}

    /**
     * The text with each such abbreviation in lower case, a plural's "s" kept ("MPs" → "mps"); the text itself when
     * it has none, as most have (two capitals in a row are looked for first).
     */
    static String lowered(String text) {
        if (!hasTwoCapitalsInARow(text)) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int capitals = i - start;
            if (capitals > 2 && text.charAt(i - 1) == 's') {
                capitals--; // a plural: "MPs"
            }
            if (capitals >= 2 && capitals <= 5 && allCapitals(text, start, start + capitals)) {
                String word = text.substring(start, start + capitals).toLowerCase(Locale.ROOT);
                if (Loaded.WORDS.contains(word)) {
                    out = out == null ? new StringBuilder(text) : out;
                    out.replace(start, start + capitals, word);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether two capitals stand together somewhere in {@code text}: without, it holds no word in capitals. */
    static boolean hasTwoCapitalsInARow(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (isCapital(text.charAt(i)) && isCapital(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitals(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isCapital(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Read on first use only (the holder idiom); without the list no abbreviation is lowered. */
    private static final class Loaded {
        static final Set<String> WORDS = WordNetTableFormat.readList(RESOURCE);
    }
}
