package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.text.Columns;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphsTest {

    @Test
    void aUnicodeCharsetGetsTheUnicodeMarks() {
        assertEquals(Glyphs.UNICODE, Glyphs.forCharset(StandardCharsets.UTF_8));
        assertEquals(Glyphs.UNICODE, Glyphs.forCharset(StandardCharsets.UTF_16));
    }

    @Test
    void aCharsetThatCannotShowThemGetsAscii() {
        // LANG=C (Java names it ANSI_X3.4-1968), Latin-1 and windows-1252 locales have no ▸ or │.
        for (Charset charset :
                List.of(StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"))) {
            assertEquals(Glyphs.ASCII, Glyphs.forCharset(charset), charset.name());
        }
    }

    @Test
    void theAsciiMarksArePrintableAsciiAndTheOneColumnOnesStayOneColumn() {
        Glyphs ascii = Glyphs.ASCII;
        for (String mark : List.of(
                ascii.selected(),
                ascii.unread(),
                ascii.border(),
                ascii.related(),
                ascii.separator(),
                ascii.promptCursor(),
                ascii.cut())) {
            assertTrue(mark.chars().allMatch(c -> c >= 0x20 && c < 0x7f), mark);
        }
        // The list's marks and the border are laid out as one column each.
        for (String mark : List.of(ascii.selected(), ascii.unread(), ascii.border())) {
            assertEquals(1, Columns.width(mark), mark);
        }
        assertTrue(!ascii.unread().equals("*"), "* is the star mark");
    }
}
