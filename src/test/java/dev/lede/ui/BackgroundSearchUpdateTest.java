package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.ListedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search of a library the index answers: typing never waits for it. Each keystroke asks for a search
 * (an effect), the list keeps its rows and says "searching…", and the answer replaces them only while
 * it is still the search the list waits for.
 */
class BackgroundSearchUpdateTest {

    private final List<Article> articles = Keys.all(10);
    private final Library library = library();

    private Library library() {
        LibraryBuilder builder = new LibraryBuilder().searchWith((query, limit) -> List.of());
        builder.accept(articles.stream().map(ListedArticle::of).toList(), List.of());
        return builder.finish();
    }

    /** The one search asked for (a complete snapshot also asks for its links, which are no search). */
    private static Effect.Search onlySearch(Transition t) {
        List<Effect> work = Keys.work(t).stream()
                .filter(e -> !(e instanceof Effect.BuildLinks))
                .toList();
        assertEquals(1, work.size(), work::toString);
        return (Effect.Search) work.get(0);
    }

    @Test
    void eachKeystrokeAsksForASearchAndOnlyTheAnswerToTheLatestIsShown() {
        UiState start = Keys.start(library, 80, 24);
        Transition typedF = press(start, "/", "f");
        assertEquals(new Effect.Search(library, "f"), onlySearch(typedF));
        assertTrue(typedF.state().list().order().isSearching());
        assertEquals(library.size(), typedF.state().list().order().size(), "the rows shown before stay meanwhile");

        Transition typedFe = press(typedF.state(), "e");
        assertEquals(new Effect.Search(library, "fe"), onlySearch(typedFe));

        // The answer to "f" comes late: ignored, the list still waits for "fe".
        UiState late = Update.update(typedFe.state(), new Event.Searched(library, "f", new int[] {5}))
                .state();
        assertTrue(late.list().order().isSearching());

        UiState answered = Update.update(late, new Event.Searched(library, "fe", new int[] {3, 1}))
                .state();
        assertFalse(answered.list().order().isSearching());
        assertEquals(2, answered.list().order().size());
        assertEquals(library.entry(3), answered.list().order().entry(0), "best match first, and selected");
        assertEquals(0, answered.list().selected());
    }

    @Test
    void aNewSnapshotIsSearchedAgainKeepingTheRowsShown() {
        UiState answered = Update.update(
                        press(Keys.start(library, 80, 24), "/", "f", "<enter>").state(),
                        new Event.Searched(library, "f", new int[] {4, 2}))
                .state();
        Library newer = library(); // the same articles, another snapshot (the preview replaced by the load)
        Transition updated = Update.update(answered, new Event.LibraryUpdated(newer));
        assertEquals(new Effect.Search(newer, "f"), onlySearch(updated));
        assertArrayEquals(new int[] {4, 2}, new int[] {
            updated.state().list().order().entry(0).position(),
            updated.state().list().order().entry(1).position()
        });
    }
}
