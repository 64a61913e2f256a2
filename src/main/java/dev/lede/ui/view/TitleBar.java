package dev.lede.ui.view;

import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.ui.ShownText;
import dev.lede.ui.UiState;

/**
 * The top row: "lede — what was opened (N articles, U unread)", or "(loading…)" until the library is
 * complete — the status bar counts while loading, so progress costs one number's bytes, not three.
 */
final class TitleBar {

    /** Below this many columns for the title, the whole bar is cut instead. */
    private static final int MIN_TITLE = 10;

    private TitleBar() {}

    static FrameLine line(UiState state) {
        ShownText shown = state.options().shown(); // measured as drawn ("…" may be "...")
        String counts = shown.line(counts(state));
        Row row = new Row(state.width(), state.options().glyphs().cut());
        row.text(" ", Style.TITLE_BAR);
        String prefix = shown.line("lede — ");
        String title = shown.line(Sanitizer.sanitizeLine(state.title()));
        int titleRoom = row.remaining() - Columns.width(prefix + counts);
        if (titleRoom >= Math.min(MIN_TITLE, Columns.width(title))) {
            // The counts matter more than the end of a long path: the title is cut first.
            row.text(prefix, Style.TITLE_BAR)
                    .cut(title, Style.TITLE_BAR, titleRoom)
                    .text(counts, Style.TITLE_BAR);
        } else {
            row.cut(prefix + title + counts, Style.TITLE_BAR);
        }
        return row.line(Style.TITLE_BAR);
    }

    private static String counts(UiState state) {
        if (!state.library().isComplete()) {
            return " (loading…)";
        }
        int articles = state.library().size();
        return " (" + articles + (articles == 1 ? " article, " : " articles, ") + state.unreadCount() + " unread)";
    }
}
