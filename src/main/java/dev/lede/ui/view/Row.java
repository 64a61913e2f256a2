package dev.lede.ui.view;

import dev.lede.core.text.Columns;
import dev.lede.core.text.LineFit;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen row being built left to right, measured in display columns, never longer than its width:
 * text that does not fit is cut (with … where asked), and {@link #line} pads the rest.
 */
final class Row {

    private final int width;
    private final String cutMark;
    private final List<Span> spans = new ArrayList<>();
    private int used;

    Row(int width) {
        this(width, "…");
    }

    /** A row whose cut text ends in {@code cutMark}. */
    Row(int width, String cutMark) {
        this.width = Math.max(0, width);
        this.cutMark = cutMark;
    }

    int used() {
        return used;
    }

    int remaining() {
        return width - used;
    }

    /** Adds as much of {@code text} as fits, cut without a mark. */
    Row text(String text, Style style) {
        return add(LineFit.fit(text, remaining()), style);
    }

    /** Adds {@code text}, cut with the row's mark when it does not fit in {@code columns} (or the rest of the row). */
    Row cut(String text, Style style, int columns) {
        return add(LineFit.cut(text, Math.min(columns, remaining()), cutMark), style);
    }

    /** As {@link #cut(String, Style, int)}, as a hyperlink to {@code link} (null: none). */
    Row cut(String text, Style style, int columns, String link) {
        return add(LineFit.cut(text, Math.min(columns, remaining())), style, link);
    }

    Row cut(String text, Style style) {
        return cut(text, style, remaining());
    }

    /** Adds as much of {@code text} as fits, cut without a mark, as a hyperlink to {@code link} (null: none). */
    Row link(String text, Style style, String link) {
        return add(LineFit.fit(text, remaining()), style, link);
    }

    /** Spaces up to column {@code column}. */
    Row padTo(int column, Style style) {
        int to = Math.min(column, width);
        return to > used ? add(" ".repeat(to - used), style) : this;
    }

    /** The row padded to its width in {@code fill}. */
    FrameLine line(Style fill) {
        padTo(width, fill);
        return new FrameLine(spans, fill);
    }

    private Row add(String text, Style style) {
        return add(text, style, null);
    }

    private Row add(String text, Style style, String link) {
        if (text.isEmpty()) {
            return this;
        }
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.style() == style && java.util.Objects.equals(last.link(), link)) {
            spans.set(spans.size() - 1, new Span(last.text() + text, style, link));
        } else {
            spans.add(new Span(text, style, link));
        }
        used += Columns.width(text);
        return this;
    }
}
