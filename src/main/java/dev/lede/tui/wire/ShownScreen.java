package dev.lede.tui.wire;

import static dev.lede.tui.wire.CellLooks.ERASED;

import com.googlecode.lanterna.TextCharacter;
import dev.lede.ui.Hyperlink;
import dev.lede.ui.view.ScrollHint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the terminal shows, where its cursor is, and which pen, hyperlink and scroll region are in
 * force; the operations that change them write their bytes. {@link WireRenderer} tries several on
 * copies. A hyperlink (OSC 8) is opened before the first cell that has it and closed before any cell,
 * erase or scroll without it, and at the end of every frame, so nothing outside a frame (the shell
 * after Ctrl-Z, a clipboard write) ever lands inside one.
 */
final class ShownScreen {

    private static final int MAX_GAP = 3; // unchanged cells rewritten rather than jumped over

    private final Charset charset;
    private final TextCharacter[][] shown;
    private int cursorRow;
    private int cursorColumn = CursorMoves.UNKNOWN;
    private Pen pen = Pen.PLAIN;
    private String link; // the hyperlink open on the terminal, or null
    private int top;
    private int bottom;

    ShownScreen(int rows, int columns, Charset charset) {
        this.charset = charset;
        shown = new TextCharacter[rows][columns];
        for (TextCharacter[] row : shown) {
            Arrays.fill(row, ERASED);
        }
        top = 0;
        bottom = rows - 1;
    }

    private ShownScreen(ShownScreen other) {
        charset = other.charset;
        shown = new TextCharacter[other.shown.length][];
        for (int row = 0; row < shown.length; row++) {
            shown[row] = other.shown[row].clone();
        }
        cursorRow = other.cursorRow;
        cursorColumn = other.cursorColumn;
        pen = other.pen;
        link = other.link;
        top = other.top;
        bottom = other.bottom;
    }

    ShownScreen copy() {
        return new ShownScreen(this);
    }

    int rows() {
        return shown.length;
    }

    int columns() {
        return shown.length == 0 ? 0 : shown[0].length;
    }

    /** Scrolls the hint's rows with a scroll region (full width: the terminal has no narrower one). */
    void scroll(ScrollHint hint, ByteArrayOutputStream out) {
        setPen(Pen.PLAIN, out); // rows scrolled in take the current background on most terminals
        setLink(null, out);
        if (hint.firstRow() != top || hint.lastRow() != bottom) {
            top = hint.firstRow();
            bottom = hint.lastRow();
            write(
                    out,
                    top == 0 && bottom == rows() - 1 ? "\u001b[r" : "\u001b[" + (top + 1) + ";" + (bottom + 1) + "r");
            cursorRow = 0;
            cursorColumn = 0; // DECSTBM homes the cursor
        }
        int distance = hint.distance();
        int column = cursorColumn == CursorMoves.UNKNOWN ? 0 : cursorColumn;
        moveTo(distance > 0 ? bottom : top, column, out);
        String step = distance > 0 ? "\u001bD" : "\u001bM";
        for (int i = 0; i < Math.abs(distance); i++) {
            write(out, step);
        }
        int height = bottom - top + 1;
        TextCharacter[][] moved = new TextCharacter[height][];
        for (int i = 0; i < height; i++) {
            int source = i + distance;
            moved[i] = source >= 0 && source < height ? shown[top + source] : erasedRow();
        }
        System.arraycopy(moved, 0, shown, top, height);
    }

    /** How many cells of rows top..bottom would look right if the shown rows moved up by distance. */
    int matching(TextCharacter[][] cells, int top, int bottom, int distance) {
        int count = 0;
        for (int row = Math.max(top, top - distance); row <= Math.min(bottom, bottom - distance); row++) {
            TextCharacter[] now = cells[row];
            TextCharacter[] before = shown[row + distance];
            for (int column = 0; column < now.length; column++) {
                if (now[column] == before[column] || CellLooks.looksSame(now[column], before[column])) {
                    count++;
                }
            }
        }
        return count;
    }

    void render(TextCharacter[][] cells, ByteArrayOutputStream out) {
        for (int row = 0; row < cells.length; row++) {
            if (CellLooks.isComplex(cells[row]) || CellLooks.isComplex(shown[row])) {
                if (!Arrays.equals(cells[row], shown[row])) {
                    rewrite(row, cells[row], out);
                }
            } else {
                update(row, cells[row], out);
            }
        }
        setLink(null, out);
    }

