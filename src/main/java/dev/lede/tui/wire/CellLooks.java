package dev.lede.tui.wire;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;

/** How painted cells look on a terminal: which ones the eye cannot tell apart, which widths are safe. */
final class CellLooks {

    /**
     * What {@code ESC[K} and scrolling leave behind (in the plain pen). A {@link ClusterCharacter} like
     * every painted cell, so that comparing them with it needs neither Lanterna's width guess (a
     * Character.UnicodeBlock lookup per call) nor the slower blank-by-blank comparison.
     */
    static final TextCharacter ERASED = new ClusterCharacter(TextCharacter.DEFAULT_CHARACTER, " ", false);

    private CellLooks() {}

    /** Two cells the eye cannot tell apart: equal, or both blank on the same background and lines. */
    static boolean looksSame(TextCharacter a, TextCharacter b) {
        if (a == b || a.equals(b)) {
            return true;
        }
        if (!" ".equals(a.getCharacterString())
                || !" ".equals(b.getCharacterString())
                || a.isDoubleWidth()
                || b.isDoubleWidth()) {
            return false;
        }
        // A blank inside a hyperlink is part of it (clickable): only the same link looks the same.
        return shownBackground(a).equals(shownBackground(b))
                && lines(a).equals(lines(b))
                && java.util.Objects.equals(ClusterCharacter.linkOf(a), ClusterCharacter.linkOf(b));
    }

    // A reversed blank shows the foreground colour, which is never the same as a background, even default.
    private static String shownBackground(TextCharacter cell) {
        return cell.getModifiers().contains(SGR.REVERSE)
                ? "reversed " + cell.getForegroundColor()
                : String.valueOf(cell.getBackgroundColor());
    }

    private static String lines(TextCharacter cell) {
        return (cell.getModifiers().contains(SGR.UNDERLINE) ? "u" : "")
                + (cell.getModifiers().contains(SGR.CROSSED_OUT) ? "x" : "")
                + (cell.getModifiers().contains(SGR.BLINK) ? "b" : "");
    }

    /** True when writing the cell's character in {@code pen} shows what the cell shows. */
    static boolean drawsAlike(Pen pen, TextCharacter cell) {
        if (pen.draws(cell)) {
            return true;
        }
        if (!" ".equals(cell.getCharacterString())) {
            return false;
        }
        TextCharacter drawn = new ClusterCharacter(
                new TextCharacter(
                        ' ',
                        pen.foreground(),
                        pen.background(),
                        pen.attributes().toArray(new SGR[0])),
                " ",
                false);
        return looksSame(drawn, cell);
    }

    // A cell whose width every terminal agrees on: one code point, narrow, or a wide CJK ideograph/kana/hangul.
    static boolean trusted(TextCharacter cell) {
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

    static boolean isComplex(TextCharacter[] row) {
        for (TextCharacter cell : row) {
            if (cell.isDoubleWidth() || cell.getCharacterString().length() > 1) {
                return true;
            }
        }
        return false;
    }

    static boolean isErasedFrom(TextCharacter[] cells, int column) {
        for (int i = column; i < cells.length; i++) {
            if (!looksSame(cells[i], ERASED)) {
                return false;
            }
        }
        return true;
    }

    static int differing(TextCharacter[] cells, TextCharacter[] old, int column) {
        int count = 0;
        for (int i = column; i < cells.length; i++) {
            if (!looksSame(cells[i], old[i])) {
                count++;
            }
        }
        return count;
    }
}
