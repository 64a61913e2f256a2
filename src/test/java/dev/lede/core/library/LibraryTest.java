package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryTest {

    private static Article article(String headline, String... paragraphs) {
        return article(Source.of(headline + ".txt"), headline, paragraphs);
    }

    private static Article article(Source source, String headline, String... paragraphs) {
        List<Block> body = new java.util.ArrayList<>();
        body.add(new Block.Paragraph(headline));
        for (String p : paragraphs) {
            body.add(new Block.Paragraph(p));
        }
        return new Article(
                ArticleId.forContent(headline + String.join("\n", paragraphs)),
                source,
                Format.TEXT,
                headline,
                null,
                null,
                null,
                null,
                body,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void eachSnapshotKnowsWhetherItsArticlesComeFromMoreThanOneFolder() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(article(Source.of(Source.STDIN), "Read from a pipe"));
        builder.add(article(Source.of("library/courier/1.txt"), "Ferry timetable changes"));
        builder.add(article(Source.of("library/courier/2.txt"), "Harbour wall repaired"));
        Library oneFolder = builder.snapshot();
        builder.add(article(Source.of(Source.STDIN), "Another pipe"));
        assertFalse(builder.snapshot().manyFolders(), "stdin is in no folder");
        builder.add(article(Source.of("library/tides/3.txt"), "Spring tides on Thursday"));
        Library twoFolders = builder.finish();
        assertFalse(oneFolder.manyFolders(), "a snapshot taken before the other folder's article");
        assertTrue(twoFolders.manyFolders());

        Library backslashes = new LibraryBuilder()
                .add(article(Source.of("x/courier\\1.txt"), "Ferry timetable changes"))
                .add(article(Source.of("x/tides\\2.txt"), "Spring tides on Thursday"))
                .finish();
        assertTrue(backslashes.manyFolders(), "a backslash ends a folder too");
        assertEquals("x/tides\\2.txt", backslashes.entry(1).source().name());

        Library plainNames = new LibraryBuilder()
                .add(article(Source.of("a.txt"), "Plain name"))
                .add(article(Source.of("news/b.txt"), "In a folder"))
                .finish();
        assertTrue(plainNames.manyFolders(), "a name without a folder is in none, unlike one in news/");
        assertFalse(new LibraryBuilder()
                .add(article(Source.of("a.txt"), "Alone"))
                .finish()
                .manyFolders());
    }

    @Test
    void countsOfTheIdsAskedAboutOnlyItsOwnArticlesForEachSetAndSnapshot() {
        LibraryBuilder builder = new LibraryBuilder();
        Article ferry = article("Ferry timetable changes");
        Article wall = article("Harbour wall repaired");
        Article tides = article("Spring tides on Thursday");
        builder.add(ferry).add(wall);
        Library two = builder.snapshot();
        builder.add(tides);
        Library three = builder.finish();
        ArticleId elsewhere = new ArticleId("0123456789ab");
        Set<ArticleId> read = Set.of(ferry.id(), tides.id(), elsewhere);
        assertEquals(1, two.countOf(read), "tides came after this snapshot; the other id is in no snapshot");
        assertEquals(2, three.countOf(read));
        assertEquals(1, two.countOf(read), "asked again of the same set");
        assertEquals(0, two.countOf(Set.of(elsewhere)), "a new set is counted anew");
        assertEquals(3, three.countOf(Set.of(ferry.id(), wall.id(), tides.id())));
        assertEquals(2, three.countOf(read), "the set asked about before, counted again after another");
    }

    private static Optional<String> resolve(Library library, String headline) {
        return library.match(headline).map(LibraryEntry::headline);
    }

    private static final String FERRY = "Hollis Grant’s “harbour ferry” – the last in Oster Bay – stops running.";

    @Test
    void exactMatchIgnoresCaseQuotesDashesPunctuationAndSpacing() {
        Library library = new LibraryBuilder().add(article(FERRY, "More.")).finish();
        assertEquals(
                Optional.of(FERRY),
                resolve(library, "hollis grant's \"harbour ferry\" - the last in oster bay -  stops running"));
        assertEquals(
                Optional.of(FERRY),
                resolve(library, "HOLLIS GRANT’S HARBOUR FERRY — THE LAST IN OSTER BAY — STOPS RUNNING!"));
    }

    @Test
    void rewordedHeadlineResolvesButAnotherStoryWithTheSameNamesDoesNot() {
        Library library = new LibraryBuilder()
                .add(
                        article(
                                "Marisol Keane opened up about her years on the drama Ward Nine and her friendship with Dario Pell."))
                .add(article("The Penrose council voted to ban cars from the old town centre on weekends."))
                .finish();
        assertEquals(
                0,
                library.match("Marisol Keane on her years on Ward Nine and her friendship with Dario Pell")
                        .orElseThrow()
                        .position());
        assertEquals(Optional.empty(), resolve(library, "Dario Pell talks about his exit from Ward Nine"));
        assertEquals(Optional.empty(), resolve(library, "Marisol Pell signs on to direct a Ward Nine film"));
        assertEquals(Optional.empty(), resolve(library, "Completely unrelated story about a comet"));
    }

    @Test
    void searchRanksHeadlineHitsFirstAndMatchesTheLastWordAsPrefix() {
        Library library = new LibraryBuilder()
                .add(article("Ferry timetable changes", "The harbour ferry runs less often."))
                .add(article("Harbour ferry stops running", "Oster Bay loses its ferry."))
                .add(article("Library reopens", "Nothing about boats here."))
                .finish();
        assertEquals(
                List.of("Harbour ferry stops running", "Ferry timetable changes"),
                library.search("harbour fer").stream()
                        .map(LibraryEntry::headline)
                        .toList());
        assertEquals(List.of(), library.search("harbour fer "), "a finished word must match whole");
        assertEquals(
                List.of("Library reopens"),
                library.search("boat").stream().map(LibraryEntry::headline).toList());
        assertEquals(List.of(), library.search("   "));
    }

    @Test
    void snapshotDoesNotSeeEntriesAddedAfterIt() {
        LibraryBuilder builder = new LibraryBuilder().add(article("First story about ferries", "Body one."));
        Library early = builder.snapshot();
        for (int i = 0; i < 100; i++) {
            builder.add(article("Later story " + i + " about ferries", "Body " + i + "."));
        }
        Library late = builder.finish();
        assertEquals(1, early.size());
        assertEquals(1, early.search("ferries").size());
        assertEquals(101, late.search("ferries").size());
        assertTrue(early.find(late.entry(50).id()).isEmpty());
        assertEquals(Optional.empty(), resolve(early, "Later story 7 about ferries"));
        assertEquals(Optional.of("Later story 7 about ferries"), resolve(late, "Later story 7 about ferries"));
        assertTrue(!early.isComplete() && late.isComplete());
    }

    @Test
    void sameContentTwiceIsOneEntryAndLongLedesAreCut() {
        String longLede = "word ".repeat(200).strip() + ".";
        Library library = new LibraryBuilder()
                .add(article("Same"))
                .add(article("Same"))
                .add(article(longLede))
                .finish();
        assertEquals(2, library.size());
        String lede = library.entry(1).lede();
        assertTrue(lede.length() <= LibraryBuilder.LEDE_LIMIT + 1 && lede.endsWith("…"), lede);
    }

    @Test
    void aLongQueryNothingHoldsWholeFindsTheEntriesHoldingHalfItsWords() {
        Library library = new LibraryBuilder()
                .add(article(
                        "Harbour pilots vote to strike over night shifts.",
                        "The union counted the ballots on the quay."))
                .add(article("Bakery on Mill Lane wins regional bread award.", "The sourdough impressed the judges."))
                .finish();
        List<String> found = library.search("Harbour pilots call off strike after pay talks").stream()
                .map(LibraryEntry::headline)
                .toList();
        assertEquals(List.of("Harbour pilots vote to strike over night shifts."), found);
    }

    @Test
    void aShortQueryStillNeedsEveryWord() {
        Library library = new LibraryBuilder()
                .add(article("Harbour pilots vote to strike over night shifts.", "The union counted the ballots."))
                .finish();
        assertEquals(List.of(), library.search("pilots bakery"));
    }
}
