package dev.lede.core.library;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A capitalised English word or number opening a headline before a name ("Mayor Quint …", "Six Ashgrove
 * pupils …", "Researcher Anja Brekke …"): headlines capitalise their first word, so it may be a title, a
 * count or a role the article writes in lower case or apart from the name. Its pair with the name
 * ({@code pair}) is then met by an entry holding the pair, or holding the word and the name with neither
 * part of another name there: "Tom Hale" makes "Tom" a first name, "Bruno Mbeki" gives "Mbeki" another
 * one, and either is another person than "Tom Bianchi" or "Oscar Mbeki".
 */
record OpeningName(String pair, List<String> wordTerms, String nameTerm, String word, String name) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The headline's opening word and the name after it, when the word is one WordNet knows or a number. */
    static Optional<OpeningName> of(String headline) {
        String[] raw = SPACES.split(headline.strip(), 3);
        if (raw.length < 2 || !HeadlineNames.startsName(raw[0], raw[1])) {
            return Optional.empty(); // most headlines: asked no more
        }
        if (!WordNet.available() || HeadlineNames.isTitleCase(headline)) {
            return Optional.empty(); // a title-case headline names nothing by its capitals
        }
        List<String> first = WordForms.tokens(raw[0]);
        List<String> second = WordForms.tokens(raw[1]);
        if (first.size() != 1
                || second.isEmpty()
                || WordForms.isStopWord(first.get(0))
                || WordForms.isStopWord(second.get(0))) {
            return Optional.empty();
        }
        String word = first.get(0);
        List<String> wordTerms = HeadlineTerms.terms(raw[0]);
        boolean english = wordTerms.size() == 1
                && (HeadlineTerms.isNumber(wordTerms.get(0)) || WordNet.of(word).known());
        if (!english) {
            return Optional.empty(); // "Priya Underwood": a word no dictionary holds is a name
        }
        String name = second.get(0);
        return Optional.of(new OpeningName("#" + word + " " + name, wordTerms, HeadlineTerms.term(name), word, name));
    }

    /**
     * The term ids an entry is checked against: the pair, the word as the first of a name, the name as the
     * second of one (-1 for a term no entry has).
     */
    int[] ids(TermIndex index) {
        return new int[] {
            index.id(pair), index.id(HeadlineNames.beforeName(word)), index.id(HeadlineNames.afterName(name))
        };
    }

    /** Whether the entry at {@code position} meets the opening pair, given {@link #ids}. */
    static boolean allows(int[] ids, TermIndex index, int position, int limit) {
        if (ids[0] >= 0 && index.holds(ids[0], position, limit)) {
            return true;
        }
        return !(ids[1] >= 0 && index.holds(ids[1], position, limit))
                && !(ids[2] >= 0 && index.holds(ids[2], position, limit));
    }
}
