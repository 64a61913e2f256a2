package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * lede's stdout and stderr in a charset other than UTF-8 (a terminal under {@code LANG=C}) print what the
 * reader shows ("Zoe", "GBP14"), not the encoder's '?'; in UTF-8 the text is written as it is.
 */
class TransliteratingWriterTest {

    private static final String LINE = "Zoë pays £14 — “again” 🚀";

    @Test
    void asciiStreamGetsTheReadersTransliteration() {
        assertEquals("Zoe pays GBP14 - \"again\" ??" + System.lineSeparator(), printed(StandardCharsets.US_ASCII));
    }

    @Test
    void latin1KeepsWhatItCanEncode() {
        assertEquals("Zoë pays £14 - \"again\" ??" + System.lineSeparator(), printed(StandardCharsets.ISO_8859_1));
    }

    @Test
    void utf8IsUnchanged() {
        assertEquals(LINE + System.lineSeparator(), printed(StandardCharsets.UTF_8));
    }

    /** A surrogate pair split between two writes is still one character. */
    @Test
    void pairSplitBetweenWritesStaysOneCharacter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamWriter writer = new StreamWriter(bytes, StandardCharsets.US_ASCII);
        String rocket = "🚀";
        writer.write(new char[] {'a', rocket.charAt(0)});
        writer.flush();
        writer.write(new char[] {rocket.charAt(1), 'b'});
        writer.flush();
        assertEquals("a??b", bytes.toString(StandardCharsets.US_ASCII));
    }

    private static String printed(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamWriter writer = new StreamWriter(bytes, charset);
        writer.println(LINE);
        writer.flush();
        return bytes.toString(charset);
    }
}
