package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same cases as score_aeb.py --self-test, so the Java metric cannot drift from the Python one. */
class AebScoreTest {

    @Test
    void tokensAreRunsOfPythonWordCharacters() {
        assertEquals(List.of("a", "b", "cd", "e", "foo", "bar"), AebScore.tokens("a b,cd:e(foo,bar) "));
        assertEquals(
                List.of("caf\u00e9", "42", "\u65b0\u95fb", "x_y"), AebScore.tokens("caf\u00e9 42 \u65b0\u95fb x_y!"));
    }

    @Test
    void shortTextsGiveOneShorterShingle() {
        assertEquals(1, AebScore.shingles("a,b c ").size());
        assertEquals(0, AebScore.shingles("!").size());
    }

    @Test
    void pageScoresAreNormalisedCounts() {
        assertArrayEquals(new double[] {1, 0, 0}, new AebScore().add("a b c d", "a b c d"), 1e-9);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, new AebScore().add("a b c d e", "a b c d"), 1e-9);
        assertArrayEquals(new double[] {0, 0, 1}, new AebScore().add("a", ""), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0}, new AebScore().add("", ""), 1e-9);
    }

    @Test
    void f1ComesFromMacroPrecisionAndRecall() {
        AebScore score = new AebScore();
        score.add("a b c d", "a b c d");
        score.add("a b c d e", "a b c d");
        assertEquals(1.0, score.precision(), 1e-9);
        assertEquals(0.75, score.recall(), 1e-9);
        assertEquals(2 * 0.75 / 1.75, score.f1(), 1e-9);
    }
}
