package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvedRelatedTest {

    private final Library library = Fixtures.library(3);
    private final ResolvedRelated resolved = new ResolvedRelated(library);

    private LibraryEntry entry(String headline) {
        return library.entries().stream()
                .filter(e -> e.headline().equals(headline))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void numbersAreTheLineNumbersOfTheTargetsWithUnresolvedOnesLeftOut() {
        LibraryEntry feature = entry(Fixtures.FEATURE);
        LibraryEntry sequel = entry(Fixtures.SEQUEL);
        // The feature's related headlines: the sequel (in the library) and one that is not.
        assertArrayEquals(new int[] {sequel.position() + 1}, resolved.numbers(feature));
        assertArrayEquals(new int[0], resolved.numbers(sequel));
    }

    @Test
    void everyEntryIsNumberedAsTheLibraryResolvesItsRelatedHeadlines() {
        for (LibraryEntry entry : library.entries()) {
            int[] expected = entry.related().stream()
                    .flatMap(related -> library.resolve(entry, related).stream())
                    .mapToInt(target -> target.position() + 1)
                    .toArray();
            assertArrayEquals(expected, resolved.numbers(entry), entry.headline());
        }
    }

    @Test
    void idsOfAnArticlesOwnRelatedHeadlinesKeepTheirPlacesWithNullWhereNoneResolves() {
        LibraryEntry feature = entry(Fixtures.FEATURE);
        assertEquals(Arrays.asList(entry(Fixtures.SEQUEL).id(), null), resolved.ids(feature.id(), feature.related()));
    }

    @Test
    void aListUnlikeTheArticlesOwnIsResolvedAsGiven() {
        LibraryEntry feature = entry(Fixtures.FEATURE);
        List<RelatedHeadline> other =
                List.of(new RelatedHeadline(Fixtures.MISSING, null), new RelatedHeadline(Fixtures.SEQUEL, null));
        assertEquals(Arrays.asList(null, entry(Fixtures.SEQUEL).id()), resolved.ids(feature.id(), other));
    }

    @Test
    void anArticleNotInTheLibraryResolvesNothing() {
        List<RelatedHeadline> related = List.of(new RelatedHeadline(Fixtures.SEQUEL, null));
        assertEquals(Arrays.asList((ArticleId) null), resolved.ids(new ArticleId("0123456789ab"), related));
    }
}
