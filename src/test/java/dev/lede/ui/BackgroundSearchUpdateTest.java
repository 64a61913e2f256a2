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
import java.util.Optional;
import java.util.stream.IntStream;
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
        return libraryOf(articles);
    }

    private static Library libraryOf(List<Article> articles) {
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

    @Test
    void anAnswerAsLongAsTheIndexGivesSaysItHoldsTheFirstMatchesOnly() {
        Library large = libraryOf(Keys.all(Library.MOST_INDEX_MATCHES + 10));
        UiState typed = press(Keys.start(large, 80, 24), "/", "a").state();
        int[] first = IntStream.range(0, Library.MOST_INDEX_MATCHES).toArray();
        UiState answered =
                Update.update(typed, new Event.Searched(large, "a", first)).state();
        assertTrue(answered.list().order().isFirstMatchesOnly());
        assertEquals(
                "matching “a”, the first " + Library.MOST_INDEX_MATCHES,
                answered.list().order().describeFilter());
        assertEquals(
                Optional.of("the first " + Library.MOST_INDEX_MATCHES + " matches — n/N step, Esc shows all"),
                press(answered, "<enter>").state().message());

        int[] fewer = IntStream.range(0, Library.MOST_INDEX_MATCHES - 1).toArray();
        UiState all =
                Update.update(typed, new Event.Searched(large, "a", fewer)).state();
        assertFalse(all.list().order().isFirstMatchesOnly(), "fewer than the index gives are every match");
        assertEquals("matching “a”", all.list().order().describeFilter());
        assertEquals(
                Optional.of((Library.MOST_INDEX_MATCHES - 1) + " matches — n/N step, Esc shows all"),
                press(all, "<enter>").state().message());
    }
}
