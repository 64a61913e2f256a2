package dev.lede.ui.view;

import dev.lede.ui.Overlay;
import dev.lede.ui.OverlayRows;
import dev.lede.ui.UiState;
import java.util.ArrayList;
import java.util.List;

/** Draws whichever overlay is open over the panes ({@link OverlayRows} says how long each is). */
final class OverlayView {

    private OverlayView() {}

    /**
     * The overlay's header (its title and a blank row, {@link OverlayRows#HEADER_ROWS}), then its rows from its
     * top, at most {@code rows} in all.
     */
    static List<FrameLine> visible(UiState state, Overlay overlay, int rows) {
        int header = OverlayRows.headerShown(rows);
        if (overlay instanceof Overlay.Problems) {
            List<FrameLine> visible = new ArrayList<>(ProblemsView.header(
                            state.library().problems(), state.library().counts(), state.options(), state.width())
                    .subList(0, header));
            visible.addAll(ProblemsView.body(state.library().problems(), state.width(), overlay.top(), rows - header));
            return visible;
        }
        List<FrameLine> lines;
        if (overlay instanceof Overlay.Links links) {
            lines = OverlayRows.links(state)
                    .map(layout -> LinksView.lines(
                            layout,
                            links,
                            state.options(),
                            state.width(),
                            state.options().hyperlinks()))
                    .orElse(List.of());
        } else if (overlay instanceof Overlay.Story story) {
            lines = StoryView.lines(story, state.options(), state.options().folder(), state.width());
        } else {
            lines = HelpView.lines(state.options(), state.width());
        }
        // The header stays put; the rows below it scroll from the overlay's top.
        int shown = Math.min(header, lines.size());
        int from = Math.min(OverlayRows.HEADER_ROWS + overlay.top(), lines.size());
        List<FrameLine> visible = new ArrayList<>(lines.subList(0, shown));
        visible.addAll(lines.subList(from, Math.min(lines.size(), from + rows - shown)));
        return visible;
    }
}
