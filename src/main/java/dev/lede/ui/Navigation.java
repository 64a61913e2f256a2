package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Going from article to article: opening from the list, J/K, related jumps, back and history, and
 * the article's arrival. Every move away from an article leaves it on the history at its place.
 */
final class Navigation {

    private Navigation() {}

    /**
     * Opens {@code entry} at {@code anchor}: the reader waits for it, the list selects it, and an
     * {@link Effect.OpenArticle} asks the tui to read it.
     *
     * @param remember put the article being left on the history
     */
    static Transition open(UiState state, LibraryEntry entry, Anchor anchor, boolean jumped, boolean remember) {
        History history = state.history();
        if (remember && state.reader().isPresent()) {
            history = history.push(visit(state.reader().get()));
        }
        return opened(state.withHistory(history.opening(entry)), entry, anchor, jumped);
    }

    private static Transition opened(UiState state, LibraryEntry entry, Anchor anchor, boolean jumped) {
        // Opened afresh (not through history): where it was left last time, in this run or an earlier one.
        Anchor at = anchor.equals(Anchor.TOP) ? MarkUpdate.placeOf(state.reading(), entry.id()) : anchor;
        UiState next = state.withReader(ReaderPage.loading(entry, at, jumped))
                .withFocus(Focus.READER)
                .withRead(entry.id());
        ListPage list = next.list();
        boolean selected = entry.id().equals(list.selectedId());
        int row = selected ? list.selected() : list.order().indexOf(entry.id());
        if (row >= 0) {
            next = next.withList(list.select(row, next.geometry().page()));
        }
        return Transition.of(next, new Effect.OpenArticle(entry));
    }

    /** J/K (and Space at the end): the next or previous headline of the list, in the reader. */
    static Transition neighbour(UiState state, int direction) {
        ReaderPage reader = state.reader().get();
        ListPage list = state.list();
        int row = reader.entry().id().equals(list.selectedId())
                ? list.selected()
                : list.order().indexOf(reader.entry().id());
        int next = row < 0 ? list.selected() : row + direction;
        if (next < 0 || next >= list.order().size()) {
            return Transition.of(state.withMessage(direction > 0 ? "last article" : "first article"));
        }
        return open(state, list.order().entry(next), Anchor.TOP, false, true);
    }

    /**
     * Opens jump {@code index} (0-based): a related headline, or searches the library for it when it is not
     * there; past the related headlines, an article linking here ("Linked from").
     */
    static Transition openRelated(UiState state, int index) {
        ReaderPage reader = state.reader().get();
        List<RelatedHeadline> related =
                reader.article().map(Article::related).orElse(reader.entry().related());
        List<LibraryEntry> linkedFrom =
                reader.layout().map(ReaderLayout::linkedFrom).orElse(List.of());
        int count = related.size() + linkedFrom.size();
        if (index >= related.size() && index < count) {
            return open(
                    state.withReader(reader.withRelatedFocus(-1, -1)),
                    linkedFrom.get(index - related.size()),
                    Anchor.TOP,
                    true,
                    true);
        }
        if (index < 0 || index >= count) {
            return Transition.of(
                    state.withMessage(count == 0 ? "no related headlines" : "related headlines go from 1 to " + count));
        }
        RelatedHeadline headline = related.get(index);
        Optional<LibraryEntry> target = state.library().resolveWithoutWaiting(reader.entry(), headline);
        if (target.isPresent()) {
            return open(state.withReader(reader.withRelatedFocus(-1, -1)), target.get(), Anchor.TOP, true, true);
        }
        // Never jump to a wrong article: show what a search for its words finds instead.
        UiState searched = ListUpdate.filter(state.withFocus(Focus.LIST).withFullScreen(false), headline.headline());
        return Transition.of(
                searched.withMessage((state.library().resolvedTogether() ? "not in the library" : "not matched yet")
                        + " — searched for its words"
                        + keyFor(state, Action.CANCEL, "; ", " shows all")
                        + keyFor(state, Action.BACK_TO_ARTICLE, ", ", " goes back")));
    }

    /** "; Esc shows all": the first key the key map gives the action, between the two texts; nothing when unbound. */
    private static String keyFor(UiState state, Action action, String before, String after) {
        List<Key> keys = state.options().keymap().keys(action);
        return keys.isEmpty() ? "" : before + state.options().shown().key(keys.get(0)) + after;
    }

    /** h: back to the article this one was reached from by a related jump, else to the list. */
    static Transition back(UiState state) {
        ReaderPage reader = state.reader().get();
        if (reader.jumped() && state.history().previous().isPresent()) {
            return historyBack(state);
        }
        return Transition.of(state.withFocus(Focus.LIST).withFullScreen(false));
    }

