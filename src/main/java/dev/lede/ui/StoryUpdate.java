package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.keys.Action;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The story timeline ({@code s}): opening it on the open article, moving the selection, opening one. */
final class StoryUpdate {

    private static final String NO_STORY = "no related link connects this article to another";

    private StoryUpdate() {}

    /** {@code s}: the open article's story, the article itself selected and marked. */
    static Transition open(UiState state, ReaderPage reader) {
        if (state.links().isEmpty()) {
            return Transition.of(
                    state.withMessage("the library's links are still being worked out — try again in a moment"));
        }
        if (gone(state, reader.entry())) {
            return Transition.of(state.withMessage(SnapshotUpdate.GONE));
        }
        List<LibraryEntry> story = Backlinks.story(state, reader.entry());
        if (story.size() < 2) {
            return Transition.of(state.withMessage(NO_STORY));
        }
        int current = Math.max(0, indexOf(story, reader.entry()));
        Overlay.Story overlay = new Overlay.Story(0, story, reader.entry().id(), current);
        return Transition.of(select(state, overlay, current));
    }

    /**
     * New links while the story is open: it lists the articles of the story as they now are, the same one
     * selected where it is still there; a story down to the open article alone closes, saying so, and so does
     * one whose open article has left the library.
     */
    static UiState followLinks(UiState state) {
        if (state.reader().isEmpty() || !(state.overlay().orElse(null) instanceof Overlay.Story story)) {
            return state;
        }
        LibraryEntry open = state.reader().get().entry();
        if (gone(state, open)) {
            // The open article itself left (its file deleted or edited): that is the news, not its story.
            return state.withOverlay(Optional.empty()).withMessage(SnapshotUpdate.GONE);
        }
        List<LibraryEntry> entries = Backlinks.story(state, open);
        if (entries.size() < 2) {
            return state.withOverlay(Optional.empty()).withMessage(NO_STORY);
        }
        LibraryEntry selected =
                story.entries().get(Math.min(story.selected(), story.entries().size() - 1));
        int index = indexOf(entries, selected);
        Overlay.Story followed = new Overlay.Story(story.top(), entries, story.current(), 0);
        return select(state, followed, index >= 0 ? index : Math.min(story.selected(), entries.size() - 1));
    }

    /**
     * An action while the story is open: moving the selection or opening the selected article. Empty for
     * actions the overlay handles itself (scrolling, closing).
     */
    static Optional<Transition> inOverlay(UiState state, Overlay.Story story, Action action) {
        int last = story.entries().size() - 1;
        Optional<UiState> paged = paged(state, story, action);
        if (paged.isPresent()) {
            return Optional.of(Transition.of(paged.get()));
        }
        OptionalInt selected = Overlay.selectionAfter(
                action,
                Action.NEXT_IN_STORY,
                Action.PREVIOUS_IN_STORY,
                story.selected(),
                story.entries().size());
        if (selected.isPresent()) {
            return Optional.of(Transition.of(select(state, story, selected.getAsInt())));
        }
        if (action != Action.OPEN_FROM_STORY) {
            return Optional.empty();
        }
        LibraryEntry chosen = story.entries().get(Math.max(0, Math.min(story.selected(), last)));
        UiState closed = state.withOverlay(Optional.empty());
        if (chosen.id().equals(story.current())) {
            return Optional.of(Transition.of(closed)); // already open
        }
        return Optional.of(Navigation.open(closed, chosen, Anchor.TOP, true, true));
    }

    /**
     * A page key moves the rows and the selection by the rows the articles have (half of them), as in the
     * headline list, so that what Enter opens stays in view.
     */
    private static Optional<UiState> paged(UiState state, Overlay.Story story, Action action) {
        int page = state.geometry().page();
        int rows = Math.max(1, page - OverlayRows.headerShown(page));
        int step = switch (action) {
            case PAGE_DOWN -> rows;
            case PAGE_UP -> -rows;
            case HALF_PAGE_DOWN -> Math.max(1, rows / 2);
            case HALF_PAGE_UP -> -Math.max(1, rows / 2);
            default -> 0;
        };
        if (step == 0) {
            return Optional.empty();
        }
        int size = story.entries().size();
        int top = Math.max(0, Math.min(story.top() + step, size - rows));
        int index = Math.max(0, Math.min(size - 1, story.selected() + step));
        return Optional.of(select(state, (Overlay.Story) story.scrolledTo(top), index));
    }

    /** The selected article in view again, after a resize. */
    static UiState selectionInView(UiState state, Overlay.Story story) {
        return select(state, story, story.selected());
    }

    /**
     * Selects entry {@code index} and scrolls the articles so that it is in view; the title above them stays
     * put ({@link OverlayRows#HEADER_ROWS}), so {@code top} counts articles.
     */
    private static UiState select(UiState state, Overlay.Story story, int index) {
        int page = state.geometry().page();
        int rows = page - OverlayRows.headerShown(page);
        int top = story.top();
        if (index >= top + rows) {
            top = index - rows + 1;
        }
        if (index < top) {
            top = index;
        }
        return state.withOverlay(Optional.of(story.withSelected(index).scrolledTo(Math.max(0, top))));
    }

    /** Whether the open article has left the complete library, its file deleted or edited under the watch. */
    private static boolean gone(UiState state, LibraryEntry open) {
        return state.library().isComplete() && state.library().find(open.id()).isEmpty();
    }

    private static int indexOf(List<LibraryEntry> story, LibraryEntry entry) {
        for (int i = 0; i < story.size(); i++) {
            if (story.get(i).id().equals(entry.id())) {
                return i;
            }
        }
        return -1;
    }
}
