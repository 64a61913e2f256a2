package dev.lede.ui.view;

import dev.lede.ui.Overlay;
import dev.lede.ui.OverlayRows;
import dev.lede.ui.UiState;
import java.util.ArrayList;
import java.util.List;

/** Draws whichever overlay is open over the panes ({@link OverlayRows} says how long each is). */
final class OverlayView {

    private OverlayView() {}

    /** The overlay's rows from its top (under its header, when it has one), at most {@code rows} of them. */
    static List<FrameLine> visible(UiState state, Overlay overlay, int rows) {
        if (overlay instanceof Overlay.Problems) {
            return ProblemsView.lines(
                    state.library().problems(),
                    state.library().counts(),
                    state.options().keymap(),
                    state.width(),
                    overlay.top(),
                    rows);
        }
        List<FrameLine> lines;
        if (overlay instanceof Overlay.Links links) {
            lines = OverlayRows.links(state)
                    .map(layout -> LinksView.lines(
                            layout,
                            links,
                            state.options().keymap(),
                            state.width(),
                            state.options().hyperlinks()))
                    .orElse(List.of());
        } else if (overlay instanceof Overlay.Story story) {
            lines = StoryView.lines(
                    story, state.options().keymap(), state.options().folder(), state.width());
        } else {
            lines = HelpView.lines(state.options().keymap(), state.width());
        }
        // The header stays put (OverlayRows.header); the rows below it scroll from the overlay's top.
        int shown = Math.min(OverlayRows.headerShown(overlay, rows), lines.size());
        int from = Math.min(OverlayRows.header(overlay) + overlay.top(), lines.size());
        List<FrameLine> visible = new ArrayList<>(lines.subList(0, shown));
        visible.addAll(lines.subList(from, Math.min(lines.size(), from + rows - shown)));
        return visible;
    }
}
