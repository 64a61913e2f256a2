package dev.lede.tui.wire;

import com.googlecode.lanterna.TextCharacter;
import dev.lede.ui.view.ScrollHint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the painted cells into the fewest bytes that bring the terminal from what it shows to them
 * (bench P3/P4, bench/README.md: bytes on the wire over SSH). It remembers what the terminal shows, the cursor, the
 * colours in force and the scroll region, and writes only cells that look different: one SGR sequence
 * per change of style, the shortest cursor move (or the few unchanged characters in between when that
 * is shorter), {@code ESC[K} for a row's blank end. Scrolling is tried against repainting, for the
 * painter's hint and for a shift of a few rows found by comparing them, and the shortest is sent. The
 * scroll region is left set between frames (LedeTerminal resets it on leaving) and the cursor stays
 * hidden, so neither is resent per frame.
 */
public final class WireRenderer {

    private static final int MAX_DETECTED = 3; // scrolls found by comparing rows, without a hint

    private final Charset charset;
    private ShownScreen state;

    public WireRenderer(Charset charset) {
        this.charset = charset;
    }

    /** The bytes for one frame; {@code full} clears the terminal first (first frame, resize, Ctrl-L). */
    public byte[] frame(TextCharacter[][] cells, Optional<ScrollHint> hint, boolean full) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (full || state == null || state.rows() != rows || state.columns() != columns) {
            write(out, "\u001b[r\u001b[m\u001b[H\u001b[2J\u001b[?25l");
            state = new ShownScreen(rows, columns, charset);
            state.render(cells, out);
            return out.toByteArray();
        }
        ShownScreen chosen = state.copy();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chosen.render(cells, bytes);
        for (ScrollHint scroll : candidates(cells, hint)) {
            ShownScreen scrolled = state.copy();
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
        if (best != 0
                && candidates.stream()
                        .noneMatch(h ->
                                h.firstRow() == top && h.lastRow() == bottom && h.distance() == detected.distance())) {
            candidates.add(detected);
        }
        return candidates;
    }

    /** What to send before leaving the screen: the whole screen as scroll region again, plain colours. */
    public static byte[] release() {
        return "\u001b[r\u001b[m".getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isUsable(ScrollHint hint, int rows) {
        int height = hint.lastRow() - hint.firstRow() + 1;
        return hint.distance() != 0
                && Math.abs(hint.distance()) < height
                && hint.firstRow() >= 0
                && hint.lastRow() < rows;
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