    /**
     * h in the list: back to the article read last, where it was left. After a related headline's search the list
     * holds the matches and the article it came from is only on the history, so Esc left the reader no way back.
     */
    static Transition backToArticle(UiState state) {
        if (state.reader().isPresent()) {
            return Transition.of(state.withFocus(Focus.READER)); // side by side, still shown beside the list
        }
        Optional<History.Visit> previous = state.history().previous();
        if (previous.isEmpty()) {
            return Transition.of(state.withMessage("no article read yet"));
        }
        History history = state.history().opening(previous.get().entry()); // its visit leaves the top of the stack
        return opened(
                state.withHistory(history),
                previous.get().entry(),
                previous.get().anchor(),
                !history.back().isEmpty());
    }

    static Transition historyBack(UiState state) {
        Optional<History.Visit> previous = state.history().previous();
        if (previous.isEmpty()) {
            return Transition.of(state.withMessage("no earlier article"));
        }
        History history = state.history().stepBack(visit(state.reader().get()));
        History.Visit to = previous.get();
        // The article reached by going back was itself reached by a jump if there is still history behind it.
        return opened(
                state.withHistory(history),
                to.entry(),
                to.anchor(),
                !history.back().isEmpty());
    }

    static Transition historyForward(UiState state) {
        Optional<History.Visit> next = state.history().next();
        if (next.isEmpty()) {
            return Transition.of(state.withMessage("no later article"));
        }
        History history = state.history().stepForward(visit(state.reader().get()));
        return opened(state.withHistory(history), next.get().entry(), next.get().anchor(), true);
    }

    /** The article arrived: lay it out at the current width and put the remembered line on top. */
    static UiState arrived(UiState state, LibraryEntry entry, Article article) {
        if (state.reader().isEmpty() || !state.reader().get().entry().id().equals(entry.id())) {
            return state; // an answer for an article the reader has left already
        }
        ReaderPage reader = state.reader().get();
        if (reader.article().isPresent() && reader.article().get().equals(article)) {
            return state; // read again after the folders changed, and the same: nothing moves
        }
        boolean sameText =
                reader.article().isPresent() && sameText(reader.article().get(), article);
        Geometry geometry = state.geometry();
        ReaderLayout layout = ReaderLayout.of(
                article,
                geometry.textWidth(),
                Backlinks.of(state, entry),
                state.options().shown());
        if (reader.article().isPresent()) {
            // Its file was rewritten under the same id while it was read: the new text, at the same place (a
            // file moved, its folder renamed, reads the same text from elsewhere: nothing to say).
            UiState renewed = state.withReader(reader.withNewText(entry, article, layout, geometry.page()));
            return sameText ? renewed : renewed.withMessage("this article's file changed: its new text is shown");
        }
        return state.withReader(reader.withArticle(article, layout, geometry.page()));
    }

    /** The same words shown: all but where the file is. */
    private static boolean sameText(Article shown, Article read) {
        return shown.headline().equals(read.headline())
                && Objects.equals(shown.byline(), read.byline())
                && Objects.equals(shown.published(), read.published())
                && Objects.equals(shown.url(), read.url())
                && Objects.equals(shown.site(), read.site())
                && shown.body().equals(read.body())
                && shown.related().equals(read.related())
                && shown.links().equals(read.links());
    }

    static UiState unavailable(UiState state, LibraryEntry entry, String reason) {
        if (state.reader().isEmpty() || !state.reader().get().entry().id().equals(entry.id())) {
            return state;
        }
        if (state.reader().get().article().isPresent()) { // read again after the folders changed, and failed
            if (state.library().isComplete() && state.library().find(entry.id()).isEmpty()) {
                return state; // its file deleted meanwhile, which the library's update has said already
            }
            return state.withMessage("this article's file " + reason + ": the text shown is as it was read");
        }
        return state.withReader(state.reader().get().withUnavailable(reason))
                .withMessage("cannot show this article: " + reason);
    }

    /**
     * With the list in focus, the reader pane previews the selected headline: an article left open
     * there stays only while its headline is the selected one. Once the selection moves (or a search
     * leaves it out of the list), the article goes on the history, so H still comes back to it.
     */
    static UiState previewSelection(UiState state) {
        if (state.focus() != Focus.LIST || state.reader().isEmpty()) {
            return state;
        }
        ReaderPage reader = state.reader().get();
        if (reader.entry().id().equals(state.list().selectedId())) {
            return state;
        }
        return state.withHistory(state.history().push(visit(reader))).withReader(Optional.empty());
    }

    private static History.Visit visit(ReaderPage reader) {
        return new History.Visit(reader.entry(), reader.anchor());
    }
}
