package dev.lede.ui.view;

import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.Columns;
import dev.lede.core.text.ReadableDate;
import dev.lede.core.text.Sanitizer;
import dev.lede.ui.Focus;
import dev.lede.ui.Glyphs;
import dev.lede.ui.ListColumns;
import dev.lede.ui.ListPage;
import dev.lede.ui.Ordering;
import dev.lede.ui.ShownText;
import dev.lede.ui.SourceFolder;
import dev.lede.ui.UiState;

/** The headline list pane: one headline a row, ▸ on the selected one, • on the unread ones (or ASCII marks). */
final class ListView {

    private ListView() {}

    /** Draws body row {@code row} of the list into {@code out}, exactly {@code width} columns. */
    static void draw(UiState state, int row, Row out, int width) {
        int end = out.used() + width;
        ListPage list = state.list();
        int index = list.top() + row;
        if (list.isEmpty()) {
            if (row == 0) {
                out.cut(" " + emptyText(state), Style.DIM, width);
            }
            out.padTo(end, Style.NORMAL);
            return;
        }
        if (index >= list.order().size()) {
            out.padTo(end, Style.NORMAL);
            return;
        }
        LibraryEntry entry = list.order().entry(index);
        boolean selected = index == list.selected();
        boolean unread = !state.isRead(entry.id());
        Style style = !selected
                ? Style.NORMAL
                : state.focus() == Focus.LIST || state.reader().isEmpty() ? Style.SELECTED : Style.SELECTED_UNFOCUSED;
        Glyphs glyphs = state.options().glyphs();
        if (selected) {
            out.text(glyphs.selected() + " ", style);
        } else if (unread) {
            out.text(glyphs.unread(), Style.UNREAD_MARK).text(" ", style);
        } else {
            out.text("  ", style);
        }
        if (state.isStarred(entry.id())) {
            out.text("* ", selected ? style : Style.UNREAD_MARK);
        }
        ListColumns columns =
                state.options().columns().fitted(width, state.list().order().manyFolders());
        int columnsWidth = (columns.source() ? ListColumns.SOURCE_WIDTH + 1 : 0)
                + (columns.date() ? ListColumns.DATE_WIDTH + 1 : 0);
        ShownText shown = state.options().shown();
        out.cut(shown.line(entry.headline()), style, end - columnsWidth - out.used() - 1);
        Style quiet = selected ? style : Style.DIM;
        if (columns.source()) {
            out.padTo(end - columnsWidth, style);
            out.cut(
                    shown.line(Sanitizer.sanitizeLine(
                            SourceFolder.of(entry, state.options().folder()))),
                    quiet,
                    ListColumns.SOURCE_WIDTH);
        }
        if (columns.date()) {
            String date = shortDate(entry.published());
            out.padTo(end - ListColumns.DATE_WIDTH - 1 + (ListColumns.DATE_WIDTH - Columns.width(date)), style);
            out.text(date, quiet);
        }
        out.padTo(end, style);
    }

    /** {@code 2 Dec 2026}: the day the article was published, without the time; blank when it has none. */
    private static String shortDate(String published) {
        String readable = ReadableDate.of(published).orElse("");
        int comma = readable.indexOf(',');
        return comma < 0 ? readable : readable.substring(0, comma);
    }

    private static String emptyText(UiState state) {
        Ordering order = state.list().order();
        if (order.isRestricted()) {
            return (order.isUnreadOnly() ? order.noneUnread() : "no starred articles") + " — Esc shows all";
        }
        if (order.isUnreadOnly() && order.filter().isEmpty()) {
            return "no unread articles — Esc shows all";
        }
        if (order.isSearching()) {
            return "searching “" + Sanitizer.sanitizeLine(order.filter()) + "”…";
        }
        if (order.isFiltered()) {
            String filter = order.filter();
            if (filter.codePoints().noneMatch(ListView::isSearched)) {
                // Both searches index letters, digits and symbols (emoji) only: a dash is no word to find.
                return "no word in “" + Sanitizer.sanitizeLine(filter) + "” — Esc shows all";
            }
            String nothing = Sanitizer.sanitizeLine(
                    order.isUnreadOnly() ? order.noneUnread() : "nothing matches “" + filter + "”");
            // Still loading: the match may be in what is not loaded yet.
            return nothing + (state.library().isComplete() ? " — Esc shows all" : " yet — loading…");
        }
        return state.library().isComplete() ? "no articles" : "loading…";
    }

    private static boolean isSearched(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }
}
