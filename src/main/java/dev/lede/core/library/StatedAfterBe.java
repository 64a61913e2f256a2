package dev.lede.core.library;

import java.util.List;
import java.util.Set;

/**
 * Whether a text says a state the way a dictionary defines one, with "be" before the adjective ("will be absent from",
 * "is present at"): {@link VerbDefinitions} reads "be ADJECTIVE" definitions, and only a text that uses the adjective so
 * says that state. "Ahead" of "ahead of the Grammys" is when, not the state "be ahead" that defines "lead".
 */
final class StatedAfterBe {

    /** The forms of "be" as {@link WordForms#tokens} writes them. */
    private static final Set<String> BE = Set.of("be", "is", "are", "am", "was", "were", "been", "being");

    private StatedAfterBe() {}

    /** Whether {@code text} writes one of {@code states} (the matcher's terms) right after a form of "be". */
    static boolean says(String text, Set<String> states) {
        List<String> tokens = WordForms.tokens(text);
        for (int i = 1; i < tokens.size(); i++) {
            if (BE.contains(tokens.get(i - 1)) && states.contains(HeadlineTerms.term(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }
}
