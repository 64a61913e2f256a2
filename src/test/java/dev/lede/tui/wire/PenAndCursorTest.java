package dev.lede.tui.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PenAndCursorTest {

    private static final Pen REVERSE = new Pen(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of(SGR.REVERSE));
    private static final Pen BOLD_REVERSE =
            new Pen(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of(SGR.REVERSE, SGR.BOLD));
    private static final Pen GREY = new Pen(new TextColor.Indexed(244), TextColor.ANSI.DEFAULT, Set.of());

    @Test
    void theSamePenSendsNothingAndThePlainPenIsTheShortReset() {
        assertEquals("", REVERSE.changeTo(REVERSE));
        assertEquals("\u001b[m", BOLD_REVERSE.changeTo(Pen.PLAIN));
    }

    @Test
    void onlyWhatDiffersIsSentWhenThatIsShorterThanAReset() {
        assertEquals("\u001b[1m", REVERSE.changeTo(BOLD_REVERSE));
        assertEquals("\u001b[22m", BOLD_REVERSE.changeTo(REVERSE));
        assertEquals("\u001b[38;5;244m", Pen.PLAIN.changeTo(GREY));
        assertEquals("\u001b[0;38;5;244m", BOLD_REVERSE.changeTo(GREY), "a reset is shorter than 22;27;38;5;244");
    }

    @Test
    void cursorMovesAreTheShortestThatWork() {
        assertEquals("\u001b[5;12H", CursorMoves.move(0, CursorMoves.UNKNOWN, 4, 11, 0, 39), "unknown: absolute");
        assertEquals("\u001b[C", CursorMoves.move(4, 10, 4, 11, 0, 39));
        assertEquals("\u001b[12C", CursorMoves.move(4, 10, 4, 22, 0, 39));
        assertEquals("\r", CursorMoves.move(4, 30, 4, 0, 0, 39));
        assertEquals("\u001b[B", CursorMoves.move(4, 7, 5, 7, 0, 39));
        assertEquals("\u001b[H", CursorMoves.move(20, 7, 0, 0, 0, 39));
    }

    @Test
    void relativeMovesNeverCrossAScrollRegionMargin() {
        // rows 1..38 scroll; from the region's last row down to the status row a CUD would stop at the margin
        assertEquals("\u001b[40;8H", CursorMoves.move(38, 7, 39, 7, 1, 38));
        assertEquals("\u001b[B", CursorMoves.move(37, 7, 38, 7, 1, 38));
        assertEquals("\u001b[1;8H", CursorMoves.move(1, 7, 0, 7, 1, 38));
        assertEquals("\u001b[A", CursorMoves.move(39, 7, 38, 7, 1, 38), "from below the region up into it");
    }
}
