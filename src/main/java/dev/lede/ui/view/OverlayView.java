package dev.lede.ui.view;

import dev.lede.ui.Overlay;
import dev.lede.ui.UiState;
import java.util.List;

/** Draws whichever overlay is open over the panes, and says how long it is so it can be scrolled. */
public final class OverlayView {

    private OverlayView() {
    }

    /** Rows the overlay has in all, at the state's width. */
    public static int lineCount(UiState state, Overlay overlay) {
        return lines(state, overlay).size();
    }

    static List<FrameLine> lines(UiState state, Overlay overlay) {
        if (overlay instanceof Overlay.Problems) {
            return ProblemsView.lines(state.library().problems(), state.width());
        }
        return HelpView.lines(state.options().keymap(), state.width());
    }
}
