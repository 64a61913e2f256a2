package dev.lede.ui;

import static dev.lede.ui.Keys.pressed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.view.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search typed while the library is still loading (found by qa7: '/uniq5999' at once on 6,000 files) said
 * "nothing matches" of an article that was only not loaded yet; the list now says its answer may still come.
 */
class EmptyListWhileLoadingTest {

    private static String firstRow(UiState state) {
        List<String> rows = Views.frame(state).toPlainText().lines().toList();
        return rows.get(1);
    }

    private static UiState searched(LibraryBuilder builder) {
        builder.add(Fixtures.feature());
        UiState state = UiState.initial(builder.snapshot(), "feeds/", 100, 24, UiOptions.defaults());
        return pressed(state, "/", "z", "q", "x");
    }

    @Test
    void nothingFoundWhileLoadingSaysLoadingGoesOn() {
        String row = firstRow(searched(new LibraryBuilder()));
        assertTrue(row.contains("nothing matches “zqx” yet — loading…"), row);
    }

    @Test
    void nothingFoundOnceLoadedIsFinal() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(Fixtures.feature());
        UiState state = UiState.initial(builder.finish(), "feeds/", 100, 24, UiOptions.defaults());
        String row = firstRow(pressed(state, "/", "z", "q", "x"));
        assertTrue(row.contains("nothing matches “zqx” — Esc shows all"), row);
    }

    @Test
    void aQueryWithoutALetterDigitOrSymbolSaysItHoldsNoWord() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(Fixtures.feature());
        UiState state = UiState.initial(builder.finish(), "feeds/", 100, 24, UiOptions.defaults());
        String row = firstRow(pressed(state, "/", "-", "-"));
        assertTrue(row.contains("no word in “--” — Esc shows all"), row);
        row = firstRow(pressed(state, "/", "\uD83D\uDE80"));
        assertTrue(row.contains("nothing matches “\uD83D\uDE80”"), row);
    }
}
