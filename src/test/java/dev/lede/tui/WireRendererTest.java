package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lede.tui.wire.WireRenderer;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.FrameLine;
import dev.lede.ui.view.ScrollHint;
import dev.lede.ui.view.Span;
import dev.lede.ui.view.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The renderer's bytes, played on a small terminal emulator, must show exactly what was painted. */
class WireRendererTest {

    private static final String[] WORDS = {
        "harbour",
        "ferry",
        "Kellport",
        "late",
        "Tuesday",
        "said",
        "Ilse",
        "Varga",
        "—",
        "“quoted”",
        "café",
        "日本語",
        "한국",
        "👩‍💻",
        "🇫🇷",
        "e\u0301",
        "x",
        "[1]",
        "…"
    };
    private static final Style[] STYLES = {
        Style.NORMAL,
        Style.NORMAL,
        Style.NORMAL,
        Style.BOLD,
        Style.LINK,
        Style.DIM,
        Style.SELECTED,
        Style.MATCH,
        Style.QUOTE,
        Style.SELECTED_UNFOCUSED
    };

    @Test
    void randomFramesScrollsAndStatusChangesAlwaysLeaveTheScreenAsPainted() throws IOException {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            int columns = 20 + random.nextInt(70);
            int rows = 5 + random.nextInt(20);
            Harness harness = new Harness(columns, rows, seed % 2 == 0 ? ColorMode.INDEXED_256 : ColorMode.ANSI_16);
            List<FrameLine> document = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                document.add(randomLine(random, columns - 2));
            }
            int top = 0;
            String status = "1/10";
            for (int step = 0; step < 60; step++) {
                int action = random.nextInt(10);
                Optional<ScrollHint> hint = Optional.empty();
                if (action < 6) {
                    int distance = random.nextInt(7) - 3;
                    int next = Math.max(0, Math.min(document.size() - rows, top + distance));
                    if (next != top) {
                        hint = Optional.of(
                                new ScrollHint(1, rows - 2, random.nextInt(columns / 2), columns - 1, next - top));
                    }
                    top = next;
                } else if (action < 8) {
                    status = random.nextInt(1000) + "/1000 · reading " + random.nextInt(100) + "%";
                } else {
                    document.set(top + 1 + random.nextInt(rows - 2), randomLine(random, columns - 2));
                }
                harness.show(page(document, top, rows, columns, status, hint), step == 30);
            }
        }
    }

    @Test
    void aOneLineScrollOfProseCostsItsNewLineAndAFewBytesMore() throws IOException {
        Harness harness = new Harness(80, 24, ColorMode.INDEXED_256);
        List<FrameLine> prose = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            prose.add(FrameLine.of(Span.plain(proseLine(i))));
        }
        harness.show(page(prose, 0, 24, 80, "reading 1%", Optional.empty()), false);
        int bytes =
                harness.show(page(prose, 1, 24, 80, "reading 1%", Optional.of(new ScrollHint(1, 22, 0, 79, 1))), false);
        assertTrue(bytes <= 78 + 25, bytes + " bytes for one line of 78 characters");
        int second =
                harness.show(page(prose, 2, 24, 80, "reading 1%", Optional.of(new ScrollHint(1, 22, 0, 79, 1))), false);
        assertTrue(second <= 78 + 15, second + " bytes for the second scroll (the region is already set)");
    }

    @Test
    void rowsThatMovedWithoutAHintAreScrolledAllTheSame() throws IOException {
        Harness harness = new Harness(80, 24, ColorMode.ANSI_16);
        List<FrameLine> prose = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            prose.add(FrameLine.of(Span.plain(proseLine(i))));
        }
        harness.show(page(prose, 5, 24, 80, "s", Optional.empty()), false);
        int up = harness.show(page(prose, 4, 24, 80, "s", Optional.empty()), false);
        assertTrue(harness.last().contains("\u001bM") && up <= 78 + 25, up + " bytes: " + harness.last());
    }

    @Test
    void aStatusBarWhoseNumberChangesRewritesOnlyTheChangedCharacters() throws IOException {
        Harness harness = new Harness(60, 10, ColorMode.ANSI_16);
        List<FrameLine> text = List.of(FrameLine.of(Span.plain("steady text")));
        harness.show(page(text, 0, 10, 60, "12/40 · reading 17%  ·  j/k scroll  q quit", Optional.empty()), false);
        int bytes = harness.show(
                page(text, 0, 10, 60, "12/40 · reading 18%  ·  j/k scroll  q quit", Optional.empty()), false);
        assertEquals(
                "^[[10;19H8",
                harness.last().replace("\u001b", "^["),
                "one move and the digit: the pen is still the status bar's");
        assertEquals(9, bytes);
    }

    @Test
    void anUnchangedFrameSendsNothing() throws IOException {
        Harness harness = new Harness(40, 8, ColorMode.ANSI_16);
        List<FrameLine> text = List.of(FrameLine.of(Span.plain("日本 and 👩‍💻 in a line")));
        harness.show(page(text, 0, 8, 40, "status", Optional.empty()), false);
        assertEquals(0, harness.show(page(text, 0, 8, 40, "status", Optional.empty()), false));
    }

    @Test
    void scrollingIsNotUsedWhenItWouldMoveMoreThanItSaves() throws IOException {
        Harness harness = new Harness(60, 12, ColorMode.ANSI_16);
        List<FrameLine> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(FrameLine.of(Span.plain(proseLine(i).substring(0, 50)), Span.plain("|" + (i % 3))));
        }
        harness.show(page(lines, 0, 12, 60, "s", Optional.empty()), false);
        // Only the narrow right column "moved": scrolling the full-width region would move the left text too.
        List<FrameLine> shifted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shifted.add(FrameLine.of(Span.plain(proseLine(i).substring(0, 50)), Span.plain("|" + ((i + 1) % 3))));
        }
        harness.show(page(shifted, 0, 12, 60, "s", Optional.of(new ScrollHint(1, 10, 50, 59, 1))), false);
        assertTrue(!harness.last().contains("\u001bD"), "no scroll: " + harness.last());
    }

    @Test
    void hyperlinksAreOpenedAroundTheirCellsTakeNoColumnAndAreClosedAtTheEndOfEachFrame() throws IOException {
        Harness harness = new Harness(60, 8, ColorMode.ANSI_16);
        FrameLine linked = FrameLine.of(
                Span.plain("the "),
                new Span("petition[1]", Style.LINK, "https://maresby.example/p"),
                Span.plain(" was signed"));
        harness.show(page(List.of(linked), 0, 8, 60, "s", Optional.empty()), false);
        String sent = harness.last();
        int open = sent.indexOf("\u001b]8;;https://maresby.example/p\u001b\\petition[1]");
        int close = sent.indexOf("\u001b]8;;\u001b\\", open + 1);
        assertTrue(open > 0 && close > open && close < sent.indexOf("was signed"), sent.replace("\u001b", "^["));
        assertTrue(!harness.terminal.linkOpen(), "the link is closed at the end of the frame");
        assertEquals(0, harness.show(page(List.of(linked), 0, 8, 60, "s", Optional.empty()), false), "nothing changed");

        // The same text to another target, then to none: the cells are sent again, with the new link or without.
        FrameLine moved = FrameLine.of(
                Span.plain("the "),
                new Span("petition[1]", Style.LINK, "https://maresby.example/q"),
                Span.plain(" was signed"));
        harness.show(page(List.of(moved), 0, 8, 60, "s", Optional.empty()), false);
        assertTrue(
                harness.last().contains("https://maresby.example/q"),
                harness.last().replace("\u001b", "^["));
        assertTrue(!harness.terminal.linkOpen(), "closed even when the frame's last cell sent is in the link");
        FrameLine plain =
                FrameLine.of(Span.plain("the "), new Span("petition[1]", Style.LINK), Span.plain(" was signed"));
        harness.show(page(List.of(plain), 0, 8, 60, "s", Optional.empty()), false);
        assertTrue(
                harness.last().contains("petition[1]"),
                "unlinked cells are rewritten: " + harness.last().replace("\u001b", "^["));
        assertTrue(!harness.terminal.linkOpen());
    }

    @Test
    void aLinkThatIsNotPrintableAsciiIsDrawnAsPlainText() throws IOException {
        Harness harness = new Harness(60, 8, ColorMode.ANSI_16);
        for (String hostile : List.of(
                "https://a.example/\u001b]0;pwned\u0007",
                "https://a.example/\u009d0;x",
                "https://a.example/ü",
                "https://a.example/a b",
                "javascript:alert(1)")) {
            FrameLine line = FrameLine.of(new Span("click", Style.LINK, hostile));
            harness.show(page(List.of(line), 0, 8, 60, "s", Optional.empty()), true);
            assertTrue(
                    !harness.last().contains("\u001b]"),
                    hostile + ": " + harness.last().replace("\u001b", "^["));
        }
    }

    /** Paints frames with the real Painter on a Lanterna screen and plays the renderer's bytes on AnsiScreen. */
    private static final class Harness {
        private final TerminalScreen screen;
        private final Painter painter;
        private final WireRenderer renderer = new WireRenderer(StandardCharsets.UTF_8);
        final AnsiScreen terminal;
        private final int columns;
        private final int rows;
        private String last = "";

        Harness(int columns, int rows, ColorMode mode) throws IOException {
            this.columns = columns;
            this.rows = rows;
            this.screen = new TerminalScreen(new VirtualTty(columns, rows));
            this.painter = new Painter(screen, mode, StandardCharsets.UTF_8, false);
            this.terminal = new AnsiScreen(columns, rows);
        }

        int show(Frame frame, boolean full) {
            Optional<ScrollHint> hint = painter.paint(frame);
            TextCharacter[][] cells = new TextCharacter[rows][columns];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    cells[row][column] = screen.getBackCharacter(column, row);
                }
            }
            byte[] bytes = renderer.frame(cells, hint, full);
            last = new String(bytes, StandardCharsets.UTF_8);
            terminal.feed(bytes);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    int r = row;
                    int c = column;
                    assertEquals(
                            AnsiScreen.expected(cells[row][column]),
                            terminal.cell(row, column),
                            () -> "cell " + r + "," + c + " after sending " + last.replace("\u001b", "^["));
                }
            }
            return bytes.length;
        }

        String last() {
            return last;
        }
    }

    private static Frame page(
            List<FrameLine> body, int top, int rows, int columns, String status, Optional<ScrollHint> hint) {
        List<FrameLine> lines = new ArrayList<>();
        lines.add(new FrameLine(List.of(new Span(" lede — title", Style.TITLE_BAR)), Style.TITLE_BAR));
        for (int row = 0; row < rows - 2; row++) {
            lines.add(top + row < body.size() ? body.get(top + row) : FrameLine.of());
        }
        lines.add(new FrameLine(List.of(new Span(" " + status, Style.STATUS_BAR)), Style.STATUS_BAR));
        return new Frame(columns, rows, lines, hint);
    }

    private static FrameLine randomLine(Random random, int width) {
        List<Span> spans = new ArrayList<>();
        int used = 0;
        int target = random.nextInt(4) == 0 ? 0 : random.nextInt(width);
        while (used < target) {
            String word = WORDS[random.nextInt(WORDS.length)] + " ";
            // Some words are hyperlinks (OSC 8), to one of a few targets, so links change under scrolls and repaints.
            String link = random.nextInt(5) == 0 ? "https://maresby.example/" + random.nextInt(3) : null;
            spans.add(new Span(word, STYLES[random.nextInt(STYLES.length)], link));
            used += word.length();
        }
        return new FrameLine(spans, random.nextInt(5) == 0 ? Style.SELECTED : Style.NORMAL);
    }

    private static String proseLine(int n) {
        String prose = "the ferry to Kellport ran late again on Tuesday, said harbour master Ilse Varga; ";
        int shift = (n * 7) % prose.length();
        return (prose.substring(shift) + prose.substring(0, shift)).substring(0, 78);
    }
}
