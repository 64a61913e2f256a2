package dev.lede.core.library;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Give" as a light verb: "gives the Oscars a miss", "gives it a try", "gives the finale a look". The event is the noun
 * after "a" (a verb's own form: "miss", "try", "look"), done to what stands between ("the Oscars"), and "give" carries
 * only the tense (Jespersen's "give it a try"; Wierzbicka, "Why can you have a drink when you can't *have an eat?",
 * 1982). The noun is weighed as the verb it is, and "give" weighs nothing, as the support verb of version 31 does
 * (docs/related-matching.md, "Resolver version 36").
 */
final class LightGive {

    /** The words a light "give" may stand apart from its noun ("gives this year's Met Gala a miss"). */
    private static final int MAX_OBJECT_WORDS = 5;

    private LightGive() {}

    /** The words of a headline's tokens that are such a "give"; most often none. */
    static Set<String> weightless(List<String> tokens) {
        Set<String> out = new HashSet<>(0);
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!"give".equals(WordNet.verbBase(tokens.get(i)))) {
                continue;
            }
            for (int at = i + 2; at + 1 < tokens.size() && at <= i + 1 + MAX_OBJECT_WORDS; at++) {
                String article = tokens.get(at);
                if (article.equals("a") || article.equals("an")) {
                    if (WordNet.verbBase(tokens.get(at + 1)) != null) {
                        out.add(tokens.get(i));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
