package dev.lede.core.library;

/**
 * A word of a related headline as {@link HeadlineMatcher} weighs it: its own term id (-1 when no entry
 * uses it), the ids of its related forms, its weight, the term, and the word as written when WordNet may
 * be asked about it (null for names and numbers).
 */
final class QueryTerm {

    private final int id;
    private final int[] related;
    private final double weight;
    private final String term;
    private final String surface;
    /** Its WordNet relations in use, once asked for. */
    private WordNetInUse.Lexical lexical;

    QueryTerm(int id, int[] related, double weight, String term, String surface) {
        this.id = id;
        this.related = related;
        this.weight = weight;
        this.term = term;
        this.surface = surface;
    }

    int id() {
        return id;
    }

    int[] related() {
        return related;
    }

    double weight() {
        return weight;
    }

    String term() {
        return term;
    }

    String surface() {
        return surface;
    }

    /** The word's WordNet synonyms and antonyms in use, looked up once per query. */
    WordNetInUse.Lexical lexical(WordNetInUse wordNet, int limit) {
        if (lexical == null) {
            lexical = wordNet.lexical(surface, limit);
        }
        return lexical;
    }
}
