package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.Place;
import dev.lede.core.state.ReadingState;
import java.util.Optional;

/** Read marks, stars, the starred list and remembered places: the reading state kept between runs. */
final class MarkUpdate {

    private MarkUpdate() {
    }

    /** m: the open article when the reader has focus, else the selected headline. */
    static UiState toggleRead(UiState state) {
        Optional<ArticleId> target = target(state);
        if (target.isEmpty()) {
            return state.withMessage("nothing to mark");
        }
        boolean read = !state.isRead(target.get());
        return state.withReading(state.reading().withRead(target.get(), read))
                .withMessage(read ? "marked read" : "marked unread");
    }

    /** F: star or unstar, the same article as m. */
    static UiState toggleStar(UiState state) {
        Optional<ArticleId> target = target(state);
        if (target.isEmpty()) {
            return state.withMessage("nothing to star");
        }
        boolean starred = !state.isStarred(target.get());
        return state.withReading(state.reading().withStarred(target.get(), starred))
                .withMessage(starred ? "starred — ' lists the starred articles" : "star removed");
    }

    /** ': the list narrowed to the starred articles, or the whole list again. */
    static UiState listStarred(UiState state) {
        ListPage list = state.list();
        if (list.order().isRestricted()) {
            return ListUpdate.clearFilter(state, list.selectedId());
        }
        if (state.reading().starred().isEmpty()) {
            return state.withMessage("no starred articles — F stars one");
        }
        Ordering starred = list.order().onlyOf(state.reading().starred());
        return state.withList(list.reorder(starred, list.selectedId(), state.geometry().page()))
                .withMessage("starred articles only — ' or Esc shows all");
    }

    /** Keeps the place of the article on screen, so it opens there next time. */
    static UiState rememberPlace(UiState state) {
        if (state.reader().isEmpty() || !state.reader().get().isLoaded()) {
            return state;
        }
        ReaderPage reader = state.reader().get();
        Anchor anchor = reader.anchor();
        return state.withReading(state.reading().withPlace(reader.entry().id(), new Place(anchor.unit(), anchor.offset())));
    }

    /** Where {@code id} was left, as the reader's anchor. */
    static Anchor placeOf(ReadingState reading, ArticleId id) {
        Place place = reading.place(id);
        return place.equals(Place.TOP) ? Anchor.TOP : new Anchor(place.unit(), place.offset());
    }

    private static Optional<ArticleId> target(UiState state) {
        if (state.focus() == Focus.READER && state.reader().isPresent()) {
            return Optional.of(state.reader().get().entry().id());
        }
        return Optional.ofNullable(state.list().selectedId());
    }
}
