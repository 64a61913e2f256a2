package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.parse.Parsed;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final String CAFE =
            "Owner Ren\u00e9e Falc\u00f3n said the judges praised the cr\u00e8me br\u00fbl\u00e9e";

    @Test
    void undeclaredWindows1252FallsBackWithAProblem() {
        Parsed parsed = Fixtures.parse(Fixtures.bytes("latin1-undeclared.html"), null);
        assertTrue(parsed.articles().get(0).bodyText().contains(CAFE));
        assertEquals(
                "not valid UTF-8, read as windows-1252",
                parsed.problems().get(0).message());
        assertEquals(Fixtures.BASE, parsed.problems().get(0).source());
    }

    @Test
    void aBadByteInAUtf8PageIsCountedAndTheAccentsSurvive() {
        byte[] head = "<p>Ren\u00e9e said it".getBytes(StandardCharsets.UTF_8);
        byte[] page = java.util.Arrays.copyOf(head, head.length + 2);
        page[head.length] = (byte) 0x92;
        page[head.length + 1] = 's';
        HtmlCharset.Decoded decoded = HtmlCharset.decode(page, null);
        assertEquals("<p>Ren\u00e9e said it\u2019s", decoded.text());
        assertEquals("1 invalid byte (not UTF-8); the rest read as UTF-8", decoded.problem());
    }

    @Test
    void aLatin1DeclarationReadsWindows1252Quotes() {
        byte[] page = {'<', 'p', '>', 'd', 'o', 'n', (byte) 0x92, 't'};
        assertEquals(
                "<p>don\u2019t",
                HtmlCharset.decode(page, "text/html; charset=latin1").text());
    }

    @Test
    void httpEquivDeclarationIsObeyedWithoutAProblem() {
        Parsed parsed = Fixtures.parse(Fixtures.bytes("latin1-declared.html"), null);
        assertTrue(parsed.articles().get(0).bodyText().contains(CAFE));
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    void byteOrderMarkDecidesUtf16() {
        Parsed parsed = Fixtures.parse(Fixtures.bytes("utf16-bom.html"), null);
        assertEquals(
                "Caf\u00e9 on the pier wins award", parsed.articles().get(0).headline());
    }

    @Test
    void contentTypeHeaderNamesTheCharset() {
        byte[] bytes =
                "<title>\u00c5lesund harbour</title><p>\u00c5 quiet day.</p>".getBytes(Charset.forName("ISO-8859-15"));
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes, "text/html; charset=ISO-8859-15");
        assertEquals(Charset.forName("ISO-8859-15"), decoded.charset());
        assertTrue(decoded.text().contains("\u00c5lesund"));
    }

    @Test
    void metaCharsetIsReadFromThePageHead() {
        byte[] bytes = "<meta charset=\"koi8-r\"><p>\u0413\u0430\u0437\u0435\u0442\u0430</p>"
                .getBytes(Charset.forName("KOI8-R"));
        assertTrue(HtmlCharset.decode(bytes, null).text().contains("\u0413\u0430\u0437\u0435\u0442\u0430"));
    }

    @Test
    void validUtf8WinsOverAStaleLegacyDeclaration() {
        byte[] bytes = "<meta charset=gb2312><p>\u65b0\u95fb</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.decode(bytes, null).charset());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() {
        byte[] body = "<p>x</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("<p>x</p>", HtmlCharset.decode(bytes, null).text());
    }
}
