package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Headlines of entries kept apart: read by row, the recent ones kept, all at once when many are asked for. */
class KeptHeadlinesTest {

    /** Rows 0 to 99,999 hold "Headline N"; row 5 is gone. Counts what is read. */
    private static final class Store implements EntryDetails {
        int oneByOne;
        int allAtOnce;

        @Override
        public Details of(long row) {
            return Details.NONE;
        }

        @Override
        public String headline(long row) {
            oneByOne++;
            return row == 5 ? null : "Headline " + row;
        }

        @Override
        public boolean eachHeadline(BiConsumer<Long, String> visitor) {
            allAtOnce++;
            for (long row = 99_999; row >= 0; row--) { // in no particular order, as a store may give them
                if (row != 5) {
                    visitor.accept(row, "Headline " + row + (row % 2 == 0 ? " – é" : ""));
                }
            }
            return true;
        }
    }

    @Test
    void aScreenfulIsReadRowByRowAndKept() {
        Store store = new Store();
        KeptHeadlines headlines = new KeptHeadlines(store);
        for (int round = 0; round < 3; round++) {
            for (long row = 100; row < 140; row++) {
                assertEquals("Headline " + row, headlines.headline(row));
            }
        }
        assertEquals(40, store.oneByOne);
        assertEquals("", headlines.headline(5), "a row gone reads as no headline");
        assertEquals(0, store.allAtOnce);
    }

    @Test
    void manyRowsAskedForReadEveryHeadlineOnce() {
        Store store = new Store();
        KeptHeadlines headlines = new KeptHeadlines(store);
        for (long row = 0; row < 30_000; row++) {
            String expected = row == 5 ? "" : "Headline " + row;
            assertEquals(expected, headlines.headline(row).replace(" – é", ""));
        }
        assertEquals(1, store.allAtOnce);
        assertEquals(KeptHeadlines.READS_BEFORE_ALL, store.oneByOne);
        assertEquals("Headline 99998 – é", headlines.headline(99_998));
        assertEquals(List.of(1, KeptHeadlines.READS_BEFORE_ALL), List.of(store.allAtOnce, store.oneByOne));
    }
}
