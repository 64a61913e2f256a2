package dev.lede.core.library;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name what was said: those whose commonest sense WordNet files at or below a message, a speech act or
 * spoken communication ("claims", "rumours", "talk", "remarks", "story"). A related headline that sets one after a verb
 * its article tells ("denies … claims", "dismisses talk of …" where the article's person "denied" the thing; "reveals
 * the story behind 'X'" where the article's person "revealed the inspiration behind 'X'") names the thing by what is
 * said of it, and the person's answer to that talk is the article's own report in other words. The headline matcher
 * gives such a noun what a word one step up or down WordNet's hierarchy earns (docs/related-matching.md, "Resolver
 * version 49"). Which nouns these are is WordNet's answer, not a list of ours: the list beside the table is written by
 * {@code WordNetTableGenerator} from WordNet's hierarchy.
 */
final class TalkNouns {

    /** The list beside the WordNet table, one noun lemma a line. */
    static final String RESOURCE = "wordnet-3.1-talk-nouns.txt";
    /** The nouns whose every sense, and every sense below one, names something said. */
    static final Set<String> ROOTS = Set.of("message", "speech act", "spoken communication");

    private TalkNouns() {}

    /** Whether {@code word}, a noun's form as written ("claims", "Rumours"), is one whose commonest sense is such. */
    static boolean names(String word) {
        String lemma = WordNet.nounBase(word.toLowerCase(Locale.ROOT));
        return lemma != null && Loaded.NOUNS.contains(lemma);
    }

    /** Read on first use only (the holder idiom); without the list no noun is one. */
    private static final class Loaded {
        static final Set<String> NOUNS = WordNetTableFormat.readList(RESOURCE);
    }
}
