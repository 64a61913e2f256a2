package dev.lede.core.library;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * A word of a related headline as {@link HeadlineMatcher} weighs it: its own term id (-1 when no entry
 * uses it), the ids of its related forms, its weight, the term, and the word as written when WordNet may
 * be asked about it (null for names and numbers).
 */
final class QueryTerm {

    private final int id;
    /** The id of a name the word may stand for in full ("EW" for "Entertainment Weekly"), or -1. */
    private final int standsFor;

    private final int[] related;
    private final double weight;
    private final String term;
    private final String surface;
    /** The related headline's words, split once when first asked for, for the verb phrase of a neighbour. */
    private final Supplier<List<String>> headline;
    /** The parts of speech the line's own words settle for its terms ({@link WordRoles}), read when first asked for. */
    private final Supplier<Map<String, Integer>> roles;
    /** The line's words a negation stands before ({@link Negation#negatedWords}), read when first asked for. */
    private final Supplier<Set<String>> negatedWords;
    /** What WordNet is asked about, once known: the word, or the verb phrase or noun it makes with a neighbour. */
    private String lexicalWord;
    /** Whether {@link #lexicalWord} is a noun two words make ("public eye"), once known. */
    private boolean compound;
    /** The word written after it past a determiner ({@link #wordAfter}), "" for none, once asked for. */
    private String wordAfter;
    /** What it leaves as a verb ({@link SourceRole}), once asked for. */
    private SourceRole.Leaving source;
    /** Its WordNet relations in use, once asked for. */
    private WordNetInUse.Lexical lexical;
    /** Whether it is a verb of the mind: feeling, perceiving or thinking ({@link MindVerbs}), once asked for. */
    private Boolean mind;
    /** Whether it carries a denial ({@link DenialVerbs}), once asked for. */
    private Boolean denies;
    /** What WordNet's definitions of it say ({@link VerbDefinitions}) in the library's terms, once asked for. */
    private WordNetInUse.Defined defined;

    QueryTerm(
            int id,
            int standsFor,
            int[] related,
            double weight,
            String term,
            String surface,
            Supplier<List<String>> headline,
            Supplier<Map<String, Integer>> roles,
            Supplier<Set<String>> negatedWords) {
        this.id = id;
        this.standsFor = standsFor;
        this.related = related;
        this.weight = weight;
        this.term = term;
        this.surface = surface;
        this.headline = headline;
        this.roles = roles;
        this.negatedWords = negatedWords;
    }

    /** The parts of speech the line's own words allow the word ({@link WordRoles} bits): any, unless they settle it. */
    int parts() {
        return roles.get().getOrDefault(term, WordRoles.ANY);
    }

    int id() {
        return id;
    }

