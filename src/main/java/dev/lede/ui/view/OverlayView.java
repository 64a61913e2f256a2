package dev.lede.ui.view;

import dev.lede.ui.Overlay;
import dev.lede.ui.ReaderPage;
import dev.lede.ui.UiState;
import java.util.List;
import java.util.Optional;

/** Draws whichever overlay is open over the panes, and says how long it is so it can be scrolled. */
public final class OverlayView {

    private OverlayView() {}

    /** Rows the overlay has in all, at the state's width. */
    public static int lineCount(UiState state, Overlay overlay) {
        if (overlay instanceof Overlay.Problems) {
            return ProblemsView.lineCount(state.library().problems(), state.width());
        }
        if (overlay instanceof Overlay.Links links) {
            return links(state, links).map(layout -> layout.lines().size()).orElse(0);
        }
        if (overlay instanceof Overlay.Story story) {
            return StoryView.lines(story, state.options().keymap(), state.width())
                    .size();
        }
        return HelpView.lines(state.options().keymap(), state.width()).size();
    }

    /** The first and last row of entry {@code entry} of the links overlay, to keep the selection in view. */
    public static int[] linkRows(UiState state, Overlay.Links overlay, int entry) {
        return links(state, overlay)
                .filter(layout -> entry >= 0 && entry < layout.first().length)
                .map(layout -> new int[] {layout.first()[entry], layout.last()[entry]})
                .orElse(new int[] {0, 0});
    }

    /** The overlay's rows from its top, at most {@code rows} of them. */
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
            lines = links(state, links).map(LinksView.Layout::lines).orElse(List.of());
        } else if (overlay instanceof Overlay.Story story) {
            lines = StoryView.lines(story, state.options().keymap(), state.width());
        } else {
            lines = HelpView.lines(state.options().keymap(), state.width());
        }
        int from = Math.min(overlay.top(), lines.size());
        return lines.subList(from, Math.min(lines.size(), from + rows));
    }

    private static Optional<LinksView.Layout> links(UiState state, Overlay.Links overlay) {
        return state.reader()
                .flatMap(ReaderPage::article)
                .map(article -> LinksView.layout(
                        article,
                        overlay,
                        state.options().keymap(),
                        state.width(),
                        state.options().hyperlinks()));
    }
}
