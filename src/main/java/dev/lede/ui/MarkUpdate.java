package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.Place;
import dev.lede.core.state.ReadingState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Read marks, stars, the starred list and remembered places: the reading state kept between runs. */
final class MarkUpdate {

    private MarkUpdate() {}

    /** m: the open article when the reader has focus, else the selected headline. */
    static UiState toggleRead(UiState state) {
        return toggle(state, "nothing to mark", state::isRead, ReadingState::withRead, "marked read", "marked unread");
    }

    /** F: star or unstar, the same article as m. */
    static UiState toggleStar(UiState state) {
        return toggle(
                state,
                "nothing to star",
                state::isStarred,
                ReadingState::withStarred,
                "starred — ' lists the starred articles",
                "star removed");
    }

    /** Turns a mark of the target article over ({@code isOn} reads it, {@code set} writes it) and says which way. */
    private static UiState toggle(
            UiState state, String noTarget, Predicate<ArticleId> isOn, Toggle set, String turnedOn, String turnedOff) {
        Optional<ArticleId> target = target(state);
        if (target.isEmpty()) {
            return state.withMessage(noTarget);
        }
        if (state.library().isComplete() && state.library().find(target.get()).isEmpty()) {
            // The open article's file was deleted or edited under the watch: a mark of it would be kept for an
            // article no list shows again (' would say no article is starred, just after "starred").
            return state.withMessage("this article's file was changed or deleted: " + noTarget);
        }
        boolean on = !isOn.test(target.get());
        return state.withReading(set.apply(state.reading(), target.get(), on)).withMessage(on ? turnedOn : turnedOff);
    }

    /** A reading state's setter for one kind of mark ({@link ReadingState#withRead}, {@link ReadingState#withStarred}). */
    @FunctionalInterface
    private interface Toggle {
        ReadingState apply(ReadingState reading, ArticleId id, boolean on);
    }

    /** ': the list narrowed to the starred articles, or the whole list again. */
    static UiState listStarred(UiState state) {
        ListPage list = state.list();
        if (list.order().isRestricted()) {
            Ordering all = list.order().unrestricted();
            UiState shown = state.withList(
                    list.reorder(all, list.selectedId(), state.geometry().page()));
            return all.isUnreadOnly() ? shown.withMessage("unread only — u shows all") : shown;
        }
        if (state.reading().starred().isEmpty()) {
            return state.withMessage("no starred articles — F stars one");
        }
        Ordering starred = list.order().onlyOf(state.reading().starred());
        return state.withList(list.reorder(
                        starred, list.selectedId(), state.geometry().page()))
                .withMessage("starred articles only — ' or Esc shows all");
    }

    /**
     * u: only the unread articles, or every article again. The articles read now are left out; one read
     * while the filter is on stays in view (the list never jumps under the cursor) until u is pressed
     * twice, and new articles from a fetch or a watched folder come in unread.
     */
    static UiState toggleUnreadOnly(UiState state) {
        ListPage list = state.list();
        int rows = state.geometry().page();
        if (list.order().isUnreadOnly()) {
            return state.withList(list.reorder(list.order().unreadOnly(null), list.selectedId(), rows))
                    .withMessage("all articles");
        }
        Ordering unread = list.order().unreadOnly(state.reading().read());
        // The selected article when it is unread; else the nearest unread one below it, as n would go.
        ArticleId keep = list.selectedId();
        for (int i = list.selected();
                keep != null && state.isRead(keep) && i < list.order().size();
                i++) {
            keep = state.isRead(list.order().entry(i).id())
                    ? keep
                    : list.order().entry(i).id();
        }
        ListPage kept = list.reorder(unread, keep, rows);
        return state.withList(kept)
                .withMessage(
                        unread.size() == 0
                                ? unread.noneUnread() + " — u shows the read ones too"
                                : "unread only — u shows all");
    }

    /** A: every article in view (after the filters) marked read, as m would, one by one. */
    static UiState markAllRead(UiState state) {
        Ordering order = state.list().order();
        List<ArticleId> unread = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ArticleId id = order.entry(i).id();
            if (!state.isRead(id)) {
                unread.add(id);
            }
        }
        if (unread.isEmpty()) {
            return state.withMessage(order.size() == 0 ? "nothing to mark" : "all read already");
        }
        return state.withReading(state.reading().withAllRead(unread)).withMessage(unread.size() + " marked read");
    }

    /** Keeps the place of the article on screen, so it opens there next time. */
    static UiState rememberPlace(UiState state) {
        if (state.reader().isEmpty() || !state.reader().get().isLoaded()) {
            return state;
        }
        ReaderPage reader = state.reader().get();
        Anchor anchor = reader.anchor();
        return state.withReading(
                state.reading().withPlace(reader.entry().id(), new Place(anchor.unit(), anchor.offset())));
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
