package dev.lede.core.library;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What WordNet says about a headline word, narrowed to the terms the library's entries use: its synonyms
 * and antonyms, whether it can be a verb, and its neighbours one step up or down the hierarchy, as
 * phrases of term ids of a {@link TermIndex}. Kept by word and limit, since the same words come back line
 * after line; forgotten whenever an entry is added, as a new term may be in use then.
 */
final class WordNetInUse {

    /** Phrases of term ids, each with the parts of speech it is related in ({@link WordRoles} bits). */
    record Related(int[][] phrases, int[] parts) {
        static final Related NONE = new Related(new int[0][], new int[0]);

        Related and(Related other) {
            if (other.phrases.length == 0) {
                return this;
            }
            int[][] joined = java.util.Arrays.copyOf(phrases, phrases.length + other.phrases.length);
            System.arraycopy(other.phrases, 0, joined, phrases.length, other.phrases.length);
            int[] joinedParts = java.util.Arrays.copyOf(parts, parts.length + other.parts.length);
            System.arraycopy(other.parts, 0, joinedParts, parts.length, other.parts.length);
            return new Related(joined, joinedParts);
        }
    }

    /** A word's WordNet synonyms and antonyms that entries use (phrases of term ids); whether it can be a verb. */
    record Lexical(Related synonyms, int[][] antonyms, boolean verb) {

        /**
         * The word's relations inside a verb phrase WordNet lists: both synonyms, but only the phrase's antonyms,
         * since inside it neither word means what it means alone ("back" of "looks back" is no direction, so
         * not the opposite of "ahead").
         */
        Lexical inPhrase(Lexical phrase) {
            return new Lexical(synonyms.and(phrase.synonyms), phrase.antonyms, verb || phrase.verb);
        }

        /**
         * The word's relations with those of a noun it makes with another word ("public eye"): both synonyms count, and
         * both antonyms, the word's opposite being no part of the thing the noun names.
         */
        Lexical inCompound(Lexical whole) {
            int[][] both = Arrays.copyOf(antonyms, antonyms.length + whole.antonyms.length);
            System.arraycopy(whole.antonyms, 0, both, antonyms.length, whole.antonyms.length);
            return new Lexical(synonyms.and(whole.synonyms), both, verb);
        }
    }

    /** What a verb's definitions say is so and is not ({@link VerbDefinitions.Said}), as phrases of term ids in use. */
    record Defined(int[][] soStates, int[][] notStates, int[][] soVerbs, int[][] notVerbs) {}

    private final TermIndex index;
    private final Map<String, Lexical> lexical = new ConcurrentHashMap<>();
    /** As {@link #lexical}; asked for far fewer words. */
    private final Map<String, Related> neighbours = new ConcurrentHashMap<>();
    /** As {@link #neighbours}. */
    private final Map<String, Related> otherKinds = new ConcurrentHashMap<>();
    /** As {@link #neighbours}. */
    private final Map<String, Related> sayings = new ConcurrentHashMap<>();

    private final Map<String, Related> thesaurusNouns = new ConcurrentHashMap<>();
    /** As {@link #neighbours}. */
    private final Map<String, Related> abstractNeighbours = new ConcurrentHashMap<>();
    /** As {@link #neighbours}, by the word or phrase and whether the line negates it. */
    private final Map<String, Defined> defined = new ConcurrentHashMap<>();

    WordNetInUse(TermIndex index) {
        this.index = index;
    }

    /** Forgets every answer: an entry was added. */
    void clear() {
        if (!lexical.isEmpty()
                || !neighbours.isEmpty()
                || !otherKinds.isEmpty()
                || !defined.isEmpty()
                || !sayings.isEmpty()
                || !thesaurusNouns.isEmpty()
                || !abstractNeighbours.isEmpty()) {
            lexical.clear();
            neighbours.clear();
            otherKinds.clear();
            defined.clear();
            sayings.clear();
            thesaurusNouns.clear();
            abstractNeighbours.clear();
        }
    }

    /** The word's synonyms and antonyms among the first {@code limit} entries' terms. */
    Lexical lexical(String word, int limit) {
        return lexical.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Relations relations = WordNet.of(word);
            return new Lexical(
                    index.inUse(relations.synonymTerms(), relations.synonymParts(), limit),
                    index.inUse(relations.antonymTerms(), limit),
                    relations.verb());
        });
    }

    /** The nouns naming another physical kind beside the word's ({@link WordNet#otherKinds}) among those terms. */
    Related otherKinds(String word, int limit) {
        return otherKinds.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Neighbours found = WordNet.otherKinds(word);
            return index.inUse(found.terms(), found.parts(), limit);
        });
    }

    /** What the word's definitions say ({@link QueryTerm#said}) among those terms. */
    Defined defined(QueryTerm term, int limit) {
        return defined.computeIfAbsent(term.lexicalWord() + ' ' + term.negated() + ' ' + limit, key -> {
            VerbDefinitions.Said said = term.said();
            return new Defined(
                    index.inUse(said.soStates(), limit),
                    index.inUse(said.notStates(), limit),
                    index.inUse(said.soVerbs(), limit),
                    index.inUse(said.notVerbs(), limit));
        });
    }

    /**
     * The verbs of saying the thesaurus ties to a line's verb ({@link SayingVerbs}) among those terms, as verbs; asked
     * only for a verb WordNet explains in no way.
     */
    Related sayings(String word, int limit) {
        return sayings.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Neighbours found = WordNet.sayings(word);
            return index.inUse(found.terms(), found.parts(), limit);
        });
    }

    /** The abstract nouns the thesaurus ties to the word's ({@link ThesaurusNouns}) among those terms, as nouns. */
    Related thesaurusNouns(String word, int limit) {
        return thesaurusNouns.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Neighbours found = WordNet.thesaurusNouns(word);
            return index.inUse(found.terms(), found.parts(), limit);
        });
    }

    /** The nouns one step from the abstract thing the word names ({@link WordNet#abstractNeighbours}) among those terms. */
    Related abstractNeighbours(String word, int limit) {
        return abstractNeighbours.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Neighbours found = WordNet.abstractNeighbours(word);
            return index.inUse(found.terms(), found.parts(), limit);
        });
    }

    /** The word's neighbours among the first {@code limit} entries' terms; asked only for an unexplained verb. */
    Related neighbours(String word, int limit) {
        return neighbours.computeIfAbsent(word + ' ' + limit, key -> {
            WordNet.Neighbours found = WordNet.neighbours(word);
            return index.inUse(found.terms(), found.parts(), limit);
        });
    }
}
