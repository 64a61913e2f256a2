package dev.lede.ui.view;

import dev.lede.ui.Overlay;
import dev.lede.ui.ReaderPage;
import dev.lede.ui.UiState;
import java.util.List;

/** Draws whichever overlay is open over the panes, and says how long it is so it can be scrolled. */
public final class OverlayView {

    private OverlayView() {
    }

    /** Rows the overlay has in all, at the state's width. */
    public static int lineCount(UiState state, Overlay overlay) {
        if (overlay instanceof Overlay.Problems) {
            return ProblemsView.lineCount(state.library().problems(), state.width());
        }
        if (overlay instanceof Overlay.Links) {
            return links(state).size();
        }
        return HelpView.lines(state.options().keymap(), state.width()).size();
    }

    /** The overlay's rows from its top, at most {@code rows} of them. */
    static List<FrameLine> visible(UiState state, Overlay overlay, int rows) {
        if (overlay instanceof Overlay.Problems) {
            return ProblemsView.lines(state.library().problems(), state.library().counts(), state.options().keymap(),
                    state.width(), overlay.top(), rows);
        }
        List<FrameLine> help = overlay instanceof Overlay.Links ? links(state)
                : HelpView.lines(state.options().keymap(), state.width());
        int from = Math.min(overlay.top(), help.size());
        return help.subList(from, Math.min(help.size(), from + rows));
    }

    private static List<FrameLine> links(UiState state) {
        return state.reader().flatMap(ReaderPage::article).map(article -> LinksView.lines(article, state.width()))
                .orElse(List.of());
    }
}
