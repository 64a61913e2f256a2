package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private static List<String> headlines(Ordering order) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            out.add(order.entry(i).headline());
        }
        return out;
    }

    @Test
    void aGrowingLibraryStaysSortedAsIfSortedFromScratch() {
        List<Article> articles = Keys.all(25);
        LibraryBuilder builder = new LibraryBuilder();
        articles.subList(0, 9).forEach(builder::add);
        Ordering byTitle = Ordering.of(builder.snapshot(), Sort.TITLE, "");
        Ordering byDate = Ordering.of(builder.snapshot(), Sort.NEWEST, "")
                .sortedBy(Sort.TITLE)
                .sortedBy(Sort.NEWEST);
        articles.subList(9, 20).forEach(builder::add);
        Library middle = builder.snapshot();
        articles.subList(20, articles.size()).forEach(builder::add);
        Library last = builder.finish();
        assertEquals(
                headlines(Ordering.of(last, Sort.TITLE, "")),
                headlines(byTitle.over(middle).over(last)));
        assertEquals(
                headlines(Ordering.of(last, Sort.NEWEST, "")),
                headlines(byDate.over(middle).over(last)));
        assertEquals(
                headlines(Ordering.of(last, Sort.TITLE, "")),
                headlines(byDate.over(last).sortedBy(Sort.TITLE)));
    }

    @Test
    void anotherLibraryReplacingASnapshotIsSortedAfresh() {
        List<Article> articles = Keys.all(12);
        LibraryBuilder preview = new LibraryBuilder();
        articles.forEach(preview::add);
        Ordering byTitle = Ordering.of(preview.snapshot(), Sort.TITLE, "");
        // The load's library numbers the same articles otherwise (here reversed), and has one more.
        LibraryBuilder load = new LibraryBuilder();
        for (int i = articles.size() - 1; i >= 0; i--) {
            load.add(articles.get(i));
        }
        load.add(Fixtures.simple("Zebra crossing repainted", "2026-12-01", "White lines again."));
        Library loaded = load.finish();
        assertFalse(loaded.grewFrom(preview.snapshot()));
        assertEquals(headlines(Ordering.of(loaded, Sort.TITLE, "")), headlines(byTitle.over(loaded)));
    }

    @Test
    void foldersAreScannedAcrossSnapshotsAndAfreshForAnotherLibrary() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(inFolder("courier", "Ferry timetable changes"));
        builder.add(inFolder("courier", "Harbour wall repaired"));
        Ordering first = Ordering.of(builder.snapshot(), Sort.FILE_ORDER, "");
        assertFalse(first.manyFolders());
        builder.add(inFolder("courier", "Lifeboat crew honoured"));
        Ordering second = first.over(builder.snapshot());
        assertFalse(second.manyFolders());
        builder.add(inFolder("tides", "Spring tides on Thursday"));
        Ordering third = second.over(builder.finish());
        assertTrue(third.manyFolders(), "the article added last is in another folder");
        Library oneFolder = new LibraryBuilder()
                .add(inFolder("tides", "Spring tides on Thursday"))
                .add(inFolder("tides", "Neap tides next week"))
                .finish();
        assertFalse(third.over(oneFolder).manyFolders(), "another library is scanned from its start");
    }

    private static Article inFolder(String folder, String headline) {
        Article article = Fixtures.simple(headline, "2026-12-01", "About " + headline + ".");
        return new Article(
                article.id(),
                Source.of("library/" + folder + "/" + headline.length() + ".txt"),
                article.format(),
                article.headline(),
                article.byline(),
                article.published(),
                article.url(),
                article.site(),
                article.body(),
                article.related(),
                article.links(),
                article.problems());
    }

    @Test
    void fileOrderIsLoadOrderAndSortsBreakTiesByIt() {
        Library library = Fixtures.library(14);
        Ordering files = Ordering.of(library, Sort.FILE_ORDER, "");
        for (int i = 0; i < library.size(); i++) {
            assertEquals(library.entry(i), files.entry(i));
        }
        Ordering newest = files.sortedBy(Sort.NEWEST);
        for (int i = 1; i < newest.size(); i++) {
            LibraryEntry before = newest.entry(i - 1);
            LibraryEntry after = newest.entry(i);
            int byDate = after.published().compareTo(before.published());
            assertTrue(byDate < 0 || byDate == 0 && after.position() > before.position());
        }
    }

    @Test
    void newestComparesTheInstantsOfDatesInDifferentOffsets() {
        Library library = new LibraryBuilder()
                .add(Fixtures.simple("Early in Tokyo", "2026-12-03T09:00:00+09:00", "At nine in the morning."))
                .add(Fixtures.simple("Late in New York", "2026-12-02T23:30:00-05:00", "At half past eleven at night."))
                .add(Fixtures.simple("Past midnight in London", "2026-12-03T01:00:00Z", "At one in the morning."))
                .add(Fixtures.simple("Undated", null, "No date at all."))
                .finish();
        assertEquals(
                List.of("Late in New York", "Past midnight in London", "Early in Tokyo", "Undated"),
                headlines(Ordering.of(library, Sort.NEWEST, "")),
                "04:30Z, 01:00Z, 00:00Z, none");
    }

    @Test
    void aFilterKeepsOnlyMatchesAndFindsRows() {
        Library library = Fixtures.library(14);
        Ordering ferry = Ordering.of(library, Sort.FILE_ORDER, "").filteredBy(" ferry ");
        assertEquals("ferry", ferry.filter());
        assertTrue(ferry.isFiltered());
        assertEquals(List.of(Fixtures.FEATURE, Fixtures.SEQUEL), headlines(ferry));
        assertEquals(1, ferry.indexOf(library.entry(1).id()));
        assertEquals(-1, ferry.indexOf(library.entry(5).id()));
        assertFalse(ferry.filteredBy("").isFiltered());
    }
}
