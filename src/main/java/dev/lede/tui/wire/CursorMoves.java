package dev.lede.tui.wire;

/**
 * The shortest escape sequence that moves the cursor from where it is to a cell: an absolute move
 * ({@code ESC[r;cH}), or relative ones ({@code ESC[nA/B/C/D}, carriage return) when the cursor's
 * position is known. Relative vertical moves are used only where a scroll region's margins cannot stop
 * them. Rows and columns are 0-based here and 1-based on the wire.
 */
final class CursorMoves {

    /** A column that means "unknown" (start, after writing the last column, after an untrusted width). */
    static final int UNKNOWN = -1;

    private CursorMoves() {}

    /**
     * From ({@code fromRow}, {@code fromColumn}) to ({@code row}, {@code column}); {@code fromColumn}
     * {@link #UNKNOWN} forces an absolute move. {@code top}..{@code bottom} is the scroll region in force.
     */
    static String move(int fromRow, int fromColumn, int row, int column, int top, int bottom) {
        if (fromColumn != UNKNOWN && fromRow == row && fromColumn == column) {
            return "";
        }
        String best = absolute(row, column);
        if (fromColumn == UNKNOWN) {
            return best;
        }
        String vertical;
        if (row == fromRow) {
            vertical = "";
        } else if (row > fromRow && (row <= bottom || fromRow > bottom)) {
            vertical = relative(row - fromRow, 'B');
        } else if (row < fromRow && (row >= top || fromRow < top)) {
            vertical = relative(fromRow - row, 'A');
        } else {
            return best;
        }
        String horizontal = horizontal(fromColumn, column);
        String candidate = vertical + horizontal;
        return candidate.length() < best.length() ? candidate : best;
    }

    private static String horizontal(int from, int to) {
        if (to == from) {
            return "";
        }
        String fromStart = "\r" + (to == 0 ? "" : relative(to, 'C'));
        String direct = to > from ? relative(to - from, 'C') : relative(from - to, 'D');
        return fromStart.length() < direct.length() ? fromStart : direct;
    }

    private static String absolute(int row, int column) {
        if (column == 0) {
            return row == 0 ? "\u001b[H" : "\u001b[" + (row + 1) + "H";
        }
        return "\u001b[" + (row + 1) + ";" + (column + 1) + "H";
    }

    private static String relative(int count, char direction) {
        return "\u001b[" + (count == 1 ? "" : String.valueOf(count)) + direction;
    }
}
