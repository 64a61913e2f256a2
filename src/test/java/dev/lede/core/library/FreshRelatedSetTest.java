package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.RelatedResolutionQualityTest.Score;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The fresh related-headline set (src/test/resources/related/fresh/README.md): written before the matcher
 * ran on it, so its figures say how the matcher does on text nobody tuned it to. The goal (no wrong jump,
 * recall at least 0.95) is not reached: most wrong jumps are decoys that differ from a loaded story only
 * in their event ("sacked as" against "named"); a verb the article does not explain now counts against a
 * jump, but a rewrite's verb is often unexplained too ("takes prize" for "won"), so it cannot block. The
 * floors below are the figures measured when the matcher last changed (README.md, Figures), so a change
 * that makes them worse fails here.
 */
class FreshRelatedSetTest {

    private static final Path SET = Paths.get("src/test/resources/related/fresh/pairs.txt");
    private static final double PRECISION_FLOOR = 0.873;
    private static final double RECALL_FLOOR = 0.622;

    @Test
    void rewritesResolveAndDecoysDoNot() throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(SET);
        Score score = pairs.score();
        System.out.printf(
                "related resolution, fresh set (%d articles, %d rewrites, %d decoys): %s%n",
                pairs.ledes().size(), pairs.rewrites(), pairs.cases().size() - pairs.rewrites(), score);
        assertTrue(pairs.rewrites() >= 150, "at least 150 rewrites");
        assertTrue(pairs.cases().size() - pairs.rewrites() >= 80, "at least 80 decoys");
        assertTrue(score.precision() >= PRECISION_FLOOR, "precision " + score.precision() + ": " + score.examples);
        assertTrue(score.recall() >= RECALL_FLOOR, "recall " + score.recall() + ": " + score.examples);
    }
}
