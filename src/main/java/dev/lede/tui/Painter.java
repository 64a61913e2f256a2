// Over 250 lines: one pass from a frame to Lanterna's cells, clean-up and span widths as the views set them.
package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Graphemes;
import dev.lede.core.text.LineFit;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Transliteration;
import dev.lede.tui.wire.ClusterCharacter;
import dev.lede.ui.Glyphs;
import dev.lede.ui.Hyperlink;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.FrameLine;
import dev.lede.ui.view.ScrollHint;
import dev.lede.ui.view.Span;
import dev.lede.ui.view.Style;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Draws a {@link Frame} onto Lanterna's back buffer cell by cell, measuring with {@link Columns} so the
 * layout the views computed is the layout the terminal shows: a wide character takes two cells, a
 * zero-width one joins the cell before it. Every string is cleaned again on the way (defence in depth:
 * no control character reaches Lanterna, which would throw, or the terminal, which would obey).
 * A frame's {@link ScrollHint} is checked against the last frame's size and returned, so a one-line
 * scroll can cost the terminal a scroll region and one new line instead of a repaint: for Lanterna's
 * refresh it becomes {@link Screen#scrollLines} first; {@link dev.lede.tui.wire.WireRenderer} decides itself whether
 * scrolling is cheaper. The caller refreshes the screen.
 */
public final class Painter {

    private static final int CACHE_LIMIT = 20_000;

    private final Screen screen;
    private final Charset charset;
    private final Map<Style, CellStyle> palette;
    private final Map<Style, Map<String, TextCharacter>> cells = new EnumMap<>(Style.class);
    private final Map<Style, TextCharacter[]> asciiCells = new EnumMap<>(Style.class);
    private final boolean scrollsScreen;
    private TerminalSize previousSize;

    /** A painter for Lanterna's own refresh: scroll hints are applied to the screen. */
    public Painter(Screen screen, ColorMode colorMode, Charset charset) {
        this(screen, colorMode, charset, true);
    }

    Painter(Screen screen, ColorMode colorMode, Charset charset, boolean scrollsScreen) {
        this.screen = screen;
        this.charset = charset;
        this.palette = CellStyle.palette(colorMode);
        this.scrollsScreen = scrollsScreen;
    }

    /**
     * Draws {@code frame} over the whole screen (rows past the frame are blanked); returns its scroll
     * hint when it still describes what the terminal shows (same size as the last frame).
     */
    public Optional<ScrollHint> paint(Frame frame) {
        TerminalSize size = screen.getTerminalSize();
        Optional<ScrollHint> scroll = frame.scroll().filter(hint -> isValid(hint, size));
        if (scrollsScreen) {
            scroll = scroll.filter(hint -> isWorthScrolling(hint, size));
            scroll.ifPresent(hint -> screen.scrollLines(hint.firstRow(), hint.lastRow(), hint.distance()));
        }
        previousSize = size;
        List<FrameLine> lines = frame.lines();
        for (int row = 0; row < size.getRows(); row++) {
            Optional<FrameLine> line = row < lines.size() ? Optional.of(lines.get(row)) : Optional.empty();
            paintRow(row, size.getColumns(), line.orElse(FrameLine.of()));
        }
        return scroll;
    }

    /** Forgets the last frame's size, so the next hint is not trusted (after a resize or a full redraw). */
    public void invalidate() {
        previousSize = null;
    }

    // Terminal scroll regions span whole rows; a hint for a narrow pane would move (and then repaint)
    // more of the other pane than it saves, so Lanterna's refresh only gets hints covering half the width.
    private static boolean isWorthScrolling(ScrollHint hint, TerminalSize size) {
        int columns = hint.lastColumn() - hint.firstColumn() + 1;
        return columns * 2 >= size.getColumns();
    }

    private boolean isValid(ScrollHint hint, TerminalSize size) {
        int rows = hint.lastRow() - hint.firstRow() + 1;
        return size.equals(previousSize)
                && hint.distance() != 0
                && Math.abs(hint.distance()) < rows
                && hint.firstRow() >= 0
                && hint.lastRow() < size.getRows();
    }

    private void paintRow(int row, int width, FrameLine line) {
        int column = 0;
        List<Span> spans = line.spans();
        for (int at = 0; at < spans.size(); at++) {
            Span span = spans.get(at);
            String clean = clean(Sanitizer.sanitizeLine(span.text()));
            String text = shown(clean, at == spans.size() - 1 ? width - column : -1);
            String link = Hyperlink.target(span.link()); // checked again: nothing but printable ASCII goes in OSC 8
            if (link != null) {
                column = paintLinked(row, column, width, text, span.style(), link);
                continue;
            }
            if (isPrintableAscii(text)) { // most of a screen: one narrow cell per character, no clustering
                TextCharacter[] ascii = asciiCells.computeIfAbsent(span.style(), s -> new TextCharacter[0x7f]);
                for (int i = 0; i < text.length() && column < width; i++, column++) {
                    char c = text.charAt(i);
                    if (ascii[c] == null) {
                        ascii[c] = cell(String.valueOf(c), 1, span.style());
                    }
                    screen.setCharacter(column, row, ascii[c]);
                }
                continue;
            }
            Style style = span.style();
            column = paintClusters(row, column, width, text, (cluster, columns) -> cell(cluster, columns, style));
        }
        TextCharacter blank = cell(" ", 1, line.fill());
        for (; column < width; column++) {
            screen.setCharacter(column, row, blank);
        }
    }

    /**
     * {@code text} in the terminal's charset. A transliteration can be wider ("£" as "GBP"); the views lay out
     * text as shown ({@code ui/ShownText}), and what still widens here loses its trailing blanks first, then is
     * cut, marked, so the spans after it (the pane border, the other pane) stay in the columns they were laid out
     * in. {@code room}: the columns the last span of a row may take, else -1 (the span's own).
     */
    private String shown(String text, int room) {
        String shown = Transliteration.forCharset(text, charset);
        if (shown == text) {
            return text;
        }
        int columns = room >= 0 ? room : Columns.width(text);
        if (Columns.width(shown) <= columns) {
            return shown;
        }
        String words = shown.stripTrailing();
        return Columns.width(words) <= columns
                ? LineFit.pad(words, columns)
                : LineFit.cut(words, columns, Glyphs.ASCII.cut());
    }

    // Hyperlinked text: cells of their own, never from the caches (each carries its link).
    private int paintLinked(int row, int start, int width, String text, Style style, String link) {
        CellStyle looks = palette.get(style);
        return paintClusters(row, start, width, text, (cluster, columns) -> newCell(cluster, columns, looks, link));
    }

    /** Paints {@code text} cluster by cluster from {@code start}; returns the column after the last cell painted. */
    private int paintClusters(
            int row, int start, int width, String text, BiFunction<String, Integer, TextCharacter> cells) {
        int column = start;
        int i = 0;
        while (i < text.length() && column < width) {
            int end = Graphemes.nextBoundary(text, i);
            String cluster = text.substring(i, end);
            i = end;
            int columns = Columns.clusterWidth(cluster);
            if (columns == 0) {
                attachToPrevious(row, column, cluster);
                continue;
            }
            if (column + columns > width) {
                break; // a wide character that does not fit in the last column
            }
            screen.setCharacter(column, row, cells.apply(cluster, columns));
            column += columns;
        }
        return column;
    }

    // A zero-width cluster left on its own (a mark at the start of a span) joins the cell before it.
    private void attachToPrevious(int row, int column, String cluster) {
        if (column == 0) {
            return;
        }
        int target = column - 1;
        TextCharacter previous = screen.getBackCharacter(target, row);
        if (target > 0
                && !previous.isDoubleWidth()
                && screen.getBackCharacter(target - 1, row).isDoubleWidth()) {
            target--; // the padding cell of a wide character: attach to the character itself
            previous = screen.getBackCharacter(target, row);
        }
        String joined = previous.getCharacterString() + cluster;
        screen.setCharacter(
                target,
                row,
                new ClusterCharacter(previous, joined, previous.isDoubleWidth(), ClusterCharacter.linkOf(previous)));
    }

    private TextCharacter cell(String cluster, int columns, Style style) {
        Map<String, TextCharacter> byText = cells.computeIfAbsent(style, s -> new HashMap<>());
        if (byText.size() > CACHE_LIMIT) {
            byText.clear();
        }
        return byText.computeIfAbsent(cluster, text -> newCell(text, columns, palette.get(style)));
    }

    // Every cell is a ClusterCharacter, whose width is ours: Lanterna's own guess (TextCharacter.isDoubleWidth,
    // asked on every setCharacter) looks the character's Unicode block up several times per call.
    private static TextCharacter newCell(String cluster, int columns, CellStyle style) {
        return newCell(cluster, columns, style, null);
    }

    private static TextCharacter newCell(String cluster, int columns, CellStyle style, String link) {
        int first = cluster.codePointAt(0);
        String base = new String(Character.toChars(first));
        TextCharacter plain =
                TextCharacter.fromString(base, style.foreground(), style.background(), style.attributeArray())[0];
        return new ClusterCharacter(plain, cluster, columns == 2, link);
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * NFC, then drops what must never reach a terminal: C0 and C1 controls, DEL, bidi overrides and
     * isolates, zero-width spaces, line separators and the BOM; a broken surrogate becomes U+FFFD.
     * ZWJ and variation selectors stay: emoji sequences need them.
     */
    static String clean(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 0x20 && c < 0x7f;
        }
        if (plain) {
            return text;
        }
        String normal = Sanitizer.toNfc(text);
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                out.append('\uFFFD');
            } else if (!Sanitizer.removedFromLine(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
