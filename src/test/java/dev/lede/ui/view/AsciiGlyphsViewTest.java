package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Transliteration;
import dev.lede.ui.Fixtures;
import dev.lede.ui.Geometry;
import dev.lede.ui.Glyphs;
import dev.lede.ui.ListPage;
import dev.lede.ui.Overlay;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import java.nio.charset.StandardCharsets;
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
    void transliteratedTextIsLaidOutAsShownSoNoWordIsLostAndNoBorderMoves() {
        // In the C locale "£14" is drawn "GBP14" and "…" "...": wrapped and cut before, a line ran past its pane (the
        // painter cut "split" to "spli") and a list headline pushed the border to the right.
        String pounds = "Harbour budget is £14 million short … a gap of £3 that has split the council ½ and ½ again";
        List<Article> both = List.of(
                Fixtures.simple(pounds, null, pounds + " said the mayor, and the £57 million wall costs £71 million."),
                Fixtures.simple("Second story", null, "Body."));
        LibraryBuilder builder = new LibraryBuilder();
        both.forEach(builder::add);
        UiState start = UiState.initial(
                builder.finish(), "feeds/", 100, 20, UiOptions.defaults().shownIn(StandardCharsets.US_ASCII));
        UiState state = ViewsTest.reading(start, both, "<enter>");
        Frame frame = Views.frame(state);
        int border = Geometry.of(state).listWidth();
        String text = Transliteration.forCharset(frame.toPlainText(), StandardCharsets.US_ASCII);
        List<FrameLine> lines = frame.lines();
        for (int row = 0; row < lines.size(); row++) {
            // What the painter draws: nothing left in the frame is wider once transliterated.
            String plain = Transliteration.forCharset(lines.get(row).plainText(), StandardCharsets.US_ASCII);
            assertEquals(100, Columns.width(plain), plain);
            if (row > 0 && row < lines.size() - 1) {
                assertEquals('|', plain.charAt(border), plain);
            }
        }
        String words = text.lines()
                .map(line -> line.length() > border ? line.substring(border + 1).strip() : "")
                .filter(line -> !line.isEmpty())
                .reduce("", (a, b) -> a + " " + b);
        assertTrue(words.contains("GBP57 million wall costs GBP71 million."), text);
        assertTrue(words.contains("gap of GBP3 that has split the council  1/2 and  1/2 again"), text);
        UiState searched = ViewsTest.reading(state, both, "/", "s", "p", "l", "i", "t");
        assertTrue(
                Views.frame(searched).toPlainText().contains("/split"),
                Views.frame(searched).toPlainText());
    }

    /**
     * Under a charset without the marks, every screen's fixed labels (keys, hints, titles, messages) are laid out as
     * drawn: nothing is left for the painter to transliterate, which would widen "→" or "…" after the layout and
     * cut what follows, or draw ↓ as '?' (found by qa19 in the help; a message naming an arrow key had the same).
     */
    @Test
    void everyScreenIsLaidOutAsDrawnWithTheArrowKeysAsWords() {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        UiState start = UiState.initial(
                builder.finish(), "feeds/", 100, 24, UiOptions.defaults().shownIn(StandardCharsets.US_ASCII));
        List<UiState> screens = List.of(
                start,
                ViewsTest.reading(start, articles, "?"),
                ViewsTest.reading(start, articles, "<enter>"),
                ViewsTest.reading(start, articles, "<enter>", "U"),
                ViewsTest.reading(start, articles, "<enter>", "s"),
                ViewsTest.reading(start, articles, "<s-up>"),
                ViewsTest.reading(start, articles, "<enter>", "1"),
                loadingWithAMessage(60),
                storyOfPounds(50));
        for (UiState state : screens) {
            for (FrameLine line : Views.frame(state).lines()) {
                String laidOut = line.plainText();
                String drawn = Transliteration.forCharset(laidOut, StandardCharsets.US_ASCII);
                assertEquals(Columns.width(laidOut), Columns.width(drawn), "widened once drawn: " + drawn);
                assertEquals(questionMarks(laidOut), questionMarks(drawn), "a mark drawn as '?': " + drawn);
            }
        }
        assertTrue(
                Views.frame(screens.get(1)).toPlainText().contains("j Down Ctrl-N"),
                Views.frame(screens.get(1)).toPlainText());
        assertTrue(
                Views.frame(screens.get(5)).toPlainText().contains("Shift-Up is not bound"),
                Views.frame(screens.get(5)).toPlainText());
    }

    @Test
    void unicodeStaysTheDefault() {
        String text = Views.frame(press(start(UiOptions.defaults().glyphs(), 120, 30), "j", "<enter>", "<tab>"))
                .toPlainText();
        assertTrue(text.contains("▸ ") && text.contains("│"), text);
    }

    /** The story overlay of two articles whose headlines widen once drawn ("£14 …" is "GBP14 ..."). */
    private static UiState storyOfPounds(int width) {
        String later = "Harbour board explains the £14 quay fee … in full, line by line";
        List<Article> both = List.of(
                Fixtures.article(
                        "Quay fees rise to £14 … for the third year running at Maresby",
                        "2025-03-10",
                        List.of(new Block.Paragraph("The board met.")),
                        List.of(new RelatedHeadline(later, null)),
                        List.of()),
                Fixtures.simple(later, "2025-03-12", "The board explained."));
        LibraryBuilder builder = new LibraryBuilder();
        both.forEach(builder::add);
        Library library = builder.finish();
        UiState start = UiState.initial(
                        library, "feeds/", width, 24, UiOptions.defaults().shownIn(StandardCharsets.US_ASCII))
                .withLinks(LinkGraph.of(library));
        UiState story = ViewsTest.reading(start, both, "<enter>", "s");
        assertTrue(
                story.overlay().orElseThrow() instanceof Overlay.Story,
                Views.frame(story).toPlainText());
        return story;
    }

    /** A library still loading, searched, with a message: "loading…" and the message share the status line. */
    private UiState loadingWithAMessage(int width) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        UiState state = UiState.initial(
                builder.snapshot(), "feeds/", width, 24, UiOptions.defaults().shownIn(StandardCharsets.US_ASCII));
        ListPage list = state.list();
        return state.withList(new ListPage(list.order().filteredBy("Story"), 0, 0))
                .withMessage("marked read — u shows all");
    }

    private static long questionMarks(String text) {
        return text.chars().filter(c -> c == '?').count();
    }

    private static void assertNoUnicodeMark(UiState state) {
        String text = Views.frame(state).toPlainText();
        UNICODE_MARKS.chars().forEach(mark -> assertFalse(text.indexOf(mark) >= 0, (char) mark + " in\n" + text));
    }

    private UiState start(Glyphs glyphs, int width, int height) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        // As the reader shows it once its links are built: before, the matcher is not built and no line resolves.
        Library library = builder.finish().withRelatedWorkedOut();
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
