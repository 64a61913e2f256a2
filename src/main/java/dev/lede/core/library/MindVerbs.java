package dev.lede.core.library;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of the mind: of feeling, of perceiving and of thinking ("cheers", "relishes", "eyes", "remembers", "relives",
 * "reconsiders"). Such a verb tells how a person took the story or thinks of it, not another thing that happened in
 * it, so a related headline using one that its article does not explain is the article's own report reworded, not a
 * decoy's other event ("Ana Gil cheers X" for "Ana Gil praised X", "Ana Gil remembers her first nomination" for "Ana
 * Gil looked back on …"); the headline matcher gives it what a verb one step up or down WordNet's hierarchy earns
 * (docs/related-matching.md, "Resolver version 17" and "Resolver version 52").
 *
 * <p>Which verbs these are is WordNet's answer, not a list of ours. A verb is one when WordNet files its commonest sense
 * (WordNet orders a lemma's senses by how often its tagged corpus met them) among the verbs of emotion or of
 * perception; or among the verbs of thinking, with its next sense, if it has one, a mental one too (thinking, saying,
 * feeling or perceiving). The second condition is why "skips" and "rejects" are none: WordNet files "skip" first as
 * "bypass" and next as jumping, "reject" first as refusing to accept and next as rebuffing a person, and the second
 * reading of each is an event ("skips the Met Gala", "parliament rejects …"). Not the verbs of saying: WordNet files
 * naming, signing, announcing and denying among them, and each of those is the event itself ("X signs for …"); but a
 * verb of saying whose commonest sense WordNet files below judging ({@link #JUDGING}: "form a critical opinion of") is
 * one, a judgment said aloud: "acknowledges", "admits", "hails", "commends" (version 56). The list beside the table is
 * written by {@code WordNetTableGenerator}; verb phrases ("look back") are in it too.
 */
final class MindVerbs {

    /** The list beside the WordNet table, one verb lemma or phrase a line. */
    static final String RESOURCE = "wordnet-3.1-mind-verbs.txt";
    /** WordNet's lexicographer files whose verbs are one by their commonest sense alone: feeling and perceiving. */
    static final Set<String> FEELING_FILES = Set.of("verb.emotion", "verb.perception");
    /** WordNet's lexicographer file of the verbs of thinking: one only when the next sense is mental too. */
    static final String THINKING_FILE = "verb.cognition";
    /** WordNet's lexicographer files of the mind's verbs, saying included, that a thinking verb's next sense may be in. */
    static final Set<String> MENTAL_FILES =
            Set.of("verb.emotion", "verb.perception", "verb.cognition", "verb.communication");

    /**
     * WordNet's verb of judging ("evaluate, pass judgment, judge": form a critical opinion of), looked up by this
     * member: a verb of saying below it in WordNet's hierarchy says what its person judges.
     */
    static final String JUDGING = "pass judgment";
    /** WordNet's lexicographer file of the verbs of saying. */
    static final String SAYING_FILE = "verb.communication";

    private MindVerbs() {}

    /**
     * Whether a verb whose senses WordNet files so, commonest first ({@code ["verb.cognition", "verb.motion"]} for
     * "skip"), is a verb of the mind; the rule {@code WordNetTableGenerator} writes the list by.
     */
    static boolean isOne(List<String> senseFiles) {
        if (senseFiles.isEmpty()) {
            return false;
        }
        String commonest = senseFiles.get(0);
        if (FEELING_FILES.contains(commonest)) {
            return true;
        }
        return commonest.equals(THINKING_FILE) && (senseFiles.size() == 1 || MENTAL_FILES.contains(senseFiles.get(1)));
    }

    /**
     * Whether {@code word}, a verb's form as written ("eyes", "Relished") or a verb phrase WordNet lists ("look back"),
     * is a verb of the mind.
     */
    static boolean tells(String word) {
        String lemma = WordNet.verbBase(word.toLowerCase(Locale.ROOT));
        return lemma != null && Loaded.VERBS.contains(lemma);
    }

    /** Read on first use only (the holder idiom); without the list no verb is one. */
    private static final class Loaded {
        static final Set<String> VERBS = WordNetTableFormat.readList(RESOURCE);
    }
}
