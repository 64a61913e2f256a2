package dev.lede.core.library;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbs that carry a denial: those WordNet files at or below a sense of "deny" or of "reject" ("dismisses",
 * "disowns", "refutes", "rebuts", "shoots down", "rules out"). An article whose headline denies what it reports
 * ({@link Negation}) is named by a related headline that carries the denial too, in these words or in "not", "no" or
 * "never"; one that reports the thing instead ("confirms world tour" against "denied plans for a world tour") is
 * another story. Which verbs these are is WordNet's answer, not a list of ours: the list beside the table is written
 * by {@code WordNetTableGenerator} from WordNet's hierarchy (docs/related-matching.md, "Resolver version 18").
 */
final class DenialVerbs {

    /** The list beside the WordNet table, one verb lemma (or phrase: "shoot down") a line. */
    static final String RESOURCE = "wordnet-3.1-denial-verbs.txt";
    /** The verbs whose every sense, and every sense below one, is taken to carry a denial. */
    static final Set<String> ROOTS = Set.of("deny", "reject");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private DenialVerbs() {}

    /** Whether {@code text} holds such a verb, as a word ("dismissed") or with the particle after it ("shoots down"). */
    static boolean carried(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        String lemma = null;
        while (words.find()) {
            String word = words.group();
            if (lemma != null && Loaded.VERBS.contains(lemma + ' ' + word)) {
                return true;
            }
            lemma = WordNet.verbBase(word);
            if (lemma != null && Loaded.VERBS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word or a verb phrase as WordNet lists it ("shoot down") is such a verb: a line saying it of an
     * article that denies says what the article's "denied" says ("rejects feud" for "denied a feud").
     */
    static boolean is(String wordOrPhrase) {
        if (Loaded.VERBS.contains(wordOrPhrase)) {
            return true;
        }
        String lemma = wordOrPhrase.indexOf(' ') < 0 ? WordNet.verbBase(wordOrPhrase) : null;
        return lemma != null && Loaded.VERBS.contains(lemma);
    }

    /** Read on first use only (the holder idiom); without the list no verb is one. */
    private static final class Loaded {
        static final Set<String> VERBS = WordNetTableFormat.readList(RESOURCE);
    }
}
