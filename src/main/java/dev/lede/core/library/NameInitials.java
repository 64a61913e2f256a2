package dev.lede.core.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The initials of the names an article writes out, as a headline shortens them: "Entertainment Weekly" is "EW", "The
 * Hollywood Reporter" "THR", "Real Housewives of Beverly Hills" "RHOBH" (a joining "of" counted, as here) or "RHBH"
 * (left out, as "Bank of America" is "BA" as often as "BoA"). Entity linking reads an initialism as the name whose
 * words' initials spell it; lede does the same, but only for a name the candidate article holds, so a line's "EW"
 * is held by the article that writes "Entertainment Weekly" and by no other. An initialism WordNet files as common
 * words ("PM", {@link CommonAbbreviations}) stays that word and may stand for such a name as well ({@link Query}).
 */
final class NameInitials {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String OPENING_PUNCTUATION = "\"'‘“([";
    /** Quotes, brackets and punctuation around a word, and a possessive after it ("EW's:"). */
    private static final Pattern AROUND = Pattern.compile("^[\\p{Punct}‘“’”]+|(?:['’]s)?[\\p{Punct}‘“’”]*$");
    /** One letter is no name shortened; seven or more are a title-case line's run of words, not a name's. */
    private static final int MIN_LETTERS = 2;

    private static final int MAX_LETTERS = 6;
    /**
     * The lower-case words that join the words of one name ("Bank of America", "Marks and Spencer", "Ludwig van
     * Beethoven"): English's own and the particles of the names it borrows. Any other lower-case word ends a name.
     */
    private static final Set<String> JOINING =
            Set.of("of", "and", "&", "for", "the", "de", "del", "di", "da", "du", "la", "le", "van", "von");
    /** An initialism's term is marked apart from words: "go" of "Gail Oduya" is not the verb a line writes. */
    private static final String MARK = "#^";

    private NameInitials() {}

    /** The term of an initialism as a line writes it ("EW"), or null when the word is none (two to six capitals). */
    static String termOf(String written) {
        int letters = written.length();
        if (letters < MIN_LETTERS || letters > MAX_LETTERS) {
            return null;
        }
        for (int i = 0; i < letters; i++) {
            char c = written.charAt(i);
            if (c > 0x7f || !Character.isUpperCase(c)) {
                return null;
            }
        }
        return MARK + written.toLowerCase(Locale.ROOT);
    }

    /**
     * The line's words written in capitals that may be initialisms ("EW", "RHOBH's"), from each word's term as the
     * matcher reads it ({@link HeadlineTerms#term}) to its initialism's term.
     */
    static Map<String, String> writtenIn(String line) {
        if (!CommonAbbreviations.hasTwoCapitalsInARow(line)) {
            return Map.of(); // most lines: no word to split for
        }
        Map<String, String> found = new HashMap<>();
        for (String word : SPACES.split(line.strip())) {
            String bare = AROUND.matcher(word).replaceAll("");
            String initials = termOf(bare);
            if (initials != null) {
                found.put(HeadlineTerms.term(bare.toLowerCase(Locale.ROOT)), initials);
            }
        }
        return found;
    }

    /** Whether {@code term} is an initialism's ({@link #termOf}, {@link #of}). */
    static boolean isInitialism(String term) {
        return term.startsWith(MARK);
    }

    /**
     * The matcher's terms for the initialisms of each run of capitalised words in {@code text} (a joining word between
     * two of them, "of", "and", is part of the run): the initials of every word, and, when a joining word stood in
     * the run, of the capitalised words alone and of each part it joins.
     */
    static List<String> of(String text) {
        String[] raw = SPACES.split(text.strip());
        List<String> terms = new ArrayList<>();
        StringBuilder every = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String word = raw[i];
            int initial = initial(word);
            boolean capitalised = initial >= 0 && Character.isUpperCase(initial);
            boolean joins = !capitalised
                    && capitals.length() > 0
                    && initial >= 0
                    && i + 1 < raw.length
                    && Character.isUpperCase(Math.max(0, initial(raw[i + 1])))
                    && !HeadlineNames.endsWithClosing(word)
                    && JOINING.contains(word);
            if (capitalised || joins) {
                every.appendCodePoint(Character.toLowerCase(initial));
                if (capitalised) {
                    capitals.appendCodePoint(Character.toLowerCase(initial));
                    piece.appendCodePoint(Character.toLowerCase(initial));
                } else {
                    // "Entertainment Weekly and The Hollywood Reporter": two names as well as one.
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                if (!HeadlineNames.endsWithClosing(word) && !endsWithPossessive(word)) {
                    continue;
                }
            }
            flush(every, capitals, piece, pieces, terms);
        }
        flush(every, capitals, piece, pieces, terms);
        return terms;
    }

    /**
     * The run's initialisms, and its parts' when joining words split it ("Entertainment Weekly and The Hollywood
     * Reporter").
     */
    private static void flush(
            StringBuilder every, StringBuilder capitals, StringBuilder piece, List<String> pieces, List<String> terms) {
        add(every, terms);
        if (every.length() != capitals.length()) {
            add(capitals, terms);
            pieces.add(piece.toString());
            for (String part : pieces) {
                add(part, terms);
            }
        }
        every.setLength(0);
        capitals.setLength(0);
        piece.setLength(0);
        pieces.clear();
    }

    private static void add(CharSequence initials, List<String> terms) {
        if (initials.length() >= MIN_LETTERS && initials.length() <= MAX_LETTERS) {
            terms.add(MARK + initials);
        }
    }

    /** The word's first letter after any opening quote or bracket, or -1 when it starts with no letter. */
    private static int initial(String word) {
        int start = 0;
        while (start < word.length() && OPENING_PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        if (start >= word.length()) {
            return -1;
        }
        int c = word.codePointAt(start);
        return Character.isLetter(c) ? c : -1;
    }

    private static boolean endsWithPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }
}
