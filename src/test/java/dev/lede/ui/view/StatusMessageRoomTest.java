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
        for (int width : List.of(80, 100)) {
            String message = "not matched yet — searched for its words; Esc shows all";
            String status = statusLine(searchedFor(HEADLINE, width).withMessage(message));
            assertTrue(status.contains(message), width + ": " + status);
            assertTrue(status.contains("matching “The Gilded"), width + ": " + status);
        }
    }

    @Test
    void aShortSearchIsNotCut() {
        String status = statusLine(searchedFor("ferry", 80).withMessage("not in the library"));
        assertTrue(status.contains("matching “ferry”  ·  "), status);
        assertTrue(status.contains("not in the library"), status);
    }
}
