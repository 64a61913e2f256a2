package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding articles by id in a library whose ids are held as numbers (IdKey, IdPositions). */
class IdPositionsTest {

    private static ListedArticle listed(String id) {
        return new ListedArticle(
                new ArticleId(id),
                Source.of(id + ".txt"),
                Format.TEXT,
                "Headline " + id,
                "Lede.",
                null,
                null,
                List.of(),
                List.<Problem>of(),
                null,
                ListedArticle.WITH_ARTICLE);
    }

    @Test
    void everyIdIsFoundAtItsPositionWhateverItsShapeAndOnlyInSnapshotsThatHoldIt() {
        LibraryBuilder builder = LibraryBuilder.withoutSearch();
        int count = 5_000; // several times the first table, so it grows while snapshots hold it
        Library early = null;
        for (int i = 0; i < count; i++) {
            builder.accept(List.of(listed(String.format("%012x", i * 7919L))), List.of());
            if (i == 99) {
                early = builder.snapshot();
            }
        }
        builder.accept(List.of(listed("a"), listed("0a"), listed("feed:item/42"), listed("ABC")), List.of());
        Library library = builder.finish();
        for (int i = 0; i < count; i++) {
            ArticleId id = new ArticleId(String.format("%012x", i * 7919L));
            assertEquals(i, library.positionOf(id));
            assertEquals(id, library.entry(i).id(), "the id comes back as it was spelled");
            assertTrue(library.entry(i).hasId(id));
        }
        assertEquals(count, library.positionOf(new ArticleId("a")));
        assertEquals(count + 1, library.positionOf(new ArticleId("0a")), "a leading zero is another id");
        assertEquals(count + 2, library.positionOf(new ArticleId("feed:item/42")), "an Id: header of the user's");
        assertEquals(new ArticleId("feed:item/42"), library.entry(count + 2).id());
        assertEquals(count + 3, library.positionOf(new ArticleId("ABC")), "upper case is not lede's hex");
        assertEquals(-1, library.positionOf(new ArticleId("abc")));
        assertEquals(-1, library.positionOf(new ArticleId("ffffffffffff")));
        assertEquals(99, early.positionOf(new ArticleId(String.format("%012x", 99 * 7919L))));
        assertEquals(-1, early.positionOf(new ArticleId(String.format("%012x", 100 * 7919L))), "added after it");
        assertEquals(-1, early.positionOf(new ArticleId("feed:item/42")));
        assertFalse(early.find(new ArticleId("a")).isPresent());
    }

    @Test
    void theSameIdTwiceIsOneArticle() {
        LibraryBuilder builder = LibraryBuilder.withoutSearch();
        builder.accept(List.of(listed("0123456789ab"), listed("x-1")), List.of());
        List<Problem> again = builder.accept(List.of(listed("0123456789ab"), listed("x-1")), List.of());
        assertEquals(2, builder.finish().size());
        assertEquals(Problem.Kind.MERGED, again.get(0).kind());
    }
}
