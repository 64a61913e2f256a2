// Over 300 lines: every rule of what a headline's capitals and names say (runs, pairs, quoted titles, opening words,
// title case, the names an article writes) reads the same split words, and each rule is short.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a headline names, as the matcher's terms: runs of capitalised words ("tom bianchi"), lone names
 * inside a line, titles in quotes, and an opening word no dictionary knows. A title-case headline
 * ("Star Talks About Her Exit") names nothing by its capitals.
 */
final class HeadlineNames {

    /** A span in quotes: "‘Paper Kites’", "\"The Copper Field\"" (an apostrophe inside a word opens none). */
    private static final Pattern QUOTED =
            Pattern.compile("(?:^|(?<=[\\s(]))['‘\"“]([^'’\"”]{1,80}?)['’\"”](?=$|[\\s,.:;!?)])");
    /** A contraction's ending: "I'm", "we're", "don't", "they'll", "I've", "she'd". */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}['’](?:m|re|ve|ll|d|t)\\W*$");
    /** "Wren’s" names Wren; quotes before a word ("‘Paper Kites’") hide no capital. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?=\\W*$)");

    /**
     * Runs of spaces between words, compiled once: {@code String.split("\\s+")} compiles its pattern at
     * every call, and a first {@code lede list} splits each headline four times for every related headline
     * it resolves (docs/performance.md, "Where a first run goes").
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The pronouns of the first and second person, a closed class of English (the third person's are stop
     * words): a quotation or a column opens with them, and they are never a name.
     */
    private static final Set<String> FIRST_AND_SECOND_PERSON =
            Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours");

    private static final String EN_DASH = "\u2013";

    /** A hyphen between a capitalised part and the next ("Point-Abermoor"), not inside a lower-case word. */
    private static final Pattern HYPHENED_NAMES = Pattern.compile("(?<=\\p{Lu}\\p{Ll}{0,40})-(?=\\p{Lu})");

    private static final String QUOTES = "\"'‘“";

    private static final String OPENING_PUNCTUATION = "\"'‘“([";

    /**
     * The names a text holds, as terms: each pair of neighbouring capitalised words ("tom bianchi"), and
     * for a query also a lone capitalised word inside the sentence. Title-case queries name nothing. For an
     * entry also each pair one word apart ("mayor quint" in "Mayor Dolores Quint": a headline shortens a
     * name to its title and surname), and which of its name words come first or last in a run
     * ({@link #beforeName}, {@link #afterName}). An en dash joins two names ("Cray–Pellow line"), a hyphen
     * makes one ("Lindgren-Moss").
     */
    static List<String> namePairs(String text, boolean query) {
        String[] raw = SPACES.split(text.strip());
        List<String> names = new ArrayList<>();
        if (query && isTitleCase(raw)) {
            return names;
        }
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int runWords = 0;
        boolean inside = false;
        for (int i = 0; i <= raw.length; i++) {
            boolean name = i < raw.length && isCapitalised(raw[i]);
            if (name) {
                if (runWords == 0) {
                    runStart = i;
                    // A quotation's first word is capitalised as a sentence's is: "“We grew apart”".
                    inside = i > 0 && QUOTES.indexOf(raw[i].charAt(0)) < 0;
                }
                runWords++;
                String[] joined = raw[i].indexOf(EN_DASH) >= 0 ? raw[i].split(EN_DASH) : new String[] {raw[i]};
                for (int part = 0; part < joined.length; part++) {
                    if (part > 0) {
                        flushRun(run, runStart == 0 && runWords == 1, inside, query, names);
                        runStart = i + 1; // a later part is inside the line, never its opening word
                        runWords = 1;
                        inside = true;
                    }
                    for (String token : WordForms.tokens(withoutPossessive(joined[part]))) {
                        if (!WordForms.isStopWord(token)) {
                            run.add(token);
                        }
                    }
                }
            }
            boolean endsRun = !name || endsWithClosing(raw[i]) || hasPossessive(raw[i]);
            if (endsRun) {
                flushRun(run, runStart == 0 && runWords == 1, inside, query, names);
                runWords = 0;
            }
        }
        return names;
    }

    /** The terms of a run of name words, then the run emptied. */
    private static void flushRun(List<String> run, boolean opening, boolean inside, boolean query, List<String> names) {
        // One capitalised word opening the line ("Boil-water warning …") is no name.
        for (int j = 1; j < run.size() && !opening; j++) {
            names.add("#" + run.get(j - 1) + " " + run.get(j));
            if (!query) {
                names.add(beforeName(run.get(j - 1)));
                names.add(afterName(run.get(j)));
                if (j >= 2) {
                    names.add("#" + run.get(j - 2) + " " + run.get(j));
                }
            }
        }
        if (query && run.size() == 1 && inside) {
            names.add(HeadlineTerms.term(run.get(0)));
        }
        run.clear();
    }

    /**
     * Whether two words opening a line begin a run of names as {@link #namePairs} reads it: both
     * capitalised, the first closing nothing.
     */
    static boolean startsName(String first, String second) {
        return isCapitalised(first)
                && isCapitalised(second)
                && !endsWithClosing(first)
                && !hasPossessive(first)
                && first.indexOf(EN_DASH) < 0;
    }

    /**
     * The headline with each hyphen between two capitalised parts of a word read as an en dash, which joins two
     * names ("Point-Abermoor" → "Point–Abermoor"); null when no word is so joined.
     */
    static String hyphenedNamesApart(String headline) {
        Matcher joined = HYPHENED_NAMES.matcher(headline);
        return joined.find() ? joined.replaceAll(EN_DASH) : null;
    }

    /** The entry term saying that {@code token} is followed by another name word in a run ("tom" of "Tom Hale"). */
    static String beforeName(String token) {
        return "#" + token + ">";
    }

    /** The entry term saying that {@code token} follows another name word in a run ("hale" of "Tom Hale"). */
    static String afterName(String token) {
        return "#>" + token;
    }

    /**
     * Whether the word ends with punctuation that closes a name run, as {@code .*[,.;:!?)\]’”]$} matches
     * it: the last character is one of those, and no line terminator (which {@code .} refuses) comes before.
     */
    static boolean endsWithClosing(String word) {
        if (word.isEmpty() || ",.;:!?)]’”".indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Only a word with an apostrophe can end in a possessive: the others skip the regular expression. */
    private static boolean hasPossessive(String word) {
        return hasApostrophe(word) && POSSESSIVE.matcher(word).find();
    }

    private static String withoutPossessive(String word) {
        return hasApostrophe(word) ? POSSESSIVE.matcher(word).replaceFirst("") : word;
    }

    private static boolean hasApostrophe(String word) {
        return word.indexOf('\'') >= 0 || word.indexOf('’') >= 0;
    }

    /**
     * The terms a rewrite of the headline keeps, so an entry lacking one is another story: its names, its
     * quoted titles, an unknown opening name, and its numbers and counts among {@code terms} (the
     * headline's terms): "£25m" is another plan than "£40m", a "second" concerto another than the "third".
     */
    static Set<String> required(String headline, Collection<String> terms) {
        Set<String> required = new LinkedHashSet<>(namePairs(headline, true));
        required.addAll(quotedTitles(headline));
        required.addAll(unknownOpeningName(headline));
        for (String term : terms) {
            if (HeadlineTerms.isNumber(term) || HeadlineTerms.isOrdinal(term)) {
                required.add(term);
            }
        }
        return required;
    }

    /**
     * The terms of each title in quotes ("‘The Copper Field’"): a quoted span whose every word but the
     * small ones is capitalised. Another title is another story, even at the head of the line, where a
     * capital says nothing. A quotation ("‘We grew apart’") is left to the words.
     */
    static List<String> quotedTitles(String headline) {
        List<String> terms = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(headline);
        while (quoted.find()) {
            String[] words = SPACES.split(quoted.group(1).strip());
            boolean title = words.length > 0;
            for (String word : words) {
                List<String> tokens = WordForms.tokens(word);
                boolean small = tokens.size() == 1 && WordForms.isStopWord(tokens.get(0));
                title &= small || isCapitalised(word);
            }
            if (title) {
                terms.addAll(HeadlineTerms.terms(quoted.group(1)));
            }
        }
        return terms;
    }

    /**
     * The terms of the headline's opening word when it is capitalised and not an English word WordNet
     * knows ("Trewarne approves sea wall"): at the head of a line a capital says nothing, but a word no
     * dictionary holds is a name there too, and another name is another story.
     */
    static List<String> unknownOpeningName(String headline) {
        String[] raw = SPACES.split(headline.strip());
        List<String> names = new ArrayList<>();
        if (raw.length < 2
                || !isCapitalised(raw[0])
                || isCapitalised(raw[1])
                || isTitleCase(raw)
                || !WordNet.available()) {
            return names; // "Old Mill Athletic …" is already a run of names
        }
        if (CONTRACTION.matcher(raw[0]).find()) {
            return names; // "I'm", "We're", "Don't": a pronoun or verb shortened, never a name
        }
        if (isFirstOrSecondPerson(WordForms.tokens(raw[0]))) {
            return names; // "'We heard a bang'", "My week on the picket line": WordNet holds no pronoun
        }
        for (String token : WordForms.tokens(withoutPossessive(raw[0]))) {
            if (!WordForms.isStopWord(token)
                    && !HeadlineTerms.isNumber(token)
                    && !WordNet.of(token).known()) {
                names.add(HeadlineTerms.term(token));
            }
        }
        return names;
    }

    /**
     * The terms of an entry's text that it writes as names, each marked ({@link #asName}): a capitalised word
     * inside a sentence, not after a sentence's end or an opening quote, in text that is not title case. A line
     * in title case says nothing by its capitals, and the library then tells which of its words are names.
     */
    static List<String> namesInside(String text) {
        String[] raw = SPACES.split(text.strip());
        List<String> names = new ArrayList<>();
        if (isTitleCase(raw)) {
            return names;
        }
        for (int i = 1; i < raw.length; i++) {
            String previous = raw[i - 1];
            boolean opensSentence = !previous.isEmpty() && ".?!:".indexOf(previous.charAt(previous.length() - 1)) >= 0;
            if (!opensSentence && isCapitalised(raw[i]) && QUOTES.indexOf(raw[i].charAt(0)) < 0) {
                for (String token : WordForms.tokens(withoutPossessive(raw[i]))) {
                    if (!WordForms.isStopWord(token)) {
                        names.add(asName(HeadlineTerms.term(token)));
                    }
                }
            }
        }
        return names;
    }

    /** The entry term saying that some entry writes {@code term} as a name ({@link #namesInside}). */
    static String asName(String term) {
        return "#=" + term;
    }

    /** Whether the words are pronouns of the first or second person ("we", "my"), never a name. */
    static boolean isFirstOrSecondPerson(Collection<String> words) {
        return FIRST_AND_SECOND_PERSON.containsAll(words);
    }

    /** The terms of the headline's capitalised words, none for a title-case headline: the likely names. */
    static Set<String> capitalisedTerms(String headline) {
        String[] raw = SPACES.split(headline.strip());
        Set<String> out = new HashSet<>();
        if (isTitleCase(raw)) {
            return out;
        }
        for (String word : raw) {
            if (isCapitalised(word)) {
                out.addAll(HeadlineTerms.terms(withoutPossessive(word)));
            }
        }
        return out;
    }

    private static boolean isCapitalised(String word) {
        int start = 0;
        while (start < word.length() && OPENING_PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        return start < word.length() && Character.isUpperCase(word.codePointAt(start));
    }

    /** Whether the headline is written in title case, so its capitals name nothing. */
    static boolean isTitleCase(String headline) {
        return isTitleCase(SPACES.split(headline.strip()));
    }

    /**
     * Whether the headline's capitals tell nothing of its names: it is written in title case (or in capitals),
     * or in lower case throughout, as some sites and feeds write theirs ("harcastle books bought by stanway").
     */
    static boolean caseSaysNothing(String headline) {
        return isTitleCase(headline)
                || opensInLowerCase(headline) && headline.codePoints().noneMatch(Character::isUpperCase);
    }

    /** Whether the line's first word, after any opening quote, starts with a lower-case letter (not a digit). */
    private static boolean opensInLowerCase(String headline) {
        String text = headline.strip();
        int start = 0;
        while (start < text.length() && OPENING_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start < text.length() && Character.isLowerCase(text.codePointAt(start));
    }

    /** "Star Talks About Her Exit": capitals say nothing about names there. */
    private static boolean isTitleCase(String[] raw) {
        int words = 0;
        int capitals = 0;
        for (String word : raw) {
            if (word.length() > 3) {
                words++;
                capitals += isCapitalised(word) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    private HeadlineNames() {}
}
