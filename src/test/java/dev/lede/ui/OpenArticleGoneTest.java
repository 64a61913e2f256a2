package dev.lede.ui;

import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.LibraryBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The open article's file deleted or edited (an edit gives another id) while the reader shows it: the folders'
 * watch loads the library again without it, and the reader went on showing it, its row gone and the position
 * counting another, without a word (found by qa7 with rm under an open reader). It says so once; the text
 * stays, as it was being read.
 */
class OpenArticleGoneTest {

    private final List<Article> articles = Keys.all(5);

    private static LibraryBuilder libraryOf(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder;
    }

    @Test
    void anOpenArticleThatLeavesTheLibraryIsSaidToHaveGone() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        assertEquals(shown.id(), open.reader().orElseThrow().entry().id());
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        UiState after = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        assertEquals(
                Optional.of("this article's file was changed or deleted: it is no longer in the list"),
                after.message());
        assertTrue(after.reader().isPresent(), "the text being read stays");
    }

    /** F or m on it had starred or marked an id no list shows again: ' then said no article was starred (qa25). */
    @Test
    void anOpenArticleThatLeftTheLibraryIsNeitherStarredNorMarked() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        Article shown = articles.get(1);
        List<Article> left = articles.stream().filter(a -> a != shown).toList();
        UiState gone = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(left).finish()))
                .state();
        UiState starred = reading(gone, articles, "F");
        assertEquals(Optional.of("this article's file was changed or deleted: nothing to star"), starred.message());
        assertTrue(starred.reading().starred().isEmpty(), "no star kept for an article no list shows");
        UiState marked = reading(gone, articles, "m");
        assertEquals(Optional.of("this article's file was changed or deleted: nothing to mark"), marked.message());
        assertEquals(gone.reading(), marked.reading());
    }

    @Test
    void anOpenArticleStillThereSaysNothing() {
        UiState open = reading(Keys.start(libraryOf(articles).finish(), 100, 24), articles, "j", "<enter>");
        UiState after = Update.update(
                        open, new Event.LibraryUpdated(libraryOf(articles).finish()))
                .state();
        assertEquals(Optional.empty(), after.message());
    }
}
