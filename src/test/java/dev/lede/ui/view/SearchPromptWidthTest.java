package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.text.Columns;
import dev.lede.ui.Fixtures;
import dev.lede.ui.UiState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search being typed stays in sight on a narrow screen: the key hints beside it give way first. */
class SearchPromptWidthTest {

    @Test
    void theQueryIsShownWhereTheHintsDoNotFit() {
        String status = statusRow(40, "/", "w", "o", "r", "d", "s");
        assertTrue(status.contains("/words"), status);
    }

    @Test
    void theHintsStayWhereTheyFit() {
        String status = statusRow(80, "/", "w", "o", "r", "d", "s");
        assertTrue(status.contains("/words") && status.contains("Enter keep  Esc cancel"), status);
    }

    @Test
    void aQueryLongerThanTheRowShowsItsEndWhereTheTypingIs() {
        String[] keys = new String[31];
        keys[0] = "/";
        String typed = "abcdefghijklmnopqrstuvwxyz0123";
        for (int i = 0; i < typed.length(); i++) {
            keys[i + 1] = String.valueOf(typed.charAt(i));
        }
        String status = statusRow(30, keys);
        assertTrue(status.contains("z0123"), status);
        assertEquals(30, Columns.width(status), status);
    }

    private static String statusRow(int width, String... keys) {
        UiState start = UiState.initial(Fixtures.library(3), "feeds/", width, 12);
        List<FrameLine> lines =
                Views.frame(ViewsTest.reading(start, List.of(), keys)).lines();
        return lines.get(lines.size() - 1).plainText();
    }
}
