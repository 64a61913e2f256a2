package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.lede.tui.wire.TextBytes;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.FrameLine;
import dev.lede.ui.view.ScrollHint;
import dev.lede.ui.view.Span;
import dev.lede.ui.view.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PainterTest {

    private final VirtualTty tty = new VirtualTty(20, 3);
    private final TerminalScreen screen = screenOn(tty);

    @Test
    void wideCharactersTakeTwoCells() {
        paintLine("日本x");
        assertEquals("日", cell(0).getCharacterString());
        assertTrue(cell(0).isDoubleWidth());
        assertEquals("本", cell(2).getCharacterString());
        assertEquals("x", cell(4).getCharacterString());
    }

    @Test
    void fullwidthSignsAreWideEvenWhereLanternaThinksNot() {
        paintLine("￥a⌚b");
        assertTrue(cell(0).isDoubleWidth());
        assertEquals("a", cell(2).getCharacterString());
        assertTrue(cell(3).isDoubleWidth());
        assertEquals("b", cell(5).getCharacterString());
    }

    @Test
    void emojiSequencesAndFlagsAreOneWideCell() {
        paintLine("👩‍💻🇫🇷😀x");
        assertEquals("👩‍💻", cell(0).getCharacterString());
        assertEquals("🇫🇷", cell(2).getCharacterString());
        assertEquals("😀", cell(4).getCharacterString());
        assertEquals("x", cell(6).getCharacterString());
    }

    @Test
    void combiningMarksStayInTheCellOfTheirLetter() {
        paintLine("q\u0301z");
        assertEquals("q\u0301", cell(0).getCharacterString());
        assertEquals("z", cell(1).getCharacterString());
    }

    @Test
    void aMarkStartingASpanJoinsThePreviousCell() {
        paint(frame(new FrameLine(List.of(Span.plain("ab"), Span.plain("\u0301c")), Style.NORMAL)));
        assertEquals("b\u0301", cell(1).getCharacterString());
        assertEquals("c", cell(2).getCharacterString());
    }

    @Test
    void aWideCharacterThatDoesNotFitLeavesTheLastCellBlank() {
        paintLine("1234567890123456789日");
        assertEquals(" ", cell(19).getCharacterString());
    }

    @Test
    void hostileStringsNeverPutAControlCharacterOnTheScreen() {
        String[] hostile = {
            "a\u001b]0;pwned\u0007b",
            "\u001b]8;;http://x.example/\u001b\\link\u001b]8;;\u001b\\",
            "\u001b]52;c;cGFzdGU=\u0007",
            "\u001b[2J\u001b[31mred",
            "\u009b31m\u009d2;title\u009c",
            "invoice\u202Efdp.exe\u2066x\u2069",
            "nul\u0000byte",
            "visible\rhidden",
            "tab\there",
            "\ud800lone",
            "zero\u200Bwidth\uFEFF"
        };
        for (String text : hostile) {
            paintLine(text);
            for (int column = 0; column < 20; column++) {
                String shown = cell(column).getCharacterString();
                shown.codePoints()
                        .forEach(cp -> assertFalse(
                                cp < 0x20
                                        || cp == 0x7f
                                        || (cp >= 0x80 && cp < 0xa0)
                                        || (cp >= 0x202A && cp <= 0x202E)
                                        || (cp >= 0x2066 && cp <= 0x2069)
                                        || cp == 0x200B
                                        || Character.isSurrogate((char) cp) && cp <= 0xFFFF,
                                () -> "U+" + Integer.toHexString(cp) + " painted from " + text));
            }
        }
        paintLine("visible\rhidden");
        assertEquals("visible hidden", rowText(0).strip()); // CR became a space, never a return
    }

    @Test
    void stylesBecomeColoursOnlyWhenTheTerminalHasThem() {
        Painter plain = new Painter(screen, ColorMode.NONE, StandardCharsets.UTF_8);
        plain.paint(frame(new FrameLine(List.of(new Span("link", Style.LINK)), Style.NORMAL)));
        assertEquals(TextColor.ANSI.DEFAULT, cell(0).getForegroundColor());
        Painter coloured = new Painter(screen, ColorMode.ANSI_16, StandardCharsets.UTF_8);
        coloured.paint(frame(new FrameLine(List.of(new Span("link", Style.LINK)), Style.NORMAL)));
        assertEquals(TextColor.ANSI.CYAN, cell(0).getForegroundColor());
        assertEquals(TextColor.ANSI.DEFAULT, cell(0).getBackgroundColor());
    }

    @Test
    void colourModeFollowsTheEnvironment() {
        assertEquals(ColorMode.NONE, ColorMode.detect(Map.of("TERM", "xterm-256color", "NO_COLOR", "1")));
        assertEquals(ColorMode.NONE, ColorMode.detect(Map.of("TERM", "dumb")));
        assertEquals(ColorMode.NONE, ColorMode.detect(Map.of()));
        assertEquals(ColorMode.ANSI_16, ColorMode.detect(Map.of("TERM", "xterm", "NO_COLOR", "")));
        assertEquals(ColorMode.INDEXED_256, ColorMode.detect(Map.of("TERM", "tmux-256color")));
        assertEquals(
                ColorMode.TRUE_COLOR, ColorMode.detect(Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor")));
    }

    @Test
    void aTransliterationWiderThanItsSpanIsCutSoTheNextSpanStaysInItsColumn() {
        // "£5 … ½ " is 7 columns as laid out and "GBP5 ...  1/2 " 14 as drawn: the border after it must not move; the
        // last span of the row may take the row's rest.
        Painter ascii = new Painter(screen, ColorMode.NONE, StandardCharsets.US_ASCII);
        ascii.paint(frame(new FrameLine(
                List.of(Span.plain("£5 … ½ "), new Span("|", Style.BORDER, null), Span.plain(" £2")), Style.NORMAL)));
        assertEquals("GBP5...| GBP2", rowText(0).strip());
    }

    @Test
    void nonUtf8TerminalsGetTransliteratedText() {
        Painter ascii = new Painter(screen, ColorMode.NONE, StandardCharsets.US_ASCII);
        ascii.paint(frame(FrameLine.of(Span.plain("“ok” — fine…"))));
        assertEquals("\"ok\" - fine...", rowText(0).strip());
    }

    @Test
    void drawnTextIsEncodedWithoutStrayNulsOrSplitSurrogates() {
        assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9}, TextBytes.encode("é", StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {(byte) 0xce, (byte) 0xb1}, TextBytes.encode("α", StandardCharsets.UTF_8));
        assertArrayEquals(
                new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
                TextBytes.encode("😀", StandardCharsets.UTF_8));
        assertEquals(
                "a[31mb",
                new String(
                        TextBytes.encode("a\u001b[31m\u009bb\u0000", StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void aOneLineScrollSendsAScrollRegionInsteadOfARepaint() throws IOException {
        int scrolled = bytesForOneLineScroll(true);
        int repainted = bytesForOneLineScroll(false);
        assertTrue(scrolled * 4 < repainted, scrolled + " bytes with the hint, " + repainted + " without");
    }

    private int bytesForOneLineScroll(boolean withHint) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalSize size = new TerminalSize(80, 24);
        ANSITerminal ansi = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen ansiScreen = new TerminalScreen(ansi);
        ansiScreen.startScreen();
        Painter painter = new Painter(ansiScreen, ColorMode.ANSI_16, StandardCharsets.UTF_8);
        painter.paint(page(0, size, Optional.empty()));
        ansiScreen.refresh(Screen.RefreshType.DELTA);
        out.reset();
        painter.paint(page(1, size, withHint ? Optional.of(new ScrollHint(1, 22, 0, 79, 1)) : Optional.empty()));
        ansiScreen.refresh(Screen.RefreshType.DELTA);
        for (int row = 1; row < 23; row++) {
            assertEquals(
                    page(1, size, Optional.empty()).lines().get(row).plainText().stripTrailing(),
                    rowOf(ansiScreen, row, 80).stripTrailing());
        }
        return out.size();
    }

    private static Frame page(int top, TerminalSize size, Optional<ScrollHint> hint) {
        List<FrameLine> lines = new ArrayList<>();
        lines.add(new FrameLine(List.of(new Span("Title", Style.TITLE_BAR)), Style.TITLE_BAR));
        for (int row = 0; row < size.getRows() - 2; row++) {
            lines.add(FrameLine.of(Span.plain(articleLine(top + row))));
        }
        lines.add(new FrameLine(List.of(new Span("status", Style.STATUS_BAR)), Style.STATUS_BAR));
        return new Frame(size.getColumns(), size.getRows(), lines, hint);
    }

    // Every line differs from its neighbours in nearly every cell, as wrapped prose does.
    private static String articleLine(int n) {
        String prose = "the ferry to Kellport ran late again on Tuesday, said harbour master Ilse Varga; ";
        int shift = (n * 7) % prose.length();
        return (prose.substring(shift) + prose.substring(0, shift)).substring(0, 78);
    }

    private void paintLine(String text) {
        paint(frame(FrameLine.of(Span.plain(text))));
    }

    private void paint(Frame frame) {
        new Painter(screen, ColorMode.ANSI_16, StandardCharsets.UTF_8).paint(frame);
    }

    private static Frame frame(FrameLine first) {
        return new Frame(20, 3, List.of(first, FrameLine.of(), FrameLine.of()), Optional.empty());
    }

    private TextCharacter cell(int column) {
        return screen.getBackCharacter(column, 0);
    }

    private String rowText(int row) {
        return rowOf(screen, row, 20);
    }

    private static String rowOf(Screen screen, int row, int width) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < width; column++) {
            TextCharacter character = screen.getBackCharacter(column, row);
            line.append(character.getCharacterString());
            if (character.isDoubleWidth()) {
                column++;
            }
        }
        return line.toString();
    }

    private static TerminalScreen screenOn(VirtualTty tty) {
        try {
            return new TerminalScreen(tty);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
