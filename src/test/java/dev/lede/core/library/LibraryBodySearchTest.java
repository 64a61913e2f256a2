package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A library whose bodies are searched outside the heap (the library index) through a {@link BodySearch}. */
class LibraryBodySearchTest {

    private static ListedArticle listed(String headline) {
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
        return ListedArticle.of(article);
    }

    @Test
    void hitsBecomePositionsEachOnceAndOnlyThoseInTheSnapshot() {
        ListedArticle ferry = listed("Ferry timetable changes");
        ListedArticle orchard = listed("Orchard fair returns");
        ListedArticle harbour = listed("Harbour lights festival");
        List<ArticleId> hits = new ArrayList<>();
        LibraryBuilder builder = new LibraryBuilder().searchWith((query, limit) -> hits);
        builder.accept(List.of(ferry, orchard), List.of());
        Library early = builder.snapshot();
        builder.accept(List.of(harbour), List.of());
        Library later = builder.snapshot();
        // The index answers best first, with an article merged from two files twice and one not listed at all.
        hits.addAll(List.of(
                harbour.id(), orchard.id(), orchard.id(), ArticleId.forContent("not in the library"), ferry.id()));
        assertArrayEquals(new int[] {2, 1, 0}, later.searchPositions("any"));
        assertArrayEquals(
                new int[] {1, 0}, early.searchPositions("any"), "an earlier snapshot sees only its own articles");
    }

    @Test
    void aLibrarySharingTheIndexWithALargerOneStillFindsItsOwnArticles() {
        ListedArticle ferry = listed("Ferry timetable changes");
        ListedArticle orchard = listed("Orchard fair returns");
        // The index holds another folder too, whose 10 matches come first; it answers at most the limit asked.
        List<ArticleId> everyMatch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            everyMatch.add(ArticleId.forContent("another folder's article " + i));
        }
        everyMatch.add(orchard.id());
        List<Integer> limits = new ArrayList<>();
        LibraryBuilder builder = new LibraryBuilder().searchWith((query, limit) -> {
            limits.add(limit);
            return everyMatch.subList(0, Math.min(limit, everyMatch.size()));
        });
        builder.accept(List.of(ferry, orchard), List.of());
        assertArrayEquals(new int[] {1}, builder.snapshot().searchPositions("fair"));
        assertEquals(List.of(2, 8, 32), limits, "asked again for more until the index had no more");
    }

    @Test
    void theSearchIsChosenBeforeTheFirstArticle() {
        LibraryBuilder builder = LibraryBuilder.withoutSearch();
        builder.accept(List.of(listed("Ferry timetable changes")), List.of());
        assertThrows(IllegalStateException.class, () -> builder.searchWith((query, limit) -> List.of()));
    }
}
