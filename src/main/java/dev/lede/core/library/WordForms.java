// Over 300 lines: how text is cut into words and folded (normalised forms, search tokens, light stems), kept together
// so the three agree.
package dev.lede.core.library;

import dev.lede.core.text.UnspacedScripts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How headlines and bodies are cut into words: the normalised form used for exact headline matches,
 * the surface tokens the search index uses, and the light stems {@link HeadlineTerms} builds on.
 */
final class WordForms {

    /** Function words that say nothing about which story a headline names. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "into", "onto", "is", "are", "was", "were", "be", "been", "being", "will", "would", "has", "have", "had",
            "her", "his", "their", "its", "it", "this", "that", "these", "those", "after", "about", "over", "up", "out",
            "s", "he", "she", "they", "him", "them", "who", "what", "why", "how", "than", "then", "so", "not", "no",
            "new", "amid", "during", "while", "just");

    /** Irregular past forms common in headlines, mapped to the verb they come from. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"),
            Map.entry("broke", "break"),
            Map.entry("broken", "break"),
            Map.entry("said", "say"),
            Map.entry("says", "say"),
            Map.entry("told", "tell"),
            Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("gave", "give"),
            Map.entry("given", "give"),
            Map.entry("made", "make"),
            Map.entry("won", "win"),
            Map.entry("went", "go"),
            Map.entry("gone", "go"),
            Map.entry("came", "come"),
            Map.entry("left", "leave"),
            Map.entry("led", "lead"),
            Map.entry("ran", "run"),
            Map.entry("saw", "see"),
            Map.entry("seen", "see"),
            Map.entry("wrote", "write"),
            Map.entry("written", "write"),
            Map.entry("sang", "sing"),
            Map.entry("sung", "sing"),
            Map.entry("began", "begin"),
            Map.entry("begun", "begin"),
            Map.entry("met", "meet"),
            Map.entry("chose", "choose"),
            Map.entry("chosen", "choose"),
            Map.entry("lost", "lose"),
            Map.entry("found", "find"),
            Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"),
            Map.entry("fell", "fall"),
            Map.entry("fallen", "fall"),
            Map.entry("sold", "sell"),
            Map.entry("bought", "buy"),
            Map.entry("held", "hold"),
            Map.entry("stole", "steal"),
            Map.entry("stolen", "steal"),
            Map.entry("drew", "draw"),
            Map.entry("drawn", "draw"),
            Map.entry("died", "die"),
            Map.entry("shot", "shoot"),
            Map.entry("fled", "flee"),
            Map.entry("flew", "fly"),
            Map.entry("flown", "fly"),
            Map.entry("struck", "strike"),
            Map.entry("sank", "sink"),
            Map.entry("sunk", "sink"),
            Map.entry("froze", "freeze"),
            Map.entry("frozen", "freeze"),
            Map.entry("sought", "seek"),
            Map.entry("fought", "fight"),
            Map.entry("caught", "catch"),
            Map.entry("taught", "teach"),
            Map.entry("thought", "think"),
            Map.entry("brought", "bring"),
            Map.entry("kept", "keep"),
            Map.entry("felt", "feel"),
            Map.entry("meant", "mean"),
            Map.entry("built", "build"),
            Map.entry("sent", "send"),
            Map.entry("spent", "spend"),
            Map.entry("paid", "pay"),
            Map.entry("laid", "lay"),
            Map.entry("grew", "grow"),
            Map.entry("grown", "grow"),
            Map.entry("knew", "know"),
            Map.entry("known", "know"),
            Map.entry("threw", "throw"),
            Map.entry("thrown", "throw"),
            Map.entry("drove", "drive"),
            Map.entry("driven", "drive"),
            Map.entry("beaten", "beat"),
            Map.entry("stood", "stand"),
            Map.entry("became", "become"),
            Map.entry("wore", "wear"),
            Map.entry("worn", "wear"),
            Map.entry("hid", "hide"),
            Map.entry("hidden", "hide"),
            Map.entry("rode", "ride"),
            Map.entry("ridden", "ride"),
            Map.entry("swam", "swim"),
            Map.entry("woke", "wake"),
            Map.entry("forgave", "forgive"),
            Map.entry("forgiven", "forgive"),
            Map.entry("lent", "lend"),
            Map.entry("dealt", "deal"),
            Map.entry("slid", "slide"),
            Map.entry("shut", "shut"),
            Map.entry("quit", "quit"),
            Map.entry("hit", "hit"),
            Map.entry("set", "set"),
            Map.entry("cut", "cut"));

    /** British and American spellings in one form, so "criticize"/"criticise" and "harbor"/"harbour" meet. */
    private static final Pattern IZE = Pattern.compile("(?<=.{4})iz(e|es|ed|ing|ation|ations)$");

