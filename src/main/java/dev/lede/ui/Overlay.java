package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.keys.Action;
import java.util.List;
import java.util.OptionalInt;

/**
 * A page drawn over the panes until it is closed: the help screen, the problems list, the article's links
 * or its story.
 */
public sealed interface Overlay {

    /**
     * Where the selection of a list overlay goes for {@code action}: one down ({@code next}), one up
     * ({@code previous}), to the first or the last of {@code size} entries; empty for any other action.
     */
    static OptionalInt selectionAfter(Action action, Action next, Action previous, int selected, int size) {
        int last = size - 1;
        if (action == next) {
            return OptionalInt.of(Math.min(last, selected + 1));
        }
        if (action == previous) {
            return OptionalInt.of(Math.max(0, selected - 1));
        }
        return switch (action) {
            case TOP -> OptionalInt.of(0);
            case BOTTOM -> OptionalInt.of(last);
            default -> OptionalInt.empty();
        };
    }

    /**
     * The first row shown, for overlays longer than the screen; under a header that stays put
     * ({@link OverlayRows#header}, the story's title), the first of the rows below it.
     */
    int top();

    Overlay scrolledTo(int top);

    /** Every key, grouped, from the key table. */
    record Help(int top) implements Overlay {
        @Override
        public Overlay scrolledTo(int top) {
            return new Help(top);
        }
    }

    /** Each problem met while loading, one per line. */
    record Problems(int top) implements Overlay {
        @Override
        public Overlay scrolledTo(int top) {
            return new Problems(top);
        }
    }

    /**
     * The open article's link and numbered links, one of them selected.
     *
     * @param selected the selected entry of {@link ArticleLinks#of} (0-based)
     * @param typed    the digits of a link number being typed, "" when none
     */
    record Links(int top, int selected, String typed) implements Overlay {

        public Links {
            typed = typed == null ? "" : typed;
        }

        @Override
        public Overlay scrolledTo(int top) {
            return new Links(top, selected, typed);
        }

        public Links withSelected(int newSelected, String newTyped) {
            return new Links(top, newSelected, newTyped);
        }
    }

    /**
     * The open article's story as a timeline: the articles its resolved related links connect it to,
     * oldest first, one selected.
     *
     * @param entries  the story's articles, oldest first
     * @param current  the article the story was opened from (marked)
     * @param selected the selected entry (0-based)
     */
    record Story(int top, List<LibraryEntry> entries, ArticleId current, int selected) implements Overlay {

        public Story {
            entries = List.copyOf(entries);
        }

        @Override
        public Overlay scrolledTo(int top) {
            return new Story(top, entries, current, selected);
        }

        public Story withSelected(int newSelected) {
            return new Story(top, entries, current, newSelected);
        }
    }
}