    // Rows with wide or combined characters are written whole, left to right: overwriting half of a
    // wide character blanks its other half, which a cell-by-cell update would not know.
    private void rewrite(int row, TextCharacter[] cells, ByteArrayOutputStream out) {
        for (int column = 0; column < cells.length; ) {
            if (CellLooks.isErasedFrom(cells, column)) {
                if (!CellLooks.isErasedFrom(shown[row], column)) {
                    erase(row, column, out);
                }
                return;
            }
            column += put(row, column, cells[column], out);
        }
    }

    private void update(int row, TextCharacter[] cells, ByteArrayOutputStream out) {
        TextCharacter[] old = shown[row];
        int columns = cells.length;
        int column = 0;
        while (column < columns) {
            if (CellLooks.looksSame(cells[column], old[column])) {
                column++;
                continue;
            }
            if (CellLooks.isErasedFrom(cells, column) && CellLooks.differing(cells, old, column) > 3) {
                erase(row, column, out);
                return;
            }
            column += put(row, column, cells[column], out);
            while (column < columns) {
                if (!CellLooks.looksSame(cells[column], old[column])) {
                    column += put(row, column, cells[column], out);
                    continue;
                }
                int gap = cheapGap(cells, old, column);
                if (gap == 0) {
                    break;
                }
                for (int i = 0; i < gap; i++, column++) {
                    out.write(cells[column].getCharacterString().charAt(0)); // in the current pen: looks the same
                }
                cursorColumn = column;
            }
        }
    }

    /** Erases from column to the end of the row with ESC[K, in the plain pen (it sets the erased colours). */
    private void erase(int row, int column, ByteArrayOutputStream out) {
        moveTo(row, column, out);
        setPen(Pen.PLAIN, out);
        setLink(null, out);
        write(out, "\u001b[K");
        Arrays.fill(shown[row], column, shown[row].length, ERASED);
    }

    // How many unchanged cells from column are cheaper to rewrite than to jump: a short run of plain
    // ASCII in the current pen, followed by a changed cell.
    private int cheapGap(TextCharacter[] cells, TextCharacter[] old, int column) {
        int gap = 0;
        while (column + gap < cells.length && CellLooks.looksSame(cells[column + gap], old[column + gap])) {
            TextCharacter cell = cells[column + gap];
            String text = cell.getCharacterString();
            if (gap == MAX_GAP
                    || text.length() != 1
                    || text.charAt(0) >= 0x7f
                    || !CellLooks.drawsAlike(pen, cell)
                    || !Objects.equals(link, ClusterCharacter.linkOf(cell))) {
                return 0;
            }
            gap++;
        }
        return column + gap < cells.length ? gap : 0;
    }

    /** Writes one cell (and its padding when wide); returns the columns it took. */
    private int put(int row, int column, TextCharacter cell, ByteArrayOutputStream out) {
        moveTo(row, column, out);
        setPen(Pen.of(cell), out);
        setLink(ClusterCharacter.linkOf(cell), out);
        String text = cell.getCharacterString();
        if (text.length() == 1 && text.charAt(0) < 0x7f) {
            out.write(text.charAt(0));
        } else {
            out.writeBytes(TextBytes.encode(text, charset));
        }
        int width = cell.isDoubleWidth() && column + 1 < shown[row].length ? 2 : 1;
        shown[row][column] = cell;
        if (width == 2) {
            shown[row][column + 1] = cell.withCharacter(' ');
        }
        cursorColumn =
                column + width >= shown[row].length || !CellLooks.trusted(cell) ? CursorMoves.UNKNOWN : column + width;
        return width;
    }

    private void moveTo(int row, int column, ByteArrayOutputStream out) {
        write(out, CursorMoves.move(cursorRow, cursorColumn, row, column, top, bottom));
        cursorRow = row;
        cursorColumn = column;
    }

    private void setPen(Pen next, ByteArrayOutputStream out) {
        write(out, pen.changeTo(next));
        pen = next;
    }

    // OSC 8 takes no room on screen: the cursor stays where it is.
    private void setLink(String next, ByteArrayOutputStream out) {
        if (!Objects.equals(link, next)) {
            write(out, Hyperlink.open(next));
            link = next;
        }
    }

    private TextCharacter[] erasedRow() {
        TextCharacter[] row = new TextCharacter[columns()];
        Arrays.fill(row, ERASED);
        return row;
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