    /** The id of the name the word may stand for, held as fully as the word itself, or -1 ({@link NameInitials}). */
    int standsFor() {
        return standsFor;
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

    /**
     * What WordNet is asked about besides the word: the verb phrase it makes with the word after or before
     * it when WordNet lists one ("turn down", whose synonyms are "reject" and "refuse"), else the noun it makes
     * with one of them ("public eye", whose synonym is "spotlight"; version 51), else the word.
     */
    /** Whether {@link #lexicalWord} is a noun the word makes with the one after or before it ("public eye"). */
    boolean compound() {
        lexicalWord();
        return compound;
    }

    String lexicalWord() {
        if (lexicalWord == null) {
            // Asked only of a word some candidate in doubt lacks, so the headline is split here, not per query.
            List<String> tokens = headline.get();
            int at = tokens.indexOf(surface);
            String phrase = withNeighbour(tokens, at, WordNet::verbPhrase);
            if (phrase == null) {
                // A phrase of saying only the thesaurus lists ("breaks silence"), read as one verb as WordNet's are;
                // a determiner may stand before its noun, as English writes it ("breaks her silence").
                phrase = withNeighbour(tokens, at, SayingVerbs::phraseOf);
                phrase = phrase != null ? phrase : pastDeterminer(tokens, at, SayingVerbs::phraseOf);
            }
            if (phrase == null) {
                phrase = withNeighbour(tokens, at, WordNet::nounCompound);
                compound = phrase != null;
            }
            lexicalWord = phrase != null ? phrase : surface;
        }
        return lexicalWord;
    }

    /**
     * What {@code join} makes of the word with the one after the determiner that follows it, else with the one before
     * the determiner that precedes it ("breaks her silence"); null when neither.
     */
    private String pastDeterminer(List<String> tokens, int at, BinaryOperator<String> join) {
        if (at >= 0 && at + 2 < tokens.size() && isDeterminer(tokens.get(at + 1))) {
            String phrase = join.apply(surface, tokens.get(at + 2));
            if (phrase != null) {
                return phrase;
            }
        }
        return at >= 2 && isDeterminer(tokens.get(at - 1)) ? join.apply(tokens.get(at - 2), surface) : null;
    }

    /** A determiner or "her", which a headline writes before a noun as its possessive. */
    private static boolean isDeterminer(String token) {
        return WordRoles.isDeterminer(token) || token.equals("her");
    }

    /** What {@code join} makes of the word with the one after it, else with the one before it; null when neither. */
    private String withNeighbour(List<String> tokens, int at, BinaryOperator<String> join) {
        String phrase = at >= 0 && at + 1 < tokens.size() ? join.apply(surface, tokens.get(at + 1)) : null;
        return phrase != null || at < 1 ? phrase : join.apply(tokens.get(at - 1), surface);
    }

    /**
     * The terms of the line's word just before this one and of the {@code count} after it, as {@link HeadlineTerms}
     * reads them ("2nd" for "Second"): who a verb here tells of, and what it acts on. Asked of few words, so the
     * headline is split here, not per query.
     */
    List<String> termsBefore() {
        List<String> tokens = headline.get();
        int at = tokens.indexOf(surface);
        return at < 1 ? List.of() : HeadlineTerms.terms(tokens.get(at - 1));
    }

    /** The words the line writes before this one, as written (lower-cased, as the line's tokens are). */
    List<String> wordsBefore() {
        List<String> tokens = headline.get();
        int at = tokens.indexOf(surface);
        return at < 1 ? List.of() : tokens.subList(0, at);
    }

    /** The terms of every word the line writes before this one: all names where this word stands as their verb. */
    List<String> termsAllBefore() {
        List<String> before = wordsBefore();
        return before.isEmpty() ? List.of() : HeadlineTerms.terms(String.join(" ", before));
    }

    /** See {@link #termsBefore}. */
    List<String> termsAfter(int count) {
        List<String> tokens = headline.get();
        int at = tokens.indexOf(surface);
        return at < 0
                ? List.of()
                : HeadlineTerms.terms(
                        String.join(" ", tokens.subList(at + 1, Math.min(tokens.size(), at + 1 + count))));
    }

    /**
     * The word the line writes after this one, past a determiner ("hints" of "drops hints about", "tribute" of "pays a
     * tribute"), or null: what a verb here would act on.
     */
    String wordAfter() {
        if (wordAfter == null) {
            List<String> tokens = headline.get();
            int at = tokens.indexOf(surface);
            wordAfter = "";
            for (int next = at + 1; at >= 0 && next < tokens.size(); next++) {
                if (!WordRoles.isDeterminer(tokens.get(next))) {
                    wordAfter = tokens.get(next);
                    break;
                }
            }
        }
        return wordAfter.isEmpty() ? null : wordAfter;
    }

    /**
     * The word's WordNet synonyms and antonyms in use, and those of the verb phrase it makes
     * ({@link #lexicalWord}): "talks about" is "discuss" and still "speak". Looked up once per query.
     */
    WordNetInUse.Lexical lexical(WordNetInUse wordNet, int limit) {
        if (lexical == null) {
            lexical = wordNet.lexical(surface, limit);
            if (!lexicalWord().equals(surface)) {
                WordNetInUse.Lexical whole = wordNet.lexical(lexicalWord(), limit);
                lexical = compound ? lexical.inCompound(whole) : lexical.inPhrase(whole);
            }
        }
        return lexical;
    }

    /**
     * Whether the word, or the verb phrase it makes, carries a denial ({@link DenialVerbs}): "rejects", "shoots down";
     * looked up once per query, as {@link #feeling} is.
     */
    boolean denies() {
        if (denies == null) {
            denies = surface != null && (DenialVerbs.is(surface) || DenialVerbs.is(lexicalWord()));
        }
        return denies;
    }

    /**
     * What WordNet's definitions of the word, or of the verb phrase it makes ({@link #lexicalWord}: "go to" of "going
     * to"), say is so and is not ({@link VerbDefinitions}), the other way round when the line negates the word ("won't
     * attend", "not going to").
     */
    VerbDefinitions.Said said() {
        VerbDefinitions.Said said = VerbDefinitions.of(lexicalWord());
        if (said == VerbDefinitions.Said.NOTHING && !lexicalWord().equals(surface)) {
            said = VerbDefinitions.of(surface);
        }
        return negated() ? said.negated() : said;
    }

    /** {@link #said} in the terms of the first {@code limit} entries; looked up once per query. */
    WordNetInUse.Defined defined(WordNetInUse wordNet, int limit) {
        if (defined == null) {
            defined = wordNet.defined(this, limit);
        }
        return defined;
    }

    /** What the word, as a verb, takes as its source ({@link SourceRole#lineSource}); nothing for most words. */
    SourceRole.Leaving source() {
        if (source == null) {
            source = SourceRole.lineSource(headline.get(), surface, WordNet.verbBase(surface), negated());
        }
        return source;
    }

    /** Whether the line negates the word ("attend" of "won't attend", "going" of "not going to"). */
    boolean negated() {
        return negatedWords.get().contains(surface);
    }

    /** Whether the word, as written, ends in "-ing": a verb's gerund or participle, when it is a verb's form. */
    boolean gerundLike() {
        return surface != null
                && surface.length() > 4
                && surface.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * Whether the word, as written, is a verb of feeling, perceiving or thinking ({@link MindVerbs}); looked up once
     * per query.
     */
    boolean mind() {
        if (mind == null) {
            mind = surface != null && MindVerbs.tells(surface);
        }
        return mind;
    }

    /**
     * The words one step up or down WordNet's hierarchy from the word, and from its verb phrase; not from the noun it
     * makes with another word, one step from which is the other word's kind ("copper mine" is a "mine": the tin mine is
     * one too).
     */
    WordNetInUse.Related neighbours(WordNetInUse wordNet, int limit) {
        WordNetInUse.Related own = wordNet.neighbours(surface, limit);
        if (lexicalWord().equals(surface) || compound) {
            return own;
        }
        return own.and(wordNet.neighbours(lexicalWord(), limit));
    }
}
