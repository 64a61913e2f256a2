package dev.lede.core.library;

import java.io.IOException;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The fresh related-headline set (src/test/resources/related/fresh/README.md): written before the matcher
 * ran on it, so its figures say how the matcher does on text nobody tuned it to. The goal (no wrong jump,
 * recall at least 0.95) is not reached: most wrong jumps are decoys that differ from a loaded story only
 * in their event ("sacked as" against "named"); a verb the article does not explain now counts against a
 * jump, but a rewrite's verb is often unexplained too ("takes prize" for "won"), so it cannot block. The
 * floors below are the figures measured when the matcher last changed (README.md, Figures), so a change
 * that makes them worse fails here: resolver version 13, 0.889 / 0.623 (three decoys fewer, one rewrite fewer).
 * Resolver version 15 (a higher least score with a lighter unseen word, precision first: docs/related-matching.md)
 * measures 0.910 / 0.578 (19 wrong jumps to 14); the floors sit just under it.
 * Resolver version 16 (WordNet credit in a part of speech that fits, a verb one step up or down credited in part:
 * docs/related-matching.md) measures 0.908 / 0.607 (14 wrong jumps to 15); the floors sit just under it.
 * Resolver version 18 (a verb of denial carries a denial) measures 0.904 / 0.615: "Amos Feld rules out income tax
 * rise" now finds the article whose headline says the budget will not raise it, and "rules out fuel duty rise", a
 * decoy the denial rule had blocked only by chance, jumps to it too (15 wrong jumps to 16).
 */
class FreshRelatedSetTest {

    private static final double PRECISION_FLOOR = 0.903;
    private static final double RECALL_FLOOR = 0.606;

    @Test
    void rewritesResolveAndDecoysDoNot() throws IOException {
        new BlindSetCheck("fresh set", Paths.get("src/test/resources/related/fresh/pairs.txt"), 0, 150, 80)
                .atLeast(PRECISION_FLOOR, RECALL_FLOOR);
    }
}