    private static final Pattern OUR = Pattern.compile("(?<=.{2}[^aeiouh])our(s|ed|ing|ite|ites|able|ful)?$");
    private static final Pattern TRE = Pattern.compile("(?<=.{2}[tb])re(s)?$");

    private WordForms() {}

    /**
     * The form two headlines are compared in for an exact match: NFKC, case folded, typographic quotes
     * and dashes made plain, punctuation turned into spaces, runs of spaces collapsed.
     */
    static String normalise(String text) {
        String plain = normalisedPlain(text);
        return plain != null ? plain : normaliseUnicode(text);
    }

    /** {@link #normalise} for any text: the general path, kept apart so tests can hold the two side by side. */
    static String normaliseUnicode(String text) {
        return normaliseUnicode(text, false);
    }

    /** {@link #normaliseUnicode}, keeping symbols (emoji, ©) as words when {@code symbols}: search finds them. */
    private static String normaliseUnicode(String text, boolean symbols) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue; // "year’s" and "year's" and "years" become one word
            }
            if (Character.isLetterOrDigit(cp) || symbols && Character.getType(cp) == Character.OTHER_SYMBOL) {
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

    /**
     * {@link #normalise} for text of ASCII and typographic quotes and dashes only (most headlines and
     * ledes), without NFKC, case mapping or code points: those characters are NFKC-stable and ASCII
     * letters lower-case alone. Null when the text holds anything else.
     */
    private static String normalisedPlain(String text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        boolean space = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                space = false;
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018') {
                continue; // apostrophes vanish, as in normalise
            } else if (c < 0x80 || c == '\u201C' || c == '\u201D' || c == '\u2013' || c == '\u2014') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                return null;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** Lower-case words without diacritics ("Jovanović" → "jovanovic"), for search. */
    static List<String> tokens(String text) {
        return tokens(text, false);
    }

    /** {@link #tokens} with every character of a script written without spaces a word of its own ({@link UnspacedScripts}). */
    static List<String> spacedTokens(String text) {
        return tokens(text, true);
    }

    private static List<String> tokens(String text, boolean spaced) {
        String plainText = normalisedPlain(text);
        String normalised = plainText != null ? plainText : normaliseUnicode(text, spaced);
        if (isAsciiWords(normalised)) {
            return splitOnSpaces(normalised); // nothing to decompose, strip or space
        }
        String plain =
                Normalizer.normalize(spaced ? UnspacedScripts.spaced(normalised) : normalised, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean unspacedBase = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == ' ') {
                flush(word, words);
                unspacedBase = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                word.append(c);
                unspacedBase = UnspacedScripts.isUnspaced(c);
            } else if (spaced && unspacedBase) {
                // For search, a Japanese voicing mark tells が from か, as the index does (it keeps が whole);
                // the headline matcher keeps its own folding.
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static boolean isAsciiWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitOnSpaces(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
            if (space > start) {
                words.add(text.substring(start, space));
            }
            start = space + 1;
        }
        if (start < text.length()) {
            words.add(text.substring(start));
        }
        return words;
    }

    static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }

    static String stem(String token) {
        String irregular = IRREGULAR.get(token);
        String word = irregular != null ? irregular : spelledBritish(token);
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

    /**
     * A lemma in the one spelling {@link #stem} gives both sides of the Atlantic ("criticise" for "criticize", "rumor"
     * for "rumour"), so a list written in one spelling is asked in the other.
     */
    static String oneSpelling(String lemma) {
        return spelledBritish(lemma);
    }

    /** One spelling for both sides of the Atlantic: -ise, -or, -er ("centre" and "center" agree). */
    private static String spelledBritish(String word) {
        if (word.length() < 6) {
            return word;
        }
        // Each pattern needs its letters: most words skip the regular expressions.
        String out = word.contains("iz") ? IZE.matcher(word).replaceFirst("is$1") : word;
        out = out.contains("our") ? OUR.matcher(out).replaceFirst("or$1") : out;
        return out.endsWith("re") || out.endsWith("res") ? TRE.matcher(out).replaceFirst("er$1") : out;
    }

    private static String undouble(String base) {
        int n = base.length();
        if (n > 5 && base.endsWith("ell")) {
            return base.substring(0, n - 1); // "cancelled", "travelling": British doubling of l
        }
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
