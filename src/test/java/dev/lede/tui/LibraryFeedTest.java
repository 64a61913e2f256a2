package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.ui.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryFeedTest {

    private final List<Event> posted = new ArrayList<>();

    /** An input of one plain-text article, its body a line of its own. */
    static Parsed one(String headline) {
        Article article = new Article(
                ArticleId.forContent(headline),
                Source.of(headline + ".txt"),
                Format.TEXT,
                headline,
                null,
                null,
                null,
                null,
                List.of(new Block.Paragraph(headline + " body", List.of())),
                List.of(),
                List.of(),
                List.of());
        return new Parsed(List.of(article), List.of());
    }

    private LibraryFeed feed(int firstScreenful) {
        return new LibraryFeed(posted::add, firstScreenful, () -> 0L);
    }

    private static ListedArticle listed(String headline) {
        return ListedArticle.of(one(headline).articles().get(0));
    }

    private Library shown(int event) {
        return ((Event.LibraryUpdated) posted.get(event)).library();
    }

    @Test
    void aPreviewIsPostedAtOnceAndStaysUntilTheLibraryBeingBuiltHoldsAsMuch() {
        LibraryFeed feed = feed(1);
        feed.searchWith((query, limit) -> List.of());
        feed.preview(List.of(listed("Ferry timetable changes")), List.of());
        feed.preview(List.of(listed("Orchard fair returns")), List.of());
        assertEquals(1, shown(0).size(), "the preview's first article is posted at once");
        int before = posted.size();
        feed.previewComplete();
        assertTrue(shown(posted.size() - 1).isComplete(), "complete once the whole index is listed");
        assertEquals(2, shown(posted.size() - 1).size());
        // The check found a change: the inputs come again, and replace the preview once they hold as much.
        feed.listed(List.of(listed("Ferry timetable changes")), List.of());
        assertEquals(
                before + 1, posted.size(), "a library shorter than the preview would make the list shrink and grow");
        feed.loaded(one("Orchard fair reopens"));
        assertEquals(before + 2, posted.size());
        assertEquals("Orchard fair reopens", shown(posted.size() - 1).entry(1).headline());
        feed.finished();
        assertTrue(shown(posted.size() - 1).isComplete());
        assertEquals("Orchard fair reopens", shown(posted.size() - 1).entry(1).headline());
    }

    @Test
    void rowsKeptFromTheLastRunShowAtOnceAndStayUntilTheIndexListsAsMany() {
        LibraryFeed feed = feed(100);
        feed.firstScreen(List.of(listed("Ferry timetable changes"), listed("Orchard fair returns")));
        assertEquals(1, posted.size(), "posted at once, before the index is open");
        assertEquals("Orchard fair returns", shown(0).entry(1).headline());
        assertTrue(!shown(0).isComplete(), "the title still says the library is loading");
        feed.preview(List.of(listed("Ferry timetable changes")), List.of());
        assertEquals(1, posted.size(), "one row of the index's would make the list shrink, then grow");
        feed.preview(List.of(listed("Orchard fair reopens")), List.of());
        assertEquals(2, posted.size());
        assertEquals("Orchard fair reopens", shown(1).entry(1).headline(), "the index's rows replace the kept ones");
    }

    @Test
    void rowsKeptFromTheLastRunStandForAPreviewThatAgreesWithThemUntilItIsCompleteOrASecondHasPassed() {
        long[] now = {0};
        LibraryFeed feed = new LibraryFeed(posted::add, 100, () -> now[0]);
        feed.firstScreen(List.of(listed("Ferry timetable changes"), listed("Orchard fair returns")));
        feed.preview(List.of(listed("Ferry timetable changes")), List.of());
        feed.preview(List.of(listed("Orchard fair returns")), List.of());
        now[0] += LibraryFeed.INTERVAL_MILLIS * 1_000_000;
        feed.preview(List.of(listed("Harbour pilots vote")), List.of());
        assertEquals(1, posted.size(), "the same rows are on the screen already: no frame for the count alone");
        now[0] += LibraryFeed.KEPT_INTERVAL_MILLIS * 1_000_000;
        feed.preview(List.of(listed("Quay market reopens")), List.of());
        assertEquals(2, posted.size(), "a long listing still shows its progress");
        assertEquals(4, shown(1).size());
        feed.preview(List.of(listed("Night market moves")), List.of());
        feed.previewComplete();
        assertEquals(3, posted.size());
        assertTrue(shown(2).isComplete());
        assertEquals(5, shown(2).size());
    }

    @Test
    void aCompleteLibrarySmallerThanTheRowsKeptReplacesThem() {
        LibraryFeed feed = feed(100);
        feed.firstScreen(List.of(listed("Ferry timetable changes"), listed("Orchard fair returns")));
        feed.preview(List.of(listed("Ferry timetable changes")), List.of()); // a file was deleted since
        feed.previewComplete();
        assertEquals(1, shown(posted.size() - 1).size());
        assertTrue(shown(posted.size() - 1).isComplete());
    }

    @Test
    void rowsKeptFromTheLastRunNeverReplaceArticlesAlreadyLoaded() {
        LibraryFeed feed = feed(100);
        feed.loaded(one("Ferry timetable changes"));
        feed.firstScreen(List.of(listed("Old headline"), listed("Older headline")));
        assertEquals(1, posted.size());
        assertEquals("Ferry timetable changes", shown(0).entry(0).headline());
    }

    @Test
    void aConfirmedPreviewIsTheLibrary() {
        LibraryFeed feed = feed(1);
        feed.preview(List.of(listed("Ferry timetable changes"), listed("Orchard fair returns")), List.of());
        feed.previewComplete();
        Library previewed = shown(posted.size() - 1);
        feed.previewConfirmed();
        feed.finished();
        Library last = shown(posted.size() - 1);
        assertTrue(last.isComplete());
        assertEquals(2, last.size());
        assertSame(previewed, last, "the snapshot shown complete, not a copy whose links would be built again");
    }
}
