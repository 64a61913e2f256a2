package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.ui.keys.Action;
import java.util.Optional;

/** What the headline list does with its actions: moving, paging, opening, searching and sorting. */
final class ListUpdate {

    private ListUpdate() {}

    static Transition act(UiState state, Action action) {
        ListPage list = state.list();
        int rows = state.geometry().page();
        int half = Math.max(1, rows / 2);
        return switch (action) {
            case NEXT_HEADLINE -> moved(state, list.select(list.selected() + 1, rows));
            case PREVIOUS_HEADLINE -> moved(state, list.select(list.selected() - 1, rows));
            case LIST_PAGE_DOWN -> moved(state, scrolled(list, rows, rows));
            case LIST_PAGE_UP -> moved(state, scrolled(list, -rows, rows));
            case LIST_HALF_PAGE_DOWN -> moved(state, scrolled(list, half, rows));
            case LIST_HALF_PAGE_UP -> moved(state, scrolled(list, -half, rows));
            case FIRST_HEADLINE -> moved(state, list.select(0, rows));
            case LAST_HEADLINE -> moved(state, list.select(list.order().size() - 1, rows));
            case OPEN ->
                list.selectedEntry()
                        .map(entry -> Navigation.open(state, entry, Anchor.TOP, false, true))
                        .orElseGet(() -> Transition.of(state.withMessage("nothing to open")));
            case SEARCH_LIBRARY ->
                Transition.of(state.withPrompt(
                        Optional.of(new Prompt(Prompt.Target.LIBRARY, "", list.selectedId(), list.top()))));
            case NEXT_MATCH_OR_UNREAD -> Transition.of(step(state, 1));
            case PREVIOUS_MATCH_OR_UNREAD -> Transition.of(step(state, -1));
            case PREVIOUS_UNREAD -> Transition.of(unread(state, -1));
            case LIST_STARRED -> Transition.of(MarkUpdate.listStarred(state));
            case CYCLE_SORT -> Transition.of(sort(state));
            case UNREAD_ONLY -> Transition.of(MarkUpdate.toggleUnreadOnly(state));
            case MARK_ALL_READ -> Transition.of(MarkUpdate.markAllRead(state));
            case BACK_TO_ARTICLE -> Navigation.backToArticle(state);
            default -> Transition.of(state);
        };
    }

    /** The whole list again, with {@code keep} selected when it can be. */
    static UiState clearFilter(UiState state, ArticleId keep) {
        Ordering all = state.list().order().filteredBy("").unreadOnly(null);
        return state.withList(state.list().reorder(all, keep, state.geometry().page()));
    }

    /**
     * A background search came back: its results replace the rows shown meanwhile, if the list still waits
     * for this very search (same snapshot, same words). The best match is selected unless the user moved.
     */
    static UiState searched(UiState state, Event.Searched found) {
        Ordering order = state.list().order();
        if (!order.isSearching()
                || order.library() != found.library()
                || !order.filter().equals(found.query())) {
            return state; // overtaken by more typing or a newer snapshot, whose search is on its way
        }
        Ordering done = order.withResults(found.positions());
        ListPage list = state.list().selected() == 0
                ? new ListPage(done, 0, 0)
                : state.list()
                        .reorder(
                                done,
                                state.list().selectedId(),
                                state.geometry().page());
        return state.withList(list);
    }

    /** The list filtered by {@code query}, best match selected. */
    static UiState filter(UiState state, String query) {
        Ordering filtered = state.list().order().filteredBy(query);
        return state.withList(new ListPage(filtered, 0, 0));
    }

    private static Transition moved(UiState state, ListPage list) {
        return Transition.of(state.withList(list));
    }

    /** Pages move the view and the selection together, as less does. */
    private static ListPage scrolled(ListPage list, int by, int rows) {
        int maxTop = Math.max(0, list.order().size() - rows);
        int top = Math.max(0, Math.min(list.top() + by, maxTop));
        int selected = list.selected() + by;
        if (top == list.top()) {
            selected = by > 0 ? list.order().size() - 1 : 0; // at an end already: go to the last or first row
        }
        return new ListPage(list.order(), list.selected(), top).select(selected, rows);
    }

    /** n/N: the next match while filtered (the next row), otherwise the next unread headline. */
    private static UiState step(UiState state, int direction) {
        ListPage list = state.list();
        int rows = state.geometry().page();
        if (list.order().isFiltered()) {
            int next = list.selected() + direction;
            if (next < 0 || next >= list.order().size()) {
                return state.withMessage(direction > 0 ? "no more matches" : "no earlier match");
            }
            return state.withList(list.select(next, rows));
        }
        return unread(state, direction);
    }

    /** The nearest unread headline below ({@code direction} 1) or above (-1) the selected one. */
    private static UiState unread(UiState state, int direction) {
        ListPage list = state.list();
        int rows = state.geometry().page();
        for (int i = list.selected() + direction; i >= 0 && i < list.order().size(); i += direction) {
            if (!state.isRead(list.order().entry(i).id())) {
                return state.withList(list.select(i, rows));
            }
        }
        return state.withMessage(direction > 0 ? "no more unread headlines below" : "no unread headlines above");
    }

    private static UiState sort(UiState state) {
        Ordering current = state.list().order();
        Sort next = current.sort().next();
        Ordering sorted = current.sortedBy(next);
        return state.withList(state.list()
                        .reorder(
                                sorted,
                                state.list().selectedId(),
                                state.geometry().page()))
                .withMessage("sorted by " + next.label());
    }
}
