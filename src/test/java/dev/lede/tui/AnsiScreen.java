package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Graphemes;
import dev.lede.tui.wire.ClusterCharacter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A small terminal emulator for tests: it obeys the subset of VT100/xterm sequences lede's renderer may
 * send (cursor moves, SGR, erase, scroll region, index/reverse index, 1049 and 25 modes) and fails on
 * anything else, so what the renderer sends can be checked cell by cell against what was painted.
 * Writing past the last column (an autowrap) fails too: the renderer must never rely on it. OSC 8
 * hyperlinks are modelled strictly: a cell printed, erased or scrolled in while a link is open belongs
 * to it, and a link target that is not printable ASCII fails.
 */
final class AnsiScreen {

    private final int rows;
    private final int columns;
    private final String[][] cells;
    private int row;
    private int column;
    private boolean pendingWrap;
    private int lastRow;
    private int lastColumn;
    private int top;
    private int bottom;
    private String foreground = "39";
    private String background = "49";
    private final TreeSet<Integer> attributes = new TreeSet<>();
    private String link; // the open OSC 8 hyperlink, or null

    AnsiScreen(int columns, int rows) {
        this.rows = rows;
        this.columns = columns;
        this.cells = new String[rows][columns];
        for (String[] line : cells) {
            Arrays.fill(line, erased());
        }
        bottom = rows - 1;
    }

