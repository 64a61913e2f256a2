package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static TextDecoder.Decoded decode(byte[] bytes) {
        return TextDecoder.decode(Input.of(Source.of("news/a.txt"), bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithoutProblems() {
        TextDecoder.Decoded decoded = decode("Café “news”".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("Café “news”"), decoded.text());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void aReplacementCharacterInValidUtf8IsKeptWithoutProblems() {
        TextDecoder.Decoded decoded = decode("Broken \uFFFD glyph".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("Broken \uFFFD glyph"), decoded.text());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void byteOrderMarkDecidesUtf8AndUtf16() {
        byte[] utf8 =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zoë".getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zoë\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Zoë\n".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(Optional.of("Zoë"), decode(utf8).text());
        assertEquals(Optional.of("Zoë\n"), decode(le).text(), "NUL bytes of UTF-16 are not binary");
        assertEquals(Optional.of("Zoë\n"), decode(be).text());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAProblem() {
        byte[] latin = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        TextDecoder.Decoded decoded = decode(latin);
        assertEquals(Optional.of("café “q”"), decoded.text());
        assertEquals(List.of(new Problem("news/a.txt", "not valid UTF-8; read as windows-1252")), decoded.problems());
    }

    @Test
    void oneBadByteInUtf8SpoilsNothingElseAndIsCounted() {
        byte[] text = concat(
                "Café, naïve — “news”: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x92},
                " crème".getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded decoded = decode(text);
        assertEquals(Optional.of("Café, naïve — “news”: ’ crème"), decoded.text(), "the bad byte read as windows-1252");
        assertEquals(
                List.of(new Problem("news/a.txt", "1 invalid byte (not UTF-8); the rest read as UTF-8")),
                decoded.problems());
    }

    @Test
    void badBytesWithNoPrintableWindows1252MeaningBecomeReplacementCharacters() {
        // 0x81 is undefined in windows-1252; E2 82 is a cut-off euro sign.
        byte[] text = concat(
                "Zoë’s café ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x81},
                " naïve ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82});
        TextDecoder.Decoded decoded = decode(text);
        assertEquals(Optional.of("Zoë’s café \uFFFD naïve â‚"), decoded.text());
        assertEquals(
                List.of(new Problem("news/a.txt", "3 invalid bytes (not UTF-8); the rest read as UTF-8")),
                decoded.problems());
    }

    @Test
    void mostlyInvalidBytesWithAFewValidPairsAreStillAWindows1252File() {
        // "Ã©" in windows-1252 is also a valid UTF-8 "é"; one such pair does not make the file UTF-8.
        byte[] cp1252 = {
            'd', 'o', 'n', (byte) 0x92, 't', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0x93, 'x', (byte) 0x94
        };
        assertEquals(Optional.of("don’t Ã© “x”"), decode(cp1252).text());
    }

    @Test
    void aWindows1252FileKeepsItsQuotesAndDashes() {
        byte[] cp1252 = {
            'd', 'o', 'n', (byte) 0x92, 't', ' ', (byte) 0x96, ' ', 'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'
        };
        TextDecoder.Decoded decoded = decode(cp1252);
        assertEquals(Optional.of("don’t – café €5"), decoded.text());
        assertEquals(List.of(new Problem("news/a.txt", "not valid UTF-8; read as windows-1252")), decoded.problems());
    }

    @Test
    void aDeclaredLatin1CharsetIsReadAsWindows1252LikeBrowsersDo() {
        byte[] cp1252 = {'d', 'o', 'n', (byte) 0x92, 't'};
        TextDecoder.Decoded decoded = TextDecoder.decode(
                new Input(Source.of("https://x.example/a"), cp1252, "text/plain; charset=iso-8859-1"));
        assertEquals(Optional.of("don’t"), decoded.text(), "0x92 is a quote, not a C1 control to clean away");
    }

    @Test
    void byteOrderMarkDecidesUtf32() {
        byte[] le =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "Zoë 𝄞\n".getBytes(Charset.forName("UTF-32LE")));
        byte[] be =
                concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "Zoë 𝄞\n".getBytes(Charset.forName("UTF-32BE")));
        assertEquals(Optional.of("Zoë 𝄞\n"), decode(le).text());
        assertEquals(List.of(), decode(le).problems());
        assertEquals(Optional.of("Zoë 𝄞\n"), decode(be).text());
    }

    @Test
    void charsetFromContentTypeIsUsedWithoutBom() {
        byte[] latin = {'c', 'a', 'f', (byte) 0xE9};
        TextDecoder.Decoded decoded = TextDecoder.decode(
                new Input(Source.of("https://x.example/a"), latin, "text/plain; charset=\"ISO-8859-1\""));
        assertEquals(Optional.of("café"), decoded.text());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void nulBytesNearTheStartMeanBinary() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 'x'};
        TextDecoder.Decoded decoded = decode(binary);
        assertTrue(decoded.text().isEmpty());
        assertEquals(List.of(new Problem("news/a.txt", "binary file; skipped")), decoded.problems());
    }

    @Test
    void controlBytesNoTextUsesMeanBinaryWhereNoNulHappensToBe() {
        java.util.Random random = new java.util.Random(7);
        byte[] noise = new byte[300];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (1 + random.nextInt(255)); // random bytes, no NUL among them
        }
        assertEquals(
                List.of(new Problem("news/a.txt", "binary file; skipped")),
                decode(noise).problems());
        assertTrue(TextDecoder.looksBinary(noise));
        byte[] strays = "Headline\n\nA body\u0001 with two stray\u0002 controls and \u001b[1mescapes\u001b[0m.\n"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(decode(strays).text().isPresent(), "a few stray controls leave text text");
        assertFalse(TextDecoder.looksBinary(strays));
    }

    @Test
    void emptyOrBlankInputIsSkipped() {
        for (String blank : new String[] {"", " \n\t\r\n", "\u001b\u0007"}) {
            TextDecoder.Decoded decoded = decode(blank.getBytes(StandardCharsets.UTF_8));
            assertTrue(decoded.text().isEmpty(), blank);
            assertEquals(List.of(new Problem("news/a.txt", "empty; skipped")), decoded.problems());
        }
    }

    @Test
    void lineEndsBecomeLineFeedAndTrailingSpacesGo() {
        byte[] crlf = "one  \r\ntwo\t\rthree \n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("one\ntwo\nthree\n"), decode(crlf).text());
    }

    @Test
    void textIsSanitized() {
        byte[] dirty = "a\u001b[2Jb\u009b\u202ec".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("abc"), decode(dirty).text());
    }

    @Test
    void sizeMessageNamesSizeAndLimit() {
        assertEquals(
                "40.5 MiB, over the 32 MiB limit (--max-size); skipped",
                TextDecoder.tooLargeMessage(40L * 1024 * 1024 + 512 * 1024, 32L * 1024 * 1024));
    }
}
