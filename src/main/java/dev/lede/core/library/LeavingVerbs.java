package dev.lede.core.library;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of leaving: those whose commonest sense is one of the senses of "leave" WordNet files among the verbs of motion
 * or of social life (going away from a place, out of one, or from an association: "leave", "exit", "depart", "step
 * down", "walk away") or one step below one. A related headline saying that its named person leaves a thing the article
 * names, where the article tells of no leaving, reports the leaving as its own event: the article has the person with
 * the thing ("Carmen Larsen exits The Crown Street" against "The Crown Street returns with Carmen Larsen in the lead"),
 * another story (docs/related-matching.md, "Resolver version 41"). Which verbs these are is WordNet's answer: the list
 * beside the table is written by {@code WordNetTableGenerator}.
 */
final class LeavingVerbs {

    /** The list beside the WordNet table, one verb lemma or phrase a line. */
    static final String RESOURCE = "wordnet-3.1-leaving-verbs.txt";
    /** The verb whose senses of going away the list starts from. */
    static final String ROOT = "leave";
    /** WordNet's lexicographer files of those senses: going away from a place, and from an association. */
    static final Set<String> LEXICOGRAPHER_FILES = Set.of("verb.motion", "verb.social");

    private LeavingVerbs() {}

    /** Whether a verb phrase WordNet lists ("walk away") or a verb's form as written ("exits") is one of leaving. */
    static boolean leaves(String phrase, String word) {
        String lemma = WordNet.verbBase(word.toLowerCase(Locale.ROOT));
        return Loaded.VERBS.contains(phrase.toLowerCase(Locale.ROOT)) || lemma != null && Loaded.VERBS.contains(lemma);
    }

    /**
     * Whether any word of {@code text} is a form of a verb of leaving ("left", "exit", "leaving"), or any two make a
     * verb phrase of leaving WordNet lists ("stepped down").
     */
    static boolean toldIn(String text) {
        List<String> tokens = WordForms.tokens(text); // lower case already
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = WordNet.verbBase(tokens.get(i));
            String phrase = i + 1 < tokens.size() ? WordNet.verbPhrase(tokens.get(i), tokens.get(i + 1)) : null;
            if (lemma != null && Loaded.VERBS.contains(lemma) || phrase != null && Loaded.VERBS.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Read on first use only (the holder idiom); without the list no verb is one. */
    private static final class Loaded {
        static final Set<String> VERBS = WordNetTableFormat.readList(RESOURCE);
    }
}
