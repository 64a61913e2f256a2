package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** Letters the fast path takes, and a few it must hand to the general one. */
    private static final String ALPHABET = "aZq09 ,.-'’‘“”–—!?\t\n(é)ǅ\u0301Ⅳ\u00a0ﬁ’s\u02bcŁ";

    @Test
    void normaliseGivesTheSameFormOnTheFastPathAsTheGeneralOne() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(
                    WordForms.normaliseUnicode(s),
                    WordForms.normalise(s),
                    () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void normaliseFoldsCaseQuotesAndDashesOfPlainText() {
        assertEquals(
                "hollis grants harbour ferry the last in oster bay",
                WordForms.normalise("Hollis Grant’s “harbour ferry” – the last in Oster Bay."));
        assertEquals(List.of("jovanovic", "s", "cafe", "fi", "4"), WordForms.tokens("Jovanović’ s café ﬁ 4"));
        assertEquals(List.of("ines", "varga", "looked", "back"), WordForms.tokens("  Ines Varga — looked back!  "));
    }

    @Test
    void stemsAgreeAcrossSpellingsWhetherOrNotTheyNeedARegularExpression() {
        assertEquals(WordForms.stem("criticize"), WordForms.stem("criticise"));
        assertEquals(WordForms.stem("harbor"), WordForms.stem("harbour"));
        assertEquals(WordForms.stem("center"), WordForms.stem("centre"));
        assertEquals("walk", WordForms.stem("walked"));
    }
}
