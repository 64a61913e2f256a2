package dev.lede.core.library;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs of feeling and of perceiving: those whose commonest sense WordNet files among the verbs of emotion or of
 * perception ("cheers", "relishes", "dreads", "eyes", "notices"). Such a verb tells how a person took the story, not
 * another thing that happened in it, so a related headline using one that its article does not explain is the
 * article's own report reworded, not a decoy's other event ("Ana Gil cheers X" for "Ana Gil praised X"); the headline
 * matcher gives it what a verb one step up or down WordNet's hierarchy earns (docs/related-matching.md, "Resolver
 * version 17").
 *
 * <p>Not the other mental verbs. WordNet files deciding among the verbs of thinking ("decide", "reject", "choose")
 * and naming, signing and announcing among the verbs of saying: each of those can be the event itself ("parliament
 * rejects …", "X signs for …"). Which verbs these are is WordNet's answer, not a list of ours: the list beside the
 * table is written by {@code WordNetTableGenerator} from each verb's first sense, the commonest in WordNet's tagged
 * corpus.
 */
final class FeelingVerbs {

    /** The list beside the WordNet table, one verb lemma a line. */
    static final String RESOURCE = "wordnet-3.1-feeling-verbs.txt";
    /** WordNet's lexicographer files of the verbs of feeling and of perceiving. */
    static final Set<String> LEXICOGRAPHER_FILES = Set.of("verb.emotion", "verb.perception");

    private FeelingVerbs() {}

    /** Whether {@code word}, a verb's form as written ("eyes", "Relished"), is one whose commonest sense is such. */
    static boolean tells(String word) {
        String lemma = WordNet.verbBase(word.toLowerCase(Locale.ROOT));
        return lemma != null && Loaded.VERBS.contains(lemma);
    }

    /** Read on first use only (the holder idiom); without the list no verb is one. */
    private static final class Loaded {
        static final Set<String> VERBS = WordNetTableFormat.readList(RESOURCE);
    }
}