    void feed(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == 0x1b) {
                i = escape(text, i + 1);
            } else if (c == '\r') {
                column = 0;
                pendingWrap = false;
                i++;
            } else if (c == '\n') {
                index();
                i++;
            } else if (c < 0x20 || c == 0x7f) {
                throw new AssertionError("control character " + (int) c + " sent");
            } else {
                int end = i;
                while (end < text.length()
                        && text.charAt(end) >= 0x20
                        && text.charAt(end) != 0x7f
                        && text.charAt(end) != 0x1b) {
                    end++;
                }
                String run = text.substring(i, end);
                for (int k = 0; k < run.length(); ) {
                    int next = Graphemes.nextBoundary(run, k);
                    print(run.substring(k, next));
                    k = next;
                }
                i = end;
            }
        }
    }

    /** The cell as the eye sees it: the same string for two cells that cannot be told apart. */
    String cell(int r, int c) {
        return cells[r][c];
    }

    /** What a painted cell looks like in the terms of {@link #cell}. */
    static String expected(TextCharacter cell) {
        TreeSet<Integer> attrs = new TreeSet<>();
        for (SGR sgr : cell.getModifiers()) {
            attrs.add(
                    switch (sgr) {
                        case BOLD -> 1;
                        case ITALIC -> 3;
                        case UNDERLINE -> 4;
                        case BLINK -> 5;
                        case REVERSE -> 7;
                        case CROSSED_OUT -> 9;
                        default -> throw new AssertionError(sgr + " not modelled");
                    });
        }
        return look(
                cell.getCharacterString(),
                sgr(cell.getForegroundColor(), true),
                sgr(cell.getBackgroundColor(), false),
                attrs,
                ClusterCharacter.linkOf(cell));
    }

    /** Whether a hyperlink is open after the bytes fed so far. */
    boolean linkOpen() {
        return link != null;
    }

    private static String sgr(TextColor colour, boolean foreground) {
        byte[] bytes = foreground ? colour.getForegroundSGRSequence() : colour.getBackgroundSGRSequence();
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static String look(String text, String fg, String bg, TreeSet<Integer> attrs, String link) {
        String shownBackground = attrs.contains(7) ? "r" + fg : bg;
        String lines = (attrs.contains(4) ? "u" : "") + (attrs.contains(9) ? "x" : "") + (attrs.contains(5) ? "b" : "");
        String linked = link == null ? "" : " link " + link;
        if (text.equals(" ")) {
            return "\u0000blank " + shownBackground + " " + lines + linked;
        }
        return text + "\u0000" + fg + " " + bg + " " + attrs + linked;
    }

    private String erased() {
        return look(" ", "39", background, new TreeSet<>(), link);
    }

    private void print(String cluster) {
        int width = Columns.clusterWidth(cluster);
        if (width == 0) {
            String previous = cells[lastRow][lastColumn];
            int bracket = previous.indexOf('\u0000');
            cells[lastRow][lastColumn] = previous.substring(0, bracket) + cluster + previous.substring(bracket);
            return;
        }
        if (pendingWrap) {
            throw new AssertionError("text written past the last column at row " + row);
        }
        if (column + width > columns) {
            throw new AssertionError("wide character does not fit at row " + row);
        }
        clearWideAround(column, width);
        cells[row][column] = look(cluster, foreground, background, attributes, link);
        lastRow = row;
        lastColumn = column;
        if (width == 2) {
            cells[row][column + 1] = look(" ", foreground, background, attributes, link);
        }
        column += width;
        if (column >= columns) {
            column = columns - 1;
            pendingWrap = true;
        }
    }

    // Overwriting either half of a wide character blanks the other half, as terminals do.
    private void clearWideAround(int at, int width) {
        for (int c = Math.max(0, at - 1); c < Math.min(columns, at + width + 1); c++) {
            String cell = cells[row][c];
            if (cell.startsWith("\u0000blank") || c + 1 >= columns) {
                continue;
            }
            boolean wide = Columns.clusterWidth(cell.substring(0, cell.indexOf('\u0000'))) == 2;
            if (wide && (c == at - 1 || c + 1 >= at && c < at + width)) {
                cells[row][c] = erased();
                cells[row][c + 1] = erased();
            }
        }
    }

    private int escape(String text, int i) {
        char kind = text.charAt(i);
        if (kind == 'D') {
            index();
            return i + 1;
        }
        if (kind == 'M') {
            reverseIndex();
            return i + 1;
        }
        if (kind == ']') {
            return osc(text, i + 1);
        }
        if (kind != '[') {
            throw new AssertionError("unexpected ESC " + kind);
        }
        int end = i + 1;
        while (end < text.length() && (text.charAt(end) < 0x40 || text.charAt(end) > 0x7e)) {
            end++;
        }
        String params = text.substring(i + 1, end);
        csi(params, text.charAt(end));
        return end + 1;
    }

    // Only OSC 8 ; ; URI ST, with a URI of printable ASCII (or none, which ends the link).
    private int osc(String text, int i) {
        int end = text.indexOf("\u001b\\", i);
        if (end < 0) {
            throw new AssertionError("OSC without ST");
        }
        String body = text.substring(i, end);
        if (!body.startsWith("8;;")) {
            throw new AssertionError("unexpected OSC " + body);
        }
        String uri = body.substring(3);
        for (char c : uri.toCharArray()) {
            if (c < 0x21 || c > 0x7e) {
                throw new AssertionError("character " + (int) c + " inside an OSC 8 link");
            }
        }
        link = uri.isEmpty() ? null : uri;
        return end + 2;
    }

    private void csi(String params, char command) {
        if (params.startsWith("?")) {
            if (!List.of("?25l", "?25h", "?1049h", "?1049l").contains(params + command)) {
                throw new AssertionError("unexpected private mode " + params + command);
            }
            return;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : params.split(";", -1)) {
            numbers.add(part.isEmpty() ? -1 : Integer.parseInt(part));
        }
        int first = numbers.get(0) <= 0 ? 1 : numbers.get(0);
        pendingWrap = false;
        switch (command) {
            case 'H' -> {
                row = Math.min(rows, first) - 1;
                column = Math.min(columns, numbers.size() > 1 && numbers.get(1) > 0 ? numbers.get(1) : 1) - 1;
            }
            case 'A' -> row = Math.max(row >= top ? top : 0, row - first);
            case 'B' -> row = Math.min(row <= bottom ? bottom : rows - 1, row + first);
            case 'C' -> column = Math.min(columns - 1, column + first);
            case 'D' -> column = Math.max(0, column - first);
            case 'K' -> {
                if (numbers.get(0) > 0) {
                    throw new AssertionError("only ESC[K is modelled");
                }
                for (int c = column; c < columns; c++) {
                    cells[row][c] = erased();
                }
            }
            case 'J' -> {
                if (numbers.get(0) != 2) {
                    throw new AssertionError("only ESC[2J is modelled");
                }
                for (String[] line : cells) {
                    Arrays.fill(line, erased());
                }
            }
            case 'r' -> {
                top = numbers.get(0) > 0 ? numbers.get(0) - 1 : 0;
                bottom = numbers.size() > 1 && numbers.get(1) > 0 ? numbers.get(1) - 1 : rows - 1;
                row = 0;
                column = 0;
            }
            case 'm' -> sgr(numbers);
            default -> throw new AssertionError("unexpected CSI " + params + command);
        }
    }

    private void sgr(List<Integer> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            int n = Math.max(0, numbers.get(i));
            if (n == 0) {
                foreground = "39";
                background = "49";
                attributes.clear();
            } else if (n == 38 || n == 48) {
                int length = numbers.get(i + 1) == 5 ? 3 : 5;
                StringBuilder colour = new StringBuilder(String.valueOf(n));
                for (int k = 1; k < length; k++) {
                    colour.append(';').append(numbers.get(i + k));
                }
                if (n == 38) {
                    foreground = colour.toString();
                } else {
                    background = colour.toString();
                }
                i += length - 1;
            } else if (n >= 30 && n <= 39 || n >= 90 && n <= 97) {
                foreground = String.valueOf(n);
            } else if (n >= 40 && n <= 49 || n >= 100 && n <= 107) {
                background = String.valueOf(n);
            } else if (n == 22) {
                attributes.remove(1);
                attributes.remove(2);
            } else if (n == 23 || n == 24 || n == 25 || n == 27 || n == 29) {
                attributes.remove(n - 20);
            } else {
                attributes.add(n);
            }
        }
    }

    private void index() {
        pendingWrap = false;
        if (row == bottom) {
            scroll(top, bottom, 1);
        } else if (row < rows - 1) {
            row++;
        }
    }

    private void reverseIndex() {
        pendingWrap = false;
        if (row == top) {
            scroll(top, bottom, -1);
        } else if (row > 0) {
            row--;
        }
    }

    private void scroll(int from, int to, int distance) {
        String[][] moved = new String[to - from + 1][];
        for (int i = 0; i < moved.length; i++) {
            int source = i + distance;
            if (source >= 0 && source < moved.length) {
                moved[i] = cells[from + source];
            } else {
                moved[i] = new String[columns];
                Arrays.fill(moved[i], erased());
            }
        }
        System.arraycopy(moved, 0, cells, from, moved.length);
    }
}
