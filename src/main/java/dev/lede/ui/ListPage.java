package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.LibraryEntry;
import java.util.Optional;

/**
 * The headline list: the order it is shown in, the selected row and the first row on screen.
 */
public record ListPage(Ordering order, int selected, int top) {

    public boolean isEmpty() {
        return order.size() == 0;
    }

    public Optional<LibraryEntry> selectedEntry() {
        return isEmpty() ? Optional.empty() : Optional.of(order.entry(selected));
    }

    public ArticleId selectedId() {
        return selectedEntry().map(LibraryEntry::id).orElse(null);
    }

    /** Selects row {@code index} (clamped) and scrolls just enough to keep it among {@code rows} rows. */
    public ListPage select(int index, int rows) {
        int last = Math.max(0, order.size() - 1);
        int row = Math.max(0, Math.min(index, last));
        int visible = Math.max(1, rows);
        int newTop = top;
        if (row < newTop) {
            newTop = row;
        } else if (row >= newTop + visible) {
            newTop = row - visible + 1;
        }
        newTop = Math.max(0, Math.min(newTop, Math.max(0, order.size() - visible)));
        return new ListPage(order, row, newTop);
    }

    /** The same page over a new ordering, keeping the selected article when it is still there. */
    public ListPage reorder(Ordering newOrder, ArticleId keep, int rows) {
        int index = newOrder.indexOf(keep);
        int row = index >= 0 ? index : Math.min(selected, Math.max(0, newOrder.size() - 1));
        // The selected row stays at the same height on screen; a list shown from its first row stays so while the
        // selection fits, so that what arrives above it (newer articles, sorted first) shows rather than hides.
        int newTop = top == 0 ? 0 : Math.max(0, row - (selected - top));
        return new ListPage(newOrder, row, newTop).select(row, rows);
    }
}
