package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.Fixtures;
import dev.lede.ui.ListPage;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message said in the status line stays in sight beside a long search, whose quoted text gives way. */
class StatusMessageRoomTest {

    private static final String HEADLINE =
            "The Gilded Age returns for a sixth season with Jack Zhou in the lead in 2027";

    private static String statusLine(UiState state) {
        List<String> rows = Views.frame(state).toPlainText().lines().toList();
        return rows.get(rows.size() - 1);
    }

    private static UiState searchedFor(String query, int width) {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(Fixtures.feature());
        builder.add(Fixtures.sequel());
        UiState state = UiState.initial(builder.snapshot(), "feeds/", width, 24, UiOptions.defaults());
        ListPage list = state.list();
        return state.withList(new ListPage(list.order().filteredBy(query), 0, 0));
    }

    @Test
    void aMessageAfterASearchForALongHeadlineIsShownWhole() {
        String message = "not matched yet — searched for its words; Esc shows all";
        String wide = statusLine(searchedFor(HEADLINE, 100).withMessage(message));
        assertTrue(wide.contains(message), wide);
        assertTrue(wide.contains("matching “The Gilded"), wide);
        // 80 columns hold the search's start, "loading…" and the message up to its last words.
        String narrow = statusLine(searchedFor(HEADLINE, 80).withMessage(message));
        assertTrue(narrow.contains("not matched yet — searched for its words"), narrow);
        assertTrue(narrow.contains("matching “The"), narrow);
    }

    @Test
    void onANarrowScreenTheMessageIsShownAloneRatherThanCutAway() {
        String tiny = statusLine(searchedFor("", 20).withMessage("marked unread"));
        assertTrue(tiny.contains("marked unread"), tiny);
        String cut = statusLine(searchedFor("", 20).withMessage("not found: a long search in the article"));
        assertTrue(cut.startsWith(" not found: a long"), cut);
        String roomy = statusLine(searchedFor("", 40).withMessage("marked unread"));
        assertTrue(
                roomy.contains("1/2") && roomy.contains("marked unread"),
                "beside the position where both fit: " + roomy);
    }

    @Test
    void aShortSearchIsNotCut() {
        String status = statusLine(searchedFor("ferry", 80).withMessage("not in the library"));
        assertTrue(status.contains("matching “ferry”  ·  "), status);
        assertTrue(status.contains("not in the library"), status);
    }
}
