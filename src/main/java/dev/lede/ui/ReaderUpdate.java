package dev.lede.ui;

import dev.lede.ui.keys.Action;
import java.util.Optional;

/** What the reader does with its actions: scrolling, searching the article, related headlines, history. */
final class ReaderUpdate {

    private ReaderUpdate() {}

    static Transition act(UiState state, Action action) {
        if (state.reader().isEmpty()) {
            return Transition.of(state);
        }
        ReaderPage reader = state.reader().get();
        int rows = state.geometry().page();
        int half = Math.max(1, rows / 2);
        return switch (action) {
            case SCROLL_DOWN -> scroll(state, reader, reader.top() + 1);
            case SCROLL_UP -> scroll(state, reader, reader.top() - 1);
            case PAGE_DOWN ->
                reader.isLoaded() && reader.top() >= reader.maxTop(rows)
                        ? Navigation.neighbour(state, 1)
                        : scroll(state, reader, reader.top() + rows);
            case PAGE_UP -> scroll(state, reader, reader.top() - rows);
            case HALF_PAGE_DOWN -> scroll(state, reader, reader.top() + half);
            case HALF_PAGE_UP -> scroll(state, reader, reader.top() - half);
            case TOP -> scroll(state, reader, 0);
            case BOTTOM -> scroll(state, reader, reader.maxTop(rows));
            case NEXT_ARTICLE -> Navigation.neighbour(state, 1);
            case PREVIOUS_ARTICLE -> Navigation.neighbour(state, -1);
            case SEARCH_ARTICLE ->
                Transition.of(state.withPrompt(Optional.of(
                        new Prompt(Prompt.Target.ARTICLE, "", reader.entry().id(), reader.top()))));
            case NEXT_MATCH -> Transition.of(stepMatch(state, reader, 1));
            case PREVIOUS_MATCH -> Transition.of(stepMatch(state, reader, -1));
            case FOCUS_RELATED -> Transition.of(focusRelated(state, reader));
            case NEXT_RELATED -> Transition.of(moveRelated(state, reader, 1));
            case PREVIOUS_RELATED -> Transition.of(moveRelated(state, reader, -1));
            case OPEN_FOCUSED_RELATED -> Navigation.openRelated(state, reader.relatedFocus());
            case BACK -> Navigation.back(state);
            case HISTORY_BACK -> Navigation.historyBack(state);
            case HISTORY_FORWARD -> Navigation.historyForward(state);
            case OPEN_LINK, COPY_LINK, COPY_TEXT, LIST_LINKS -> LinkUpdate.act(state, reader, action);
            case SHOW_STORY -> StoryUpdate.open(state, reader);
            default ->
                action.relatedNumber() > 0
                        ? Navigation.openRelated(state, action.relatedNumber() - 1)
                        : Transition.of(state);
        };
    }

    /** Moves the top line; when only the top line changed, says by how much so the tui can scroll the terminal. */
    private static Transition scroll(UiState state, ReaderPage reader, int top) {
        ReaderPage moved = reader.withTop(top, state.geometry().page());
        int distance = moved.top() - reader.top();
        return Transition.scrolled(state.withReader(moved), distance);
    }

    /** Incremental search: matches of {@code query}, the first at or below {@code from} brought into view. */
    static UiState searchArticle(UiState state, String query, int from) {
        if (state.reader().isEmpty() || !state.reader().get().isLoaded()) {
            return state;
        }
        ReaderPage reader = state.reader().get();
        // The lines are the text as shown (Zoë as Zoe in the C locale), so the query is searched for as shown too.
        ArticleSearch search =
                ArticleSearch.of(reader.layout().get(), state.options().shown().line(query));
        int first = search.firstFrom(from);
        if (first < 0 && !search.matches().isEmpty()) {
            first = 0;
        }
        ReaderPage searched =
                reader.withSearch(query.isEmpty() ? Optional.empty() : Optional.of(search.withCurrent(first)));
        int rows = state.geometry().page();
        return state.withReader(
                first < 0
                        ? searched.withTop(from, rows)
                        : reveal(searched, search.matches().get(first).line(), rows, from));
    }

    private static UiState stepMatch(UiState state, ReaderPage reader, int direction) {
        if (reader.search().isEmpty()) {
            return state.withMessage("no search in this article — / to search");
        }
        ArticleSearch search = reader.search().get();
        int count = search.matches().size();
        if (count == 0) {
            return state.withMessage("not found: " + search.query());
        }
        int next;
        String note = null;
        if (search.current() < 0) {
            next = direction > 0 ? Math.max(0, search.firstFrom(reader.top())) : count - 1;
        } else {
            next = search.current() + direction;
        }
        if (next >= count || next < 0) {
            next = (next + count) % count;
            note = direction > 0 ? "search wrapped to the top" : "search wrapped to the bottom";
        }
        int rows = state.geometry().page();
        ReaderPage moved = reveal(
                reader.withSearch(Optional.of(search.withCurrent(next))),
                search.matches().get(next).line(),
                rows,
                reader.top());
        return state.withReader(moved).withMessage(note == null ? (next + 1) + " of " + count : note);
    }

    /** Keeps {@code top} when {@code line} is on screen from there, otherwise puts {@code line} near the top. */
    private static ReaderPage reveal(ReaderPage reader, int line, int rows, int top) {
        if (line >= top && line < top + rows) {
            return reader.withTop(top, rows);
        }
        return reader.withTop(line - Math.min(2, rows / 4), rows);
    }

    private static UiState focusRelated(UiState state, ReaderPage reader) {
        int rows = state.geometry().page();
        if (reader.relatedFocus() >= 0) {
            return leaveRelated(state, reader);
        }
        int count = reader.layout().map(ReaderLayout::jumpCount).orElse(0);
        if (count == 0) {
            return state.withMessage(
                    reader.isLoaded()
                            ? "this article names no related headlines and none links here"
                            : "still loading");
        }
        ReaderLayout layout = reader.layout().get();
        // Bring the "Related" (or "Linked from") heading and as many of their lines as fit into view.
        int heading = layout.jumpsStart() - 1;
        int top =
                heading >= reader.top() && layout.relatedLine(count - 1) < reader.top() + rows ? reader.top() : heading;
        return state.withReader(reader.withRelatedFocus(0, reader.top()).withTop(top, rows));
    }

    /** Out of the related headlines, back to where the article was before {@code r} (r again, or q). */
    static UiState leaveRelated(UiState state, ReaderPage reader) {
        int rows = state.geometry().page();
        return state.withReader(reader.withRelatedFocus(-1, -1).withTop(reader.topBeforeRelated(), rows));
    }

    private static UiState moveRelated(UiState state, ReaderPage reader, int direction) {
        int count = reader.layout().map(ReaderLayout::jumpCount).orElse(0);
        if (count == 0 || reader.relatedFocus() < 0) {
            return state;
        }
        int focus = Math.floorMod(reader.relatedFocus() + direction, count);
        int rows = state.geometry().page();
        int line = reader.layout().get().relatedLine(focus);
        ReaderPage moved = reader.withRelatedFocus(focus, reader.topBeforeRelated());
        if (line < reader.top() || line >= reader.top() + rows) {
            moved = moved.withTop(line - rows + 1 < reader.top() ? line : line - rows + 1, rows);
        }
        return state.withReader(moved);
    }
}
