package dev.lede.ui;

import static dev.lede.ui.Keys.pressed;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.view.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An overlay scrolled on a small screen and then given a larger one shows its rows, not its title over blank
 * rows; one made smaller keeps its selection in view (found in tmux: the help and the links scrolled to their
 * end at 20x6, then 120x35).
 */
class OverlayResizeTest {

    @Test
    void theHelpScrolledToItsEndShowsItsRowsOnALargerScreen() {
        UiState help = pressed(Keys.start(Fixtures.library(3), 20, 6), "?", "G");
        assertBodyShown(resized(help, 120, 35), "open the selected article");
    }

    @Test
    void theProblemsScrolledToTheirEndShowTheirRowsOnALargerScreen() {
        Problem[] problems = new Problem[30];
        for (int i = 0; i < problems.length; i++) {
            problems[i] = new Problem("feeds/broken-" + i + ".xml", "malformed XML");
        }
        UiState list = Keys.start(Fixtures.withProblems(Fixtures.library(3), problems), 20, 6);
        assertBodyShown(resized(pressed(list, "P", "G"), 120, 35), "broken-29.xml");
    }

    @Test
    void theLinksKeepTheSelectedLinkInViewBothWays() {
        Article many = LinkPickingTest.withLinks(9);
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(many);
        Library library = builder.finish();
        UiState small = reading(Keys.start(library, 20, 6), List.of(many), "<enter>", "U", "9");
        UiState large = resized(small, 120, 35);
        assertBodyShown(large, "https://a.example/9");
        assertBodyShown(large, "https://a.example/1");
        UiState first = pressed(large, "1");
        assertBodyShown(resized(pressed(first, "9"), 40, 8), "https://a.example/9");
    }

    @Test
    void theStoryKeepsTheSelectedArticleInViewOnASmallerScreen() {
        List<Article> articles = Keys.all(6);
        UiState story = reading(Keys.start(Fixtures.library(6), 120, 35), articles, "<enter>", "s", "j");
        assertBodyShown(resized(story, 120, 4), Fixtures.SEQUEL);
    }

    private static UiState resized(UiState state, int width, int height) {
        return Update.update(state, new Event.Resized(width, height)).state();
    }

    private static void assertBodyShown(UiState state, String text) {
        List<String> rows = Views.frame(state).toPlainText().lines().toList();
        assertTrue(rows.stream().anyMatch(row -> row.contains(text)), text + " in view:\n" + String.join("\n", rows));
    }
}
