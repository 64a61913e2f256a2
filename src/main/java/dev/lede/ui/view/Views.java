package dev.lede.ui.view;

import dev.lede.ui.Focus;
import dev.lede.ui.Geometry;
import dev.lede.ui.Overlay;
import dev.lede.ui.UiState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole screen for a state: title bar, panes (side by side, or one at a time), status bar.
 * Always exactly width × height; draws only what is on screen, whatever the size of the library.
 */
public final class Views {

    private Views() {}

    public static Frame frame(UiState state) {
        return frame(state, 0);
    }

    /**
     * The frame of {@code state}, the last update having scrolled the reader's pane by {@code scrolled} lines
     * and changed nothing else ({@link dev.lede.ui.Transition#scrolled}): the frame then carries a scroll hint.
     */
    public static Frame frame(UiState state, int scrolled) {
        int width = state.width();
        int height = state.height();
        Geometry geometry = state.geometry();
        List<FrameLine> lines = new ArrayList<>(height);
        if (height >= 2) {
            lines.add(TitleBar.line(state));
        }
        if (state.overlay().isPresent()) {
            Overlay overlay = state.overlay().get();
            List<FrameLine> content = OverlayView.visible(state, overlay, geometry.bodyHeight());
            for (int row = 0; row < geometry.bodyHeight(); row++) {
                lines.add(row < content.size() ? content.get(row) : new Row(width).line(Style.NORMAL));
            }
        } else {
            boolean readerOnly = !geometry.split()
                    && state.focus() == Focus.READER
                    && state.reader().isPresent();
            ReaderView reader = geometry.split() || readerOnly ? new ReaderView(state) : null;
            for (int row = 0; row < geometry.bodyHeight(); row++) {
                Row out = new Row(width, state.options().glyphs().cut());
                if (geometry.split()) {
                    ListView.draw(state, row, out, geometry.listWidth());
                    out.text(state.options().glyphs().border(), Style.BORDER);
                    reader.draw(row, out, geometry.readerWidth());
                } else if (readerOnly) {
                    reader.draw(row, out, width);
                } else {
                    ListView.draw(state, row, out, width);
                }
                lines.add(out.line(Style.NORMAL));
            }
        }
        lines.add(StatusBar.line(state));
        return new Frame(width, height, lines, scrollHint(state, geometry, scrolled));
    }

    /** Present when the reader only moved: its pane can be scrolled on the terminal instead of repainted. */
    private static Optional<ScrollHint> scrollHint(UiState state, Geometry geometry, int distance) {
        boolean readerShown = geometry.split() || state.focus() == Focus.READER;
        if (distance == 0
                || !readerShown
                || state.overlay().isPresent()
                || Math.abs(distance) >= geometry.bodyHeight()) {
            return Optional.empty();
        }
        return Optional.of(new ScrollHint(
                geometry.bodyTop(),
                geometry.bodyTop() + geometry.bodyHeight() - 1,
                geometry.readerLeft(),
                state.width() - 1,
                distance));
    }
}
