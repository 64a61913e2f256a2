package dev.lede.core.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of speech a text's own words give a word, where they settle it: after a determiner or a possessive ("in
 * the lead", "Quint's lead") a word is a noun or an adjective, never a verb; after a modal ("will lead", "won't
 * return") it is a verb; joined by a hyphen to a particle ("team-up") it is a noun or an adjective. Elsewhere English
 * leaves it open ("leads" heads a headline as a verb or ends one as a
 * noun), and so does this. A word the text uses several times may be whatever any of its uses allows. WordNet's
 * credit is then given only in a sense whose part of speech fits both texts: "leaves" shares a verb sense with
 * "lead" (produce as a result), which says nothing of an article's "in the lead" (docs/related-matching.md,
 * "Resolver version 16").
 */
final class WordRoles {

    /** WordNet's parts of speech as bits, in {@link WordNetTable}'s order: noun, verb, adjective, adverb. */
    static final int ANY = (1 << WordNetTable.PARTS) - 1;

    static final int VERB = 1 << WordNetTable.VERB;

    static final int NOUN = 1 << WordNetTable.NOUN;

    static final int ADJECTIVE = 1 << WordNetTable.ADJECTIVE;
    /** What follows a determiner: a noun or what modifies one. */
    static final int NOT_VERB = ANY & ~VERB;

    /**
     * Determiners that are never a pronoun of their own before a word ("her" is also an object, "that" and "this"
     * also stand alone: "says that leaves", "this means").
     */
    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "my", "your", "his", "its", "our", "their", "every", "each");

    /** Modal and negated auxiliaries: the word after one is a verb's bare form. */
    private static final Set<String> MODALS = Set.of(
            "will",
            "would",
            "can",
            "could",
            "shall",
            "should",
            "may",
            "might",
            "must",
            "cannot",
            "won't",
            "wouldn't",
            "can't",
            "couldn't",
            "shouldn't",
            "mustn't",
            "don't",
            "doesn't",
            "didn't");

    /** A word's "'s" that is "is" or "has", not a possessive ("it's leaving", "she's signed"). */
    private static final Set<String> CONTRACTED =
            Set.of("it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "let");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

    /**
     * English's verb particles: joined to the word before them by a hyphen they make a noun or an adjective ("team-up",
     * "spin-off", "sell-out", "sit-down"), where the verb is written apart ("team up", "sell out").
     */
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "over", "in", "on");

    private WordRoles() {}

    /**
     * The terms of {@code text} whose every use its neighbours settle, each with the parts of speech those uses
     * allow ({@link #NOT_VERB} or {@link #VERB} bits); a term not listed may be any.
     */
    static Map<String, Integer> of(String text) {
        return of(text, false);
    }

    /**
     * As {@link #of(String)}, for a text whose capitals may say nothing of names ({@code caseless}: a line in title
     * case or lower case), where a possessive may be a name's own "'s" as well.
     */
    static Map<String, Integer> of(String text, boolean caseless) {
        List<String> words = new ArrayList<>();
        List<Integer> settled = new ArrayList<>();
        boolean any = false;
        Matcher found = WORD.matcher(text);
        int settles = ANY; // what the previous word settles for the next
        while (found.find()) {
            String written = found.group();
            String word = written.replace('’', '\'').toLowerCase(Locale.ROOT);
            boolean plain = Character.isLowerCase(written.charAt(0));
            // A capitalised word is a name, or a headline in title case whose capitals say nothing.
            int role = plain ? settles : ANY;
            if (joinedToParticle(text, found.end())) {
                role = NOT_VERB; // "a team-up", "the spin-off": the verb is written apart ("team up")
            }
            words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
            settled.add(role);
            any |= role != ANY;
            settles = settledAfter(word, plain && !caseless);
        }
        if (!any) {
            return Map.of(); // most headlines write no article or modal: nothing to stem
        }
        Map<String, Integer> roles = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            String term = HeadlineTerms.term(words.get(w).replace("'", ""));
            if (!term.isEmpty() && !WordForms.isStopWord(term)) {
                roles.merge(term, settled.get(w), (x, y) -> x | y);
            }
        }
        roles.values().removeIf(role -> role == ANY);
        return roles;
    }

    /** Whether a lower-case word is a determiner that settles the word after it as no verb ("the", "his"). */
    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word);
    }

    /** Whether the word ending at {@code end} is joined by a hyphen to a particle ("team-up"). */
    private static boolean joinedToParticle(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        Matcher next = WORD.matcher(text).region(end + 1, text.length());
        return next.lookingAt() && PARTICLES.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /**
     * What a word settles for the word after it. A capitalised word's "'s" may be no possessive but a name's own
     * ("Macy's makes …", a shop named after its founder), so it settles nothing.
     */
    private static int settledAfter(String word, boolean surelyNoName) {
        if (DETERMINERS.contains(word)) {
            return NOT_VERB;
        }
        if (MODALS.contains(word)) {
            return VERB;
        }
        boolean possessive = word.endsWith("'s") && !CONTRACTED.contains(word.substring(0, word.length() - 2))
                || word.length() > 2 && word.endsWith("s'");
        possessive &= surelyNoName;
        return possessive ? NOT_VERB : ANY;
    }
}
