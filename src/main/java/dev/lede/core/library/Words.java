package dev.lede.core.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How headlines and bodies are cut into words: the normalised form used for exact headline matches,
 * the surface tokens the search index uses, and the light stems the headline matcher compares.
 */
final class Words {

    /** Function words that say nothing about which story a headline names. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "into", "onto", "is", "are", "was", "were", "be", "been", "being", "will", "would", "has",
            "have", "had", "her", "his", "their", "its", "it", "this", "that", "these", "those", "after",
            "about", "over", "up", "out", "s", "he", "she", "they", "him", "them", "who", "what", "why",
            "how", "than", "then", "so", "not", "no", "new", "amid", "during", "while", "just");

    /** Irregular past tenses common in headlines, mapped to their present stem. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("spoke", "speak"), Map.entry("broke", "break"), Map.entry("said", "say"),
            Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("took", "take"),
            Map.entry("gave", "give"), Map.entry("made", "mak"), Map.entry("won", "win"),
            Map.entry("went", "go"), Map.entry("came", "com"), Map.entry("left", "leav"),
            Map.entry("led", "lead"), Map.entry("ran", "run"), Map.entry("saw", "see"),
            Map.entry("wrote", "writ"), Map.entry("sang", "sing"), Map.entry("began", "begin"),
            Map.entry("met", "meet"), Map.entry("quit", "quit"), Map.entry("chose", "choos"),
            Map.entry("hit", "hit"), Map.entry("lost", "los"), Map.entry("found", "find"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
            Map.entry("fell", "fall"), Map.entry("sold", "sell"), Map.entry("bought", "buy"), Map.entry("held", "hold"));

    private Words() {
    }

    /**
     * The form two headlines are compared in for an exact match: NFKC, case folded, typographic quotes
     * and dashes made plain, punctuation turned into spaces, runs of spaces collapsed.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue; // "year’s" and "year's" and "years" become one word
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space && Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.append(' ');
                space = true;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Lower-case words without diacritics ("Jovanović" → "jovanovic"), for search. */
    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(normalise(text), Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == ' ') {
                flush(word, words);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    /** Tokens without stop words, reduced to light stems so "talks", "talked" and "talking" agree. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(text)) {
            if (!STOP_WORDS.contains(token)) {
                out.add(stem(token));
            }
        }
        return out;
    }

    static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }

    static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        int n = word.length();
        if (n <= 3 || !Character.isLetter(word.charAt(n - 1))) {
            return word;
        }
        String base = word;
        if ((word.endsWith("ies") || word.endsWith("ied")) && n > 4) {
            base = word.substring(0, n - 3) + "y";
        } else if (word.endsWith("ing") && n > 5) {
            base = undouble(word.substring(0, n - 3));
        } else if (word.endsWith("ed") && n > 4) {
            base = undouble(word.substring(0, n - 2));
        } else if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            base = word.substring(0, n - 2);
        } else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            base = word.substring(0, n - 1);
        }
        // "teases"/"teased" and "celebrate"/"celebrated" meet once a final e goes.
        if (base.length() > 3 && base.endsWith("e") && !base.endsWith("ee")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private static String undouble(String base) {
        int n = base.length();
        if (n >= 3 && base.charAt(n - 1) == base.charAt(n - 2) && "lszaeiou".indexOf(base.charAt(n - 1)) < 0) {
            return base.substring(0, n - 1);
        }
        return base;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032';
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
