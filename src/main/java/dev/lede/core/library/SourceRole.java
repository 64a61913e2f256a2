package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line and an article both name a thing as what someone is away from. English marks the thing one leaves or
 * keeps away from with a source preposition, "from" or "out of" ("absent from the Oscars", "pulls out of the Oscars",
 * "stays away from Coachella"): a line whose verb takes the thing so, against an article that says its person is in
 * a state away from that thing (an adjective before "from": "will be absent from this year's Oscars"), tells where
 * the person is not, as the article does, in other words; so does a negated verb of going or being there ("won't turn
 * up to the Oscars", "not heading to Cannes") (docs/related-matching.md, "Resolver versions 35" and "38").
 */
final class SourceRole {

    /**
     * What a line's verb leaves: the matcher's terms of the words after its source preposition ({@code things}) and of
     * the adverbs between the verb and the preposition ({@code adverbs}: "out", "away", "home"), which are part of the
     * verb's phrase.
     */
    record Leaving(Set<String> adverbs, Set<String> things) {
        static final Leaving NONE = new Leaving(Set.of(), Set.of());
    }

    /** The adverbs a verb of leaving takes before its source: "pulls out of", "stays away from", "stays home from". */
    private static final int MAX_ADVERBS = 2;

    /** A word written in lower case before "from" ("absent from"). */
    private static final Pattern STATE_FROM = Pattern.compile("(?<![\\p{L}'’])(\\p{Ll}+)\\s+from\\s");

    /** The prepositions of where one goes or is ("to", "at"). */
    private static final Set<String> GOAL = Set.of("to", "at");

    /** The thing stands within this many words after the preposition ("from this year's Oscars") or the verb. */
    static final int THING_WORDS = 4;

    private SourceRole() {}

    /**
     * What a line's verb takes as its source, or under a negation as its goal ("won't turn up to the Oscars"), or {@link
     * Leaving#NONE}. Only an active form of the verb counts, as headlines write the present ("pulls", "to pull",
     * "pulling"): a bare participle is a passive, what was done to the person ("banned from", "fired from").
     *
     * @param tokens  the line's words ({@link WordForms#tokens})
     * @param verb    one of them
     * @param lemma   the verb's lemma in WordNet, null when it is no verb
     * @param negated whether a negation stands before the verb ({@link Negation#negatedWords})
     */
    static Leaving lineSource(List<String> tokens, String verb, String lemma, boolean negated) {
        int at = tokens.indexOf(verb);
        if (lemma == null || at < 0 || !active(verb, lemma)) {
            return Leaving.NONE;
        }
        int next = at + 1;
        List<String> adverbs = new ArrayList<>(MAX_ADVERBS);
        while (next < tokens.size()
                && adverbs.size() < MAX_ADVERBS
                && WordNet.lists(WordNetTable.ADVERB, tokens.get(next))) {
            adverbs.add(tokens.get(next++));
        }
        if (next >= tokens.size()) {
            return Leaving.NONE;
        }
        String preposition = tokens.get(next);
        boolean outOf = preposition.equals("of")
                && !adverbs.isEmpty()
                && adverbs.get(adverbs.size() - 1).equals("out");
        boolean source = preposition.equals("from") || outOf;
        // Under a negation the other way round: not going to or being at a thing is being away from it ("won't turn up
        // to", "not heading to", "won't show at"), and not leaving it ("won't pull out of") is no absence.
        boolean away = negated ? GOAL.contains(preposition) : source;
        if (!away) {
            return Leaving.NONE;
        }
        return new Leaving(terms(adverbs, 0, adverbs.size()), terms(tokens, next + 1, THING_WORDS));
    }

    /**
     * Whether {@code text} says, with an adjective before "from", that someone is away from one of {@code things}. The
     * adjective is written in lower case: "Athletic" of "joined Old Mill Athletic from Rivermouth" is a name's.
     */
    static boolean awayFrom(String text, Set<String> things) {
        Matcher state = STATE_FROM.matcher(text);
        while (state.find()) {
            if (WordNet.lists(WordNetTable.ADJECTIVE, state.group(1))) {
                List<String> after = WordForms.tokens(text.substring(state.end()));
                for (String term : terms(after, 0, THING_WORDS)) {
                    if (things.contains(term)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} names one of {@code things} as a source, within {@link #THING_WORDS} after "from" or "out of"
     * ("signed Marcus Vale from Harbour Athletic"): what someone came away from, a leaving told without its verb.
     */
    static boolean namesAsSource(String text, Set<String> things) {
        List<String> tokens = WordForms.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            boolean source = tokens.get(i).equals("from")
                    || tokens.get(i).equals("of") && i > 0 && tokens.get(i - 1).equals("out");
            if (source && terms(tokens, i + 1, THING_WORDS).stream().anyMatch(things::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> terms(List<String> tokens, int from, int count) {
        List<String> terms = new ArrayList<>(count);
        for (int i = from; i < tokens.size() && i < from + count; i++) {
            terms.add(HeadlineTerms.term(tokens.get(i)));
        }
        return Set.copyOf(terms);
    }

    /** The lemma, its -s form or its -ing form: a present or infinitive, no participle. */
    private static boolean active(String verb, String lemma) {
        return verb.equals(lemma) || verb.endsWith("ing") || verb.equals(lemma + "s") || verb.equals(lemma + "es");
    }
}
