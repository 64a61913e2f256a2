package dev.lede.ui;

import static dev.lede.ui.Keys.press;
import static dev.lede.ui.Keys.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * h, Left and Backspace, the reader's back, close any overlay as q does, back to the pane under it (found by qa21:
 * in the help, problems, links and story overlays they only said "not in the help — q closes it").
 */
class OverlayBackTest {

    private final List<Article> articles = Keys.all(6);
    private final Library library =
            Fixtures.withProblems(Fixtures.library(6), new Problem("feeds/broken.xml", "malformed XML, skipped"));
    private final UiState read = reading(Keys.start(library, 80, 24), articles, "<enter>");

    @Test
    void backClosesEveryOverlayAndLeavesTheReaderAsItWas() {
        for (String overlayKey : new String[] {"?", "P", "U", "s"}) {
            UiState open = reading(read, articles, overlayKey);
            assertTrue(open.overlay().isPresent(), overlayKey + " opens an overlay");
            for (String back : new String[] {"h", "<left>", "<bs>"}) {
                Transition closed = press(open, back);
                String where = overlayKey + " then " + back;
                assertEquals(Optional.empty(), closed.state().overlay(), where);
                assertEquals(Optional.empty(), closed.state().message(), where + " says nothing");
                assertEquals(List.of(), Keys.work(closed), where + " opens nothing");
                assertEquals(read.reader(), closed.state().reader(), where + ": the same article, where it was");
                assertEquals(read.focus(), closed.state().focus(), where);
            }
        }
    }

    @Test
    void backClosesTheHelpOpenedFromTheListAndStaysInTheList() {
        UiState list = Keys.start(library, 80, 24);
        UiState closed = Keys.pressed(list, "?", "h");
        assertEquals(Optional.empty(), closed.overlay());
        assertEquals(list.reader(), closed.reader(), "no article opened");
        assertEquals(list.focus(), closed.focus());
    }
}
