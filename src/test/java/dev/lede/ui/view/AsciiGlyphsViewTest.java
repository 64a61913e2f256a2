package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.text.Columns;
import dev.lede.ui.Fixtures;
import dev.lede.ui.Geometry;
import dev.lede.ui.Glyphs;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a charset that cannot show the Unicode marks, the views draw ASCII ones in the same layout. */
class AsciiGlyphsViewTest {

    private static final String UNICODE_MARKS = "▸•│→·▏…";

    private final List<Article> articles = articles();

    @Test
    void theListAndTheBorderUseAsciiMarks() {
        UiState state = press(start(Glyphs.ASCII, 120, 30), "j", "<enter>", "<tab>");
        List<String> rows = Views.frame(state).toPlainText().lines().toList();
        int border = Geometry.of(state).listWidth();
        assertTrue(rows.get(2).startsWith("> "), rows.get(2)); // the selected headline
        assertTrue(rows.get(3).startsWith("+ "), rows.get(3)); // an unread one
        for (int row = 1; row < rows.size() - 1; row++) {
            assertEquals('|', rows.get(row).charAt(border), "row " + row + ": " + rows.get(row));
        }
        assertTrue(rows.get(rows.size() - 1).contains("  |  "), rows.get(rows.size() - 1));
        assertNoUnicodeMark(state);
    }

    @Test
    void relatedHeadlinesAndThePromptUseAsciiMarks() {
        UiState reading = press(start(Glyphs.ASCII, 80, 24), "<enter>", "G");
        assertTrue(
                Views.frame(reading).toPlainText().contains(" 1 -> " + Fixtures.SEQUEL),
                Views.frame(reading).toPlainText());
        assertNoUnicodeMark(reading);
        UiState prompt = press(start(Glyphs.ASCII, 80, 24), "/", "f");
        assertTrue(
                Views.frame(prompt).toPlainText().contains("/f_"),
                Views.frame(prompt).toPlainText());
    }

    @Test
    void cutHeadlinesEndInAsciiDotsWithinTheirColumns() {
        UiState state = press(start(Glyphs.ASCII, 110, 30), "<enter>", "<tab>");
        Frame frame = Views.frame(state);
        String cut = frame.toPlainText()
                .lines()
                .filter(line -> line.contains("... |"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cut headline:\n" + frame.toPlainText()));
        assertEquals(Geometry.of(state).listWidth(), cut.indexOf('|'), cut);
        frame.lines().forEach(line -> assertEquals(110, Columns.width(line.plainText()), line.plainText()));
    }

    @Test
    void unicodeStaysTheDefault() {
        String text = Views.frame(press(start(UiOptions.defaults().glyphs(), 120, 30), "j", "<enter>", "<tab>"))
                .toPlainText();
        assertTrue(text.contains("▸ ") && text.contains("│"), text);
    }

    private static void assertNoUnicodeMark(UiState state) {
        String text = Views.frame(state).toPlainText();
        UNICODE_MARKS.chars().forEach(mark -> assertFalse(text.indexOf(mark) >= 0, (char) mark + " in\n" + text));
    }

    private UiState start(Glyphs glyphs, int width, int height) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        Library library = builder.finish();
        return UiState.initial(
                library, "feeds/", width, height, UiOptions.defaults().withGlyphs(glyphs));
    }

    /** Presses keys, answering OpenArticle as the tui would. */
    private UiState press(UiState state, String... keys) {
        return ViewsTest.reading(state, articles, keys);
    }

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(List.of(Fixtures.feature(), Fixtures.sequel()));
        out.addAll(Fixtures.numbered(30));
        return out;
    }
}
