package dev.lede.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingStateTest {

    private static final ArticleId FERRY = new ArticleId("a1b2c3d4e5f6");
    private static final ArticleId BAKERY = new ArticleId("0f9e8d7c6b5a");
    private static final ArticleId TRAM = new ArticleId("112233445566");

    @Test
    void changesReturnTheSameStateWhenNothingChanges() {
        ReadingState read = ReadingState.EMPTY.withRead(FERRY, true);
        assertSame(read, read.withRead(FERRY, true));
        assertSame(read, read.withStarred(FERRY, false));
        assertSame(read, read.withPlace(FERRY, Place.TOP));
    }

    @Test
    void forgettingArticlesDropsTheirMarksAndPlacesButNeverAStar() {
        ReadingState state = ReadingState.EMPTY
                .withRead(FERRY, true)
                .withPlace(FERRY, new Place(3, 40))
                .withRead(TRAM, true)
                .withStarred(BAKERY, true)
                .withRead(BAKERY, true);
        ReadingState forgotten = state.forgetting(Set.of(FERRY, BAKERY));
        assertFalse(forgotten.isRead(FERRY));
        assertEquals(Place.TOP, forgotten.place(FERRY));
        assertFalse(forgotten.isRead(BAKERY));
        assertTrue(forgotten.isStarred(BAKERY));
        assertTrue(forgotten.isRead(TRAM));
        assertSame(forgotten, forgotten.forgetting(Set.of(FERRY)));
    }

    @Test
    void aPlaceAtTheTopIsNotKept() {
        ReadingState placed = ReadingState.EMPTY.withPlace(FERRY, new Place(3, 40));
        assertEquals(new Place(3, 40), placed.place(FERRY));
        assertEquals(Map.of(), placed.withPlace(FERRY, Place.TOP).places());
    }

    @Test
    void aMergeKeepsTheChangesOfBothProcesses() {
        ReadingState base = ReadingState.EMPTY.withRead(TRAM, true);
        ReadingState first = base.withRead(FERRY, true).withStarred(FERRY, true);
        ReadingState second = base.withRead(BAKERY, true).withRead(TRAM, false).withPlace(BAKERY, new Place(2, 0));
        ReadingState merged = ReadingState.merge(first, base, second);
        assertEquals(Set.of(FERRY, BAKERY), merged.read());
        assertEquals(Set.of(FERRY), merged.starred());
        assertEquals(new Place(2, 0), merged.place(BAKERY));
    }

    @Test
    void whatThisProcessDidNotTouchComesFromTheDisk() {
        ReadingState base = ReadingState.EMPTY.withStarred(FERRY, true);
        ReadingState disk = base.withStarred(FERRY, false); // unstarred by the other process
        ReadingState mine = base.withRead(BAKERY, true);
        ReadingState merged = ReadingState.merge(disk, base, mine);
        assertFalse(merged.isStarred(FERRY));
        assertTrue(merged.isRead(BAKERY));
    }
}
