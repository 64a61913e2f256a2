package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.RelatedResolutionQualityTest.Score;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What each fresh related-headline set's test checks: the set is as large as it was written to be, and the matcher's
 * precision and recall on it are no worse than its floors (a regression guard, just under the figures measured when
 * the matcher last changed). The figures are printed.
 */
record BlindSetCheck(String name, Path set, int stories, int rewrites, int decoys) {

    void atLeast(double precisionFloor, double recallFloor) throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(set);
        Score score = pairs.score();
        int decoyCount = pairs.cases().size() - pairs.rewrites();
        System.out.printf(
                "related resolution, %s (%d articles, %d rewrites, %d decoys): %s%n",
                name, pairs.ledes().size(), pairs.rewrites(), decoyCount, score);
        List<dev.lede.core.article.Article> articles = pairs.articlesWithLines();
        ChangedLibraries.Comparison partial =
                ChangedLibraries.compare(articles.subList(0, articles.size() * 98 / 100), articles);
        System.out.printf("%s, the last 2 %% added and resolved in part: %s %s%n", name, partial, partial.examples());
        assertTrue(pairs.ledes().size() >= stories, "at least " + stories + " stories");
        assertTrue(pairs.rewrites() >= rewrites, "at least " + rewrites + " rewrites");
        assertTrue(decoyCount >= decoys, "at least " + decoys + " decoys");
        assertTrue(score.precision() >= precisionFloor, "precision " + score.precision() + ": " + score.examples);
        assertTrue(score.recall() >= recallFloor, "recall " + score.recall() + ": " + score.examples);
    }
}
