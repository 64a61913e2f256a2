package dev.lede.ui.view;

import java.util.List;
import java.util.Optional;

/** Everything to draw for one state at one size: exactly {@code height} lines, each at most {@code width} columns. */
public record Frame(int width, int height, List<FrameLine> lines, Optional<ScrollHint> scroll) {

    public Frame {
        lines = List.copyOf(lines);
    }

    /** The frame as plain text, one line per row with trailing spaces removed: what golden tests compare. */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        for (FrameLine line : lines) {
            out.append(line.plainText().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
