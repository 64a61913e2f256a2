package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void asciiGetsStraightQuotesDashesAndDots() {
        assertEquals(
                "\"Quoted\" - it's over...",
                Transliteration.forCharset("“Quoted” — it’s over…", StandardCharsets.US_ASCII));
    }

    @Test
    void latin1KeepsWhatItCanEncode() {
        assertEquals("café - naïve", Transliteration.forCharset("café – naïve", StandardCharsets.ISO_8859_1));
    }

    @Test
    void accentedLettersLoseTheirAccentsWhereTheCharsetHasNone() {
        assertEquals(
                "Zoe Castellane, Sao Paulo, Dvorak",
                Transliteration.forCharset("Zoë Castellane, São Paulo, Dvořák", StandardCharsets.US_ASCII));
        assertEquals("Dvořák", Transliteration.forCharset("Dvořák", java.nio.charset.Charset.forName("ISO-8859-2")));
    }

    @Test
    void moneyAndFractionsAreSpelledAsGlibcTransliteratesThem() {
        assertEquals(
                "GBP5 or EUR6, 2 1/2 times x2, +-3 JPY",
                Transliteration.forCharset("£5 or €6, 2½ times x², ±3 ¥", StandardCharsets.US_ASCII));
    }

    @Test
    void anEmojiSequenceIsTheQuestionMarksOfTheOneCharacterItIsDrawnAs() {
        String family = "👨\u200d👩\u200d👧";
        assertEquals(
                Columns.width(family),
                Transliteration.forCharset(family, StandardCharsets.US_ASCII).length());
        assertEquals(
                "a ?? b ?? c ?? d",
                Transliteration.forCharset("a " + family + " b 🇬🇧 c 👍🏽 d", StandardCharsets.ISO_8859_1));
        assertEquals("e", Transliteration.forCharset("e\u0301", StandardCharsets.US_ASCII), "a letter and its mark");
    }

    @Test
    void unknownCharactersBecomeQuestionMarksOfTheSameWidth() {
        assertEquals("x??y", Transliteration.forCharset("x日y", StandardCharsets.US_ASCII));
    }

    @Test
    void utf8IsLeftAlone() {
        assertEquals("“日…”", Transliteration.forCharset("“日…”", StandardCharsets.UTF_8));
    }
}
