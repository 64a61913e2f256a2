package dev.lede.core.library;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Get" or "go" as a copula before an adjective of manner and what it was about ("gets candid about", "gets personal
 * on", "got real about", "goes public with"; not "got it right" nor "got right, and"): WordNet files both verbs in one
 * sense, {become, go, get} "enter or assume a certain state or condition". The adjective says how the person spoke, as
 * its adverb would ("candidly", "personally", "publicly": adverbs of manner, {@link WordNet#isMannerAdverb}), and the
 * verb says no event of its own, only that they came to speak so. Both weigh nothing, as a manner adverb does
 * (docs/related-matching.md, "Resolver version 34" and "Resolver version 42").
 */
final class CopularManner {

    /** The forms of "get" and "go" as {@link WordForms#tokens} writes them. */
    private static final Set<String> COPULA =
            Set.of("get", "gets", "getting", "got", "gotten", "go", "goes", "going", "went", "gone");
    /**
     * The prepositions that name what someone spoke of ("candid about", "personal on", "emotional over", "public
     * with").
     */
    private static final Set<String> TOPIC = Set.of("about", "on", "over", "with");

    private CopularManner() {}

    /** The words of a headline's tokens that are such a "get" or "go" or its adjective; most often none. */
    static Set<String> weightless(List<String> tokens) {
        Set<String> out = new HashSet<>(0);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (COPULA.contains(tokens.get(i))
                    && TOPIC.contains(tokens.get(i + 2))
                    && hasMannerAdverb(tokens.get(i + 1))) {
                out.add(tokens.get(i));
                out.add(tokens.get(i + 1));
            }
        }
        return out;
    }

    /** Whether the adjective's -ly adverb is one of manner ("candid": "candidly", "happy": "happily"). */
    private static boolean hasMannerAdverb(String adjective) {
        if (adjective.length() < 3 || adjective.endsWith("ly")) {
            return false;
        }
        String adverb;
        if (adjective.endsWith("y")) {
            adverb = adjective.substring(0, adjective.length() - 1) + "ily";
        } else if (adjective.endsWith("le")) {
            adverb = adjective.substring(0, adjective.length() - 1) + "y";
        } else if (adjective.endsWith("ic")) {
            adverb = adjective + "ally";
        } else if (adjective.endsWith("ue")) {
            adverb = adjective.substring(0, adjective.length() - 1) + "ly";
        } else {
            adverb = adjective + "ly";
        }
        return WordNet.isMannerAdverb(adverb);
    }
}
