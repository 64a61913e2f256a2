package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a new library snapshot, and the links worked out for one, do to the state (part of {@link Update}). */
final class SnapshotUpdate {

    private SnapshotUpdate() {}

    /**
     * A new snapshot of the library. When loading ends with a single article (one file, or an article
     * piped in) and the reader has not moved yet, that article opens at once: there is nothing to choose.
     * When it ends with no article at all, the reader leaves, and the reasons are printed where they stay.
     */
    static Transition libraryUpdated(UiState state, Library library) {
        ListPage list = state.list();
        boolean untouched = state.reader().isEmpty()
                && state.prompt().isEmpty()
                && state.overlay().isEmpty()
                && !list.order().isFiltered();
        Ordering order = list.order().over(library);
        // A reader still on the first row has chosen no article yet: it stays on the first row, the newest when
        // sorted so, as the library grows under it.
        ListPage kept = untouched && list.selected() == 0
                ? new ListPage(order, 0, 0)
                : list.reorder(order, list.selectedId(), state.geometry().page());
        UiState updated = state.withLibrary(library, kept);
        // Once a snapshot is complete, its links are worked out (off the screen's thread): backlinks and
        // stories then take in whatever arrived, an article added while the reader is open included.
        // The same complete snapshot handed again (a preview the check of the folders confirmed) has had
        // its links asked for: building them twice left a second graph's worth in the heap.
        List<Effect> links = library.isComplete() && library != state.library()
                ? List.of(new Effect.BuildLinks(library))
                : List.of();
        boolean justFinished = library.isComplete() && !state.library().isComplete();
        if (justFinished && library.size() == 0 && !library.problems().isEmpty()) {
            return Transition.of(updated, new Effect.Quit()); // nothing to read: the reasons go to stderr
        }
        if (justFinished
                && untouched
                && Update.isOnlyArticle(library)
                && kept.order().size() == 1) {
            Transition opened = Navigation.open(updated, kept.order().entry(0), Anchor.TOP, false, false);
            List<Effect> effects = new ArrayList<>(links);
            effects.addAll(opened.effects());
            return new Transition(opened.state(), effects);
        }
        List<Effect> effects = links;
        Optional<LibraryEntry> reread = openArticleToReadAgain(state, library);
        if (reread.isPresent()) {
            effects = new ArrayList<>(links);
            effects.add(new Effect.OpenArticle(reread.get()));
        }
        boolean saidAlready =
                state.message().filter(m -> m.contains(FetchUpdate.OPEN_PRUNED)).isPresent();
        return new Transition(
                openArticleGone(state, library) && !saidAlready ? updated.withMessage(GONE) : updated, effects);
    }

    /**
     * The open article's entry in a library loaded again (the folders' watch saw a change), to read its file again:
     * a file rewritten under the same id (a fetched item updated, an edit keeping its {@code Id:} line) had kept
     * showing its old text, and nothing said so. An unchanged file reads back the same text, and nothing moves
     * ({@link Navigation#arrived}).
     */
    private static Optional<LibraryEntry> openArticleToReadAgain(UiState state, Library library) {
        if (!library.isComplete()
                || library == state.library()
                || !state.library().isComplete()
                || state.reader().isEmpty()
                || state.reader().get().article().isEmpty()) {
            return Optional.empty();
        }
        return library.find(state.reader().get().entry().id());
    }

    static final String GONE = "this article's file was changed or deleted: it is no longer in the list";

    /**
     * Whether the article open in the reader has just left the library, its file deleted or edited (an edit gives
     * another id) under the folders' watch: its text stays, as it was being read, and this is said once.
     */
    private static boolean openArticleGone(UiState state, Library library) {
        if (!library.isComplete() || state.reader().isEmpty()) {
            return false;
        }
        ArticleId open = state.reader().get().entry().id();
        boolean wasThere =
                state.library().find(open).isPresent() || !state.library().isComplete();
        return wasThere && library.find(open).isEmpty();
    }

    /** The library's links are worked out: the open article shows the articles linking to it, an open story its articles. */
    static UiState linksBuilt(UiState state, LinkGraph links) {
        return StoryUpdate.followLinks(withBacklinks(state, links));
    }

    private static UiState withBacklinks(UiState state, LinkGraph links) {
        UiState updated = state.withLinks(links);
        if (state.reader().isEmpty() || state.reader().get().article().isEmpty()) {
            return updated;
        }
        ReaderPage reader = state.reader().get();
        List<LibraryEntry> linkedFrom = Backlinks.of(updated, reader.entry());
        if (linkedFrom.equals(reader.layout().get().linkedFrom())) {
            return updated;
        }
        Geometry geometry = updated.geometry();
        ReaderLayout layout = ReaderLayout.of(
                reader.article().get(),
                geometry.textWidth(),
                linkedFrom,
                updated.options().shown());
        return updated.withReader(reader.relaidOut(layout, geometry.page()));
    }
}
