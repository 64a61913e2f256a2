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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every overlay taller than the screen keeps its title (what it is, which keys it takes) on its top row and the
 * blank row under it while the rest scrolls, as the story does (docs/related-matching.md, "Linked from, and
 * stories").
 */
class OverlayTitleStaysTest {

    private static final String[] SCROLLS = {"j", "j", "<space>", "d", "G", "k", "u", "<pgup>", "G", "g"};

    @Test
    void theHelpKeepsItsTitle() {
        UiState help = pressed(Keys.start(Fixtures.library(3), 80, 12), "?");
        assertTitleStays(help, row -> row.startsWith(" Keys — q or Esc closes this"), "open the selected article");
    }

    @Test
    void theProblemsKeepTheirTitle() {
        Problem[] problems = new Problem[30];
        for (int i = 0; i < problems.length; i++) {
            problems[i] = new Problem("feeds/broken-" + i + ".xml", "malformed XML");
        }
        UiState list = Keys.start(Fixtures.withProblems(Fixtures.library(3), problems), 80, 12);
        assertTitleStays(pressed(list, "P"), row -> row.contains("q closes this"), "broken-29.xml");
    }

    @Test
    void theLinksKeepTheirTitle() {
        Article many = LinkPickingTest.withLinks(40);
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(many);
        Library library = builder.finish();
        UiState links = reading(Keys.start(library, 60, 12), List.of(many), "<enter>", "U");
        assertTitleStays(links, row -> row.startsWith(" 40 links"), "https://a.example/40");

        // Selecting moves the list under the title, and the selected link stays in view.
        UiState state = links;
        for (String key : new String[] {"j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "3", "5", "<s-tab>", "1"}) {
            state = pressed(state, key);
            List<String> rows = rows(state);
            assertTrue(rows.get(1).startsWith(" 40 links"), key + ": " + rows);
            int selected = ((Overlay.Links) state.overlay().orElseThrow()).selected();
            String url = "https://a.example/" + (selected + 1);
            assertTrue(rows.stream().anyMatch(row -> row.stripTrailing().endsWith(url)), key + ": " + url + rows);
        }
    }

    /** After each key of {@link #SCROLLS} the title is on the overlay's first row; {@code last} comes into view. */
    private static void assertTitleStays(UiState open, Predicate<String> title, String last) {
        UiState state = open;
        boolean sawLast = false;
        for (String key : SCROLLS) {
            state = pressed(state, key);
            assertTrue(state.overlay().isPresent(), key + " keeps the overlay open");
            List<String> rows = rows(state);
            assertTrue(title.test(rows.get(1)), "after " + key + " the title is on top:\n" + String.join("\n", rows));
            assertTrue(rows.get(2).isBlank(), "and the blank row under it: " + rows);
            sawLast |= rows.stream().anyMatch(row -> row.contains(last));
        }
        assertTrue(sawLast, "the overlay's end was scrolled into view: " + last);
    }

    private static List<String> rows(UiState state) {
        return Views.frame(state).toPlainText().lines().toList();
    }
}
