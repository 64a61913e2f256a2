package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.library.LinkGraph;
import dev.lede.ui.Event;
import dev.lede.ui.Fixtures;
import dev.lede.ui.LinkRows;
import dev.lede.ui.Overlay;
import dev.lede.ui.OverlayRows;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.keys.Key;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The update scrolls overlays by {@link OverlayRows}' counts: each overlay draws exactly that many rows. */
class OverlayRowsAgreeTest {

    private static final String LONG = "a problem long enough to wrap onto a second and a third row on a narrow "
            + "screen, which the count must know before the view draws it";

    @Test
    void everyOverlayDrawsAsManyRowsAsCounted() {
        for (int width : new int[] {24, 47, 80}) {
            UiState state = readingTheFeature(width);
            Overlay story = key(state, "s").overlay().orElseThrow();
            for (Overlay overlay :
                    List.of(new Overlay.Help(0), new Overlay.Problems(0), new Overlay.Links(0, 0, ""), story)) {
                int drawn = OverlayView.visible(state.withOverlay(Optional.of(overlay)), overlay, 10_000)
                        .size();
                assertEquals(drawn, OverlayRows.count(state, overlay), overlay + " at " + width + " columns");
            }
            assertTrue(OverlayRows.count(state, new Overlay.Problems(0)) > 4, "the long problem wraps");
        }
    }

    @Test
    void eachLinkStartsOnTheRowItIsSaidToStartOn() {
        UiState state = readingTheFeature(30);
        Overlay.Links overlay = new Overlay.Links(0, 0, "");
        List<FrameLine> drawn = OverlayView.visible(state, overlay, 10_000);
        LinkRows rows = OverlayRows.links(state).orElseThrow();
        assertEquals(3, rows.entries().size(), "the article's own link and two numbered ones");
        for (int i = 0; i < rows.entries().size(); i++) {
            int[] span = rows.rowsOf(i);
            assertTrue(
                    drawn.get(span[0])
                            .plainText()
                            .startsWith(rows.entries().get(i).label()),
                    "entry " + i);
            if (span[1] + 1 < drawn.size()) {
                assertTrue(drawn.get(span[1] + 1)
                        .plainText()
                        .startsWith(rows.entries().get(i + 1).label()));
            }
        }
        assertEquals(drawn.size() - 1, rows.rowsOf(rows.entries().size() - 1)[1]);
    }

    private static UiState readingTheFeature(int width) {
        Library library = Fixtures.withProblems(
                Fixtures.library(3), new Problem("feeds/one.xml", "malformed XML"), new Problem("feeds/two.xml", LONG));
        UiState state = UiState.initial(library, "feeds/", width, 24).withLinks(LinkGraph.of(library));
        state = key(state, "<enter>");
        return Update.update(state, new Event.ArticleOpened(library.entry(0), Fixtures.feature()))
                .state();
    }

    private static UiState key(UiState state, String key) {
        return Update.update(state, new Event.KeyPressed(Key.of(key))).state();
    }
}
