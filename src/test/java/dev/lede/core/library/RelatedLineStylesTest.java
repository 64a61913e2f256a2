package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The two blind related-headline sets with every related line written in another style: in title case, as American
 * sites write headlines ({@link TitleCased}), and in lower case, as some sites and feeds do, where capitals say
 * nothing and the matcher reads the line's names from the library (before it did, the second set made 28 wrong jumps
 * in title case and 29 in lower case, against 4 as written); and with a source's name after it ("… - Harwick
 * Gazette") or a note in brackets ("(PHOTOS)"), which blocked every line as a name no article holds, and after a
 * label ("Read more:"), whose words weighed as the story's (docs/related-matching.md, "Title case and lower case"). The floors are a regression guard just under the figures measured when the rules were added,
 * moved to just under resolver version 16's.
 */
class RelatedLineStylesTest {

    private static final String SECOND = "src/test/resources/related/fresh2/pairs.txt";
    private static final String THIRD = "src/test/resources/related/fresh3/pairs.txt";

    @Test
    void aTitleCaseLineJumpsNoMoreOftenThanTheSameLineAsWritten() throws IOException {
        check("second fresh set in title case", SECOND, TitleCased::of, 0.943, 0.315);
        check("third fresh set in title case", THIRD, TitleCased::of, 0.967, 0.245);
    }

    @Test
    void aLowerCaseLineJumpsNoMoreOftenThanTheSameLineAsWritten() throws IOException {
        check("second fresh set in lower case", SECOND, line -> line.toLowerCase(Locale.ROOT), 0.932, 0.325);
        check("third fresh set in lower case", THIRD, line -> line.toLowerCase(Locale.ROOT), 0.953, 0.254);
    }

    @Test
    void aSourcesNameAfterTheLineIsNoPartOfIt() throws IOException {
        check("second fresh set with a source", SECOND, line -> line + " - Harwick Gazette", 0.959, 0.334);
        check("third fresh set with a source", THIRD, line -> line + " | Tollbridge Courier", 0.967, 0.245);
    }

    @Test
    void aNoteInBracketsAfterTheLineIsNoPartOfIt() throws IOException {
        check("second fresh set with a note", SECOND, line -> line + " (PHOTOS)", 0.959, 0.334);
        check("third fresh set with a note", THIRD, line -> line + " [Video]", 0.967, 0.245);
    }

    @Test
    void aLabelOfAPagesOwnWordsBeforeTheLineIsNoPartOfIt() throws IOException {
        check("second fresh set after a label", SECOND, line -> "Read more: " + line, 0.958, 0.33);
        check("third fresh set after a label", THIRD, line -> "RELATED: " + line, 0.967, 0.241);
    }

    private static void check(
            String name, String file, UnaryOperator<String> rewrite, double precisionFloor, double recallFloor)
            throws IOException {
        RelatedResolutionQualityTest.Score score =
                HandWrittenPairs.read(Paths.get(file)).score(rewrite);
        System.out.printf("related resolution, %s: %s%n", name, score);
        assertTrue(score.precision() >= precisionFloor, "precision " + score.precision() + ": " + score.examples);
        assertTrue(score.recall() >= recallFloor, "recall " + score.recall() + ": " + score.examples);
    }
}
