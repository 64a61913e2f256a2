package dev.lede.ui.view;

import dev.lede.ui.UiState;

/** The top row: "lede — what was opened (N articles, U unread)". */
final class TitleBar {

    private TitleBar() {
    }

    static FrameLine line(UiState state) {
        int articles = state.library().size();
        String counts = " (" + articles + (articles == 1 ? " article, " : " articles, ") + state.unreadCount() + " unread)";
        Row row = new Row(state.width());
        row.text(" ", Style.TITLE_BAR);
        // The counts matter more than the end of a long path: the title is cut first.
        String prefix = "lede — ";
        int titleRoom = Math.max(0, row.remaining() - dev.lede.core.text.Columns.width(prefix + counts));
        row.text(prefix, Style.TITLE_BAR);
        row.cut(SafeText.line(state.title()), Style.TITLE_BAR, titleRoom);
        row.text(counts, Style.TITLE_BAR);
        return row.line(Style.TITLE_BAR);
    }
}
