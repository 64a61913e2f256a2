package dev.lede.ui.view;

import dev.lede.core.text.Sanitizer;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.Focus;
import dev.lede.ui.Glyphs;
import dev.lede.ui.ListPage;
import dev.lede.ui.UiState;

/** The headline list pane: one headline a row, ▸ on the selected one, • on the unread ones (or ASCII marks). */
final class ListView {

    private ListView() {
    }

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
        Style style = !selected ? Style.NORMAL
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
        out.cut(entry.headline(), style, end - out.used() - 1);
        out.padTo(end, style);
    }

    private static String emptyText(UiState state) {
        if (state.list().order().isRestricted()) {
            return "no starred articles — Esc shows all";
        }
        if (state.list().order().isSearching()) {
            return "searching “" + Sanitizer.sanitizeLine(state.list().order().filter()) + "”…";
        }
        if (state.list().order().isFiltered()) {
            return "nothing matches “" + Sanitizer.sanitizeLine(state.list().order().filter()) + "” — Esc shows all";
        }
        return state.library().isComplete() ? "no articles" : "loading…";
    }
}
