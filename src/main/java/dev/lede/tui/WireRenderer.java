package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import dev.lede.ui.view.ScrollHint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the painted cells into the fewest bytes that bring the terminal from what it shows to them
 * (issue 5, P3/P4: bytes on the wire over SSH). It remembers what the terminal shows, the cursor, the
 * colours in force and the scroll region, and writes only cells that look different: one SGR sequence
 * per change of style, the shortest cursor move (or the few unchanged characters in between when that
 * is shorter), {@code ESC[K} for a row's blank end. Scrolling is tried against repainting, for the
 * painter's hint and for a shift of a few rows found by comparing them, and the shortest is sent. The scroll region is left set between frames
 * (LedeTerminal resets it on leaving) and the cursor stays hidden, so neither is resent per frame.
 */
final class WireRenderer {

    private static final TextCharacter ERASED = TextCharacter.DEFAULT_CHARACTER;
    private static final int MAX_GAP = 3; // unchanged cells rewritten rather than jumped over
    private static final int MAX_DETECTED = 3; // scrolls found by comparing rows, without a hint

    private final Charset charset;
    private State state;

    WireRenderer(Charset charset) {
        this.charset = charset;
    }

    /** The bytes for one frame; {@code full} clears the terminal first (first frame, resize, Ctrl-L). */
    byte[] frame(TextCharacter[][] cells, Optional<ScrollHint> hint, boolean full) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (full || state == null || state.rows() != rows || state.columns() != columns) {
            write(out, "\u001b[r\u001b[m\u001b[H\u001b[2J\u001b[?25l");
            state = new State(rows, columns);
            state.render(cells, out);
            return out.toByteArray();
        }
        State chosen = state.copy();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chosen.render(cells, bytes);
        for (ScrollHint scroll : candidates(cells, hint)) {
            State scrolled = state.copy();
            ByteArrayOutputStream attempt = new ByteArrayOutputStream();
            scrolled.scroll(scroll, attempt);
            scrolled.render(cells, attempt);
            if (attempt.size() < bytes.size()) {
                chosen = scrolled;
                bytes = attempt;
            }
        }
        state = chosen;
        return bytes.toByteArray();
    }

    // The painter's hint, and the shift of the rows between the title and status rows that lines up
    // the most cells with what is shown (a list that moved a line, a pane scrolled without a hint).
    private List<ScrollHint> candidates(TextCharacter[][] cells, Optional<ScrollHint> hint) {
        List<ScrollHint> candidates = new ArrayList<>(2);
        hint.filter(h -> isUsable(h, cells.length)).ifPresent(candidates::add);
        int top = 1;
        int bottom = cells.length - 2;
        if (bottom - top < 2) {
            return candidates;
        }
        int best = 0;
        int bestScore = state.matching(cells, top, bottom, 0) + cells[0].length;
        for (int distance = -MAX_DETECTED; distance <= MAX_DETECTED; distance++) {
            int score = distance == 0 ? 0 : state.matching(cells, top, bottom, distance);
            if (score > bestScore) {
                best = distance;
                bestScore = score;
            }
        }
        ScrollHint detected = new ScrollHint(top, bottom, 0, cells[0].length - 1, best);
        if (best != 0 && candidates.stream().noneMatch(h -> h.firstRow() == top && h.lastRow() == bottom
                && h.distance() == detected.distance())) {
            candidates.add(detected);
        }
        return candidates;
    }

    /** What to send before leaving the screen: the whole screen as scroll region again, plain colours. */
    static byte[] release() {
        return "\u001b[r\u001b[m".getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isUsable(ScrollHint hint, int rows) {
        int height = hint.lastRow() - hint.firstRow() + 1;
        return hint.distance() != 0 && Math.abs(hint.distance()) < height && hint.firstRow() >= 0
                && hint.lastRow() < rows;
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** Two cells the eye cannot tell apart: equal, or both blank on the same background and lines. */
    static boolean looksSame(TextCharacter a, TextCharacter b) {
        if (a == b || a.equals(b)) {
            return true;
        }
        if (!" ".equals(a.getCharacterString()) || !" ".equals(b.getCharacterString())
                || a.isDoubleWidth() || b.isDoubleWidth()) {
            return false;
        }
        return shownBackground(a).equals(shownBackground(b))
                && lines(a).equals(lines(b));
    }

    // A reversed blank shows the foreground colour, which is never the same as a background, even default.
    private static String shownBackground(TextCharacter cell) {
        return cell.getModifiers().contains(SGR.REVERSE) ? "reversed " + cell.getForegroundColor()
                : String.valueOf(cell.getBackgroundColor());
    }

    private static String lines(TextCharacter cell) {
        return (cell.getModifiers().contains(SGR.UNDERLINE) ? "u" : "") + (cell.getModifiers().contains(SGR.CROSSED_OUT) ? "x" : "")
                + (cell.getModifiers().contains(SGR.BLINK) ? "b" : "");
    }

    /** True when writing the cell's character in {@code pen} shows what the cell shows. */
    private static boolean drawsAlike(Pen pen, TextCharacter cell) {
        if (pen.draws(cell)) {
            return true;
        }
        TextCharacter drawn = new TextCharacter(cell.getCharacterString().charAt(0), pen.foreground(), pen.background(),
                pen.attributes().toArray(new SGR[0]));
        return " ".equals(cell.getCharacterString()) && looksSame(drawn, cell);
    }

    // A cell whose width every terminal agrees on: one code point, narrow, or a wide CJK ideograph/kana/hangul.
    private static boolean trusted(TextCharacter cell) {
        String text = cell.getCharacterString();
        int cp = text.codePointAt(0);
        if (Character.charCount(cp) != text.length()) {
            return false;
        }
        if (!cell.isDoubleWidth()) {
            return cp < 0x300 || cp >= 0x370 && cp < 0x1100 || cp >= 0x2000 && cp < 0x2e80 && cp != 0x200d;
        }
        return cp >= 0x3040 && cp < 0xa000 || cp >= 0xac00 && cp < 0xd7a4 || cp >= 0xff01 && cp < 0xff61;
    }

    /** What the terminal shows, where its cursor is and which pen and scroll region are in force. */
    private final class State {
        private final TextCharacter[][] shown;
        private int cursorRow;
        private int cursorColumn = CursorMoves.UNKNOWN;
        private Pen pen = Pen.PLAIN;
        private int top;
        private int bottom;

        State(int rows, int columns) {
            shown = new TextCharacter[rows][columns];
            for (TextCharacter[] row : shown) {
                Arrays.fill(row, ERASED);
            }
            top = 0;
            bottom = rows - 1;
        }

        private State(State other) {
            shown = new TextCharacter[other.shown.length][];
            for (int row = 0; row < shown.length; row++) {
                shown[row] = other.shown[row].clone();
            }
            cursorRow = other.cursorRow;
            cursorColumn = other.cursorColumn;
            pen = other.pen;
            top = other.top;
            bottom = other.bottom;
        }

        State copy() {
            return new State(this);
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
            if (hint.firstRow() != top || hint.lastRow() != bottom) {
                top = hint.firstRow();
                bottom = hint.lastRow();
                write(out, top == 0 && bottom == rows() - 1 ? "\u001b[r" : "\u001b[" + (top + 1) + ";" + (bottom + 1) + "r");
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
                    if (now[column] == before[column] || looksSame(now[column], before[column])) {
                        count++;
                    }
                }
            }
            return count;
        }

        void render(TextCharacter[][] cells, ByteArrayOutputStream out) {
            for (int row = 0; row < cells.length; row++) {
                if (isComplex(cells[row]) || isComplex(shown[row])) {
                    if (!Arrays.equals(cells[row], shown[row])) {
                        rewrite(row, cells[row], out);
                    }
                } else {
                    update(row, cells[row], out);
                }
            }
        }

        // Rows with wide or combined characters are written whole, left to right: overwriting half of a
        // wide character blanks its other half, which a cell-by-cell update would not know.
        private void rewrite(int row, TextCharacter[] cells, ByteArrayOutputStream out) {
            for (int column = 0; column < cells.length; ) {
                if (isErasedFrom(cells, column) && !isErasedFrom(shown[row], column)) {
                    erase(row, column, out);
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
                if (looksSame(cells[column], old[column])) {
                    column++;
                    continue;
                }
                if (isErasedFrom(cells, column) && differing(cells, old, column) > 3) {
                    erase(row, column, out);
                    return;
                }
                column += put(row, column, cells[column], out);
                while (column < columns) {
                    if (!looksSame(cells[column], old[column])) {
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
            write(out, "\u001b[K");
            Arrays.fill(shown[row], column, shown[row].length, ERASED);
        }

        // How many unchanged cells from column are cheaper to rewrite than to jump: a short run of plain
        // ASCII in the current pen, followed by a changed cell.
        private int cheapGap(TextCharacter[] cells, TextCharacter[] old, int column) {
            int gap = 0;
            while (column + gap < cells.length && looksSame(cells[column + gap], old[column + gap])) {
                TextCharacter cell = cells[column + gap];
                String text = cell.getCharacterString();
                if (gap == MAX_GAP || text.length() != 1 || text.charAt(0) >= 0x7f || !drawsAlike(pen, cell)) {
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
            String text = cell.getCharacterString();
            if (text.length() == 1 && text.charAt(0) < 0x7f) {
                out.write(text.charAt(0));
            } else {
                out.writeBytes(LedeTerminal.encode(text, charset));
            }
            int width = cell.isDoubleWidth() && column + 1 < shown[row].length ? 2 : 1;
            shown[row][column] = cell;
            if (width == 2) {
                shown[row][column + 1] = cell.withCharacter(' ');
            }
            cursorColumn = column + width >= shown[row].length || !trusted(cell) ? CursorMoves.UNKNOWN : column + width;
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

        private TextCharacter[] erasedRow() {
            TextCharacter[] row = new TextCharacter[columns()];
            Arrays.fill(row, ERASED);
            return row;
        }
    }

    private static boolean isComplex(TextCharacter[] row) {
        for (TextCharacter cell : row) {
            if (cell.isDoubleWidth() || cell.getCharacterString().length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isErasedFrom(TextCharacter[] cells, int column) {
        for (int i = column; i < cells.length; i++) {
            if (!looksSame(cells[i], ERASED)) {
                return false;
            }
        }
        return true;
    }

    private static int differing(TextCharacter[] cells, TextCharacter[] old, int column) {
        int count = 0;
        for (int i = column; i < cells.length; i++) {
            if (!looksSame(cells[i], old[i])) {
                count++;
            }
        }
        return count;
    }
}
