package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void toNfcComposesMarksAndLeavesPlainTextAsItIs() {
        assertEquals("caf\u00e9", Sanitizer.toNfc("cafe\u0301"));
        String plain = "A \u201cquoted\u201d line \u2014 with a box \u2502";
        assertSame(plain, Sanitizer.toNfc(plain));
    }

    @Test
    void returnsTheSameStringWhenNothingNeedsChanging() {
        String ascii = "Plain news, nothing odd.\nSecond line.";
        String accented = "Café in Zürich — “quoted” 👍🏽";
        assertSame(ascii, Sanitizer.sanitize(ascii));
        assertSame(accented, Sanitizer.sanitize(accented));
        assertSame(accented, Sanitizer.sanitizeLine(accented));
    }

    @Test
    void removesWholeEscapeSequencesNotOnlyTheirIntroducers() {
        assertEquals("red", Sanitizer.sanitize("\u001b[31mred\u001b[0m"));
        assertEquals("rest", Sanitizer.sanitize("\u001b]0;title\u0007rest"));
        assertEquals("link", Sanitizer.sanitize("\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\"));
        assertEquals("ab", Sanitizer.sanitize("a\u001b(Bb"));
        assertEquals("clip", Sanitizer.sanitize("\u009d52;c;ZXZpbA==\u009cclip"));
        assertEquals("xy", Sanitizer.sanitizeLine("x\u009b2Jy"));
    }

    @Test
    void anUnterminatedControlStringEndsAtTheLineEnd() {
        assertEquals("\nnext line", Sanitizer.sanitize("\u001b]0;never ends\nnext line"));
        assertEquals("", Sanitizer.sanitize("\u001b"));
        assertEquals("a", Sanitizer.sanitize("a\u001b["));
    }

    @Test
    void removesC0ButTabAndLineFeedAndDel() {
        assertEquals("a\tb\nc", Sanitizer.sanitize("a\u0000\tb\u0001\n\u007fc\u001f"));
    }

    @Test
    void removesC1Controls() {
        assertEquals("ab", Sanitizer.sanitize("a\u0080\u0085b\u0099"));
    }

    @Test
    void removesBidiOverridesIsolatesAndMarks() {
        assertEquals("abcdef", Sanitizer.sanitize("a\u202ab\u202ec\u2066d\u2069e\u200e\u200ff\u061c"));
    }

    @Test
    void removesInvisibleFormatControlsAsThePainterDoes() {
        String text = "word\u2060joiner\u2061invisible\u2064plus\u206Fdigits\u200D";
        assertEquals("wordjoinerinvisibleplusdigits\u200D", Sanitizer.sanitize(text));
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)
                    && c != '\t'
                    && c != '\n'
                    && c != '\r'
                    && c != 0x1B
                    && (c < 0x90 || c > 0x9F)
                    && c != 0x2028
                    && c != 0x2029) { // escapes swallow what follows; line breaks become spaces
                String one = "a" + (char) c + "b";
                assertEquals(
                        Sanitizer.removedFromLine(c),
                        Sanitizer.sanitizeLine(one).equals("ab"),
                        "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void removesZeroWidthSpaceAndByteOrderMarkButKeepsJoiners() {
        String family = "👩\u200d👩\u200d👧";
        assertEquals("ab" + family + "c\u200cd", Sanitizer.sanitize("\ufeffa\u200bb" + family + "c\u200cd"));
    }

    @Test
    void removesLoneSurrogatesAndKeepsPairs() {
        assertEquals("ab😀", Sanitizer.sanitize("a\ud800b\udc00😀"));
    }

    @Test
    void turnsLineEndsAndSeparatorsIntoLineFeed() {
        assertEquals("a\nb\nc\nd\ne", Sanitizer.sanitize("a\r\nb\rc\u2028d\u2029e"));
    }

    @Test
    void lineVersionTurnsEveryBreakAndTabIntoSpace() {
        assertEquals("a b c d e f", Sanitizer.sanitizeLine("a\nb\r\nc\td\u2028e\u2029f"));
    }

    @Test
    void normalisesToNfc() {
        assertEquals("\u00e9", Sanitizer.sanitize("e\u0301"));
        assertEquals("\u00e9", Sanitizer.sanitize("e\u202e\u0301"), "a mark behind a removed control still composes");
    }

    @Test
    void resultNeverHoldsAControlCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        String line = Sanitizer.sanitizeLine(all.toString());
        line.chars().forEach(c -> assertTrue(Character.getType(c) != Character.CONTROL, "control " + c));
        assertTrue(line.indexOf('\u202e') < 0 && line.indexOf('\u2067') < 0);
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertEquals("", Sanitizer.sanitize(""));
        assertEquals(null, Sanitizer.sanitizeLine(null));
    }

    @Test
    void punctuationSkippedByTheNfcCheckNeverChangesUnderNfcBesideAnyCharacter() {
        for (char c = '\u2000'; c < '\u2600'; c++) {
            if (!Sanitizer.isNfcInert(c)) {
                continue;
            }
            for (int before = 0; before < 0x10000; before++) {
                if (Character.isSurrogate((char) before)) {
                    continue;
                }
                String pair = String.valueOf((char) before) + c;
                String expected =
                        java.text.Normalizer.normalize(String.valueOf((char) before), java.text.Normalizer.Form.NFC)
                                + c;
                assertEquals(
                        expected,
                        java.text.Normalizer.normalize(pair, java.text.Normalizer.Form.NFC),
                        Integer.toHexString(before));
            }
        }
    }

    @Test
    void typographicPunctuationBeforeACombiningMarkStillGetsNfc() {
        assertEquals("“Cafe\u0301”".replace("e\u0301", "é"), Sanitizer.sanitize("“Cafe\u0301”"));
        assertEquals("’\u00e9", Sanitizer.sanitizeLine("’e\u0301"));
    }

    @Test
    void visibleLineWritesOutWhatALineWouldDrop() {
        assertEquals("plain name.txt", Sanitizer.visibleLine("plain name.txt"));
        assertEquals("^[[2Jb^I^J^?", Sanitizer.visibleLine("\u001b[2Jb\t\n\u007f"));
        assertEquals("<U+009B>31m <U+202E>", Sanitizer.visibleLine("\u009b31m \u202e"));
        assertEquals(null, Sanitizer.visibleLine(null));
    }
}
