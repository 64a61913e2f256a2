package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void everyIdKeepsItsFirstNumberWhateverItsShape() {
        IdNumbers numbers = new IdNumbers();
        int count = 5_000; // several times the first table, so it grows
        for (int i = 0; i < count; i++) {
            assertTrue(numbers.putIfAbsent(String.format("%012x", i * 7919L), i + 1));
        }
        assertTrue(numbers.putIfAbsent("a", count + 1), "a shorter spelling is another id");
        assertTrue(numbers.putIfAbsent("0a", count + 2));
        assertTrue(numbers.putIfAbsent("feed:item/42", count + 3), "an Id: header of the user's choosing");
        assertTrue(numbers.putIfAbsent("ABC", count + 4), "upper case is not lede's hex: kept apart from abc");
        assertFalse(numbers.putIfAbsent(String.format("%012x", 7919L), 99), "met again: keeps its number");
        assertFalse(numbers.putIfAbsent("feed:item/42", 99));
        for (int i = 0; i < count; i++) {
            assertEquals(i + 1, numbers.get(String.format("%012x", i * 7919L)));
        }
        assertEquals(count + 1, numbers.get("a"));
        assertEquals(count + 2, numbers.get("0a"));
        assertEquals(count + 3, numbers.get("feed:item/42"));
        assertEquals(count + 4, numbers.get("ABC"));
        assertEquals(0, numbers.get("abc"));
        assertEquals(0, numbers.get("ffffffffffff"));
        assertEquals(count + 4, numbers.size());
    }

    @Test
    void anIdsBytesGiveTheKeyItsStringGives() {
        for (String id :
                new String[] {"0", "a", "0a", "3f2a9c0d1e4b", "fffffffffffffff", "ffffffffffffffff", "ABC", "é", "g"}) {
            byte[] utf8 = ("x" + id + "y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(
                    dev.lede.core.library.IdKey.of(id), dev.lede.core.library.IdKey.of(utf8, 1, utf8.length - 2), id);
        }
        IdNumbers numbers = new IdNumbers();
        numbers.putIfAbsent("3f2a9c0d1e4b", 7);
        assertEquals(7, numbers.get(dev.lede.core.library.IdKey.of("3f2a9c0d1e4b")));
        assertEquals(0, numbers.get(dev.lede.core.library.IdKey.of("3f2a9c0d1e4c")));
    }
}
