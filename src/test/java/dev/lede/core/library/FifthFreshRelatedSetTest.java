package dev.lede.core.library;

import java.io.IOException;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The fifth fresh related-headline set (src/test/resources/related/fresh5/README.md): written and committed before
 * the matcher ran on it, after the first four sets had been used to choose rules, so its figures say how the matcher
 * as it stood (resolver version 9, after the fourth set's mends) does on text nobody tuned it to. The matcher must
 * not be tuned on its lines. The floors are a regression guard only, just under the figures measured when the set
 * was added (0.835 / 0.296 at the matcher's 0.62 / 0.12: 66 right, 13 wrong, all decoys, 157 missed; recall raised to
 * just under version 10's 0.314, then lowered to just under version 13's 0.309, which gave up one rewrite that shares
 * no word with its article but the names), so a change
 * that makes them worse fails here; the goal is no wrong jump and recall at least 0.95.
 * {@code RelatedThresholdCurve -Ddump=fresh5} lists the lines it gets wrong and {@code RelatedMissCauses} with this
 * file's path sorts its misses by cause.
 * Resolver version 15 (a higher least score with a lighter unseen word, precision first: docs/related-matching.md)
 * measures 0.838 / 0.278 (13 wrong jumps to 12); the floors sit just under it.
 * Resolver version 16 (WordNet credit in a part of speech that fits, a verb one step up or down credited in part:
 * docs/related-matching.md) measures 0.849 / 0.278 (12 wrong jumps to 11); the floors sit just under it.
 */
class FifthFreshRelatedSetTest {

    private static final double PRECISION_FLOOR = 0.849;
    private static final double RECALL_FLOOR = 0.277;

    @Test
    void rewritesResolveAndDecoysDoNot() throws IOException {
        new BlindSetCheck("fifth fresh set", Paths.get("src/test/resources/related/fresh5/pairs.txt"), 90, 220, 180)
                .atLeast(PRECISION_FLOOR, RECALL_FLOOR);
    }
}
