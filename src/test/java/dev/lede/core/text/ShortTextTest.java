package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A headline made from a text's start is cut after a word, or between two characters, and says it was cut. */
class ShortTextTest {

    @Test
    void aShortTextIsLeftAsItIs() {
        assertEquals("Harbour opens", ShortText.cut("Harbour opens", 20));
        assertEquals("x".repeat(20), ShortText.cut("x".repeat(20), 20));
    }

    @Test
    void aLongTextIsCutAfterItsLastWholeWordAndMarked() {
        assertEquals("The harbour board met on…", ShortText.cut("The harbour board met on Monday", 24));
        assertEquals("The harbour board met…", ShortText.cut("The harbour board met on Monday", 23));
        assertEquals("The harbour board…", ShortText.cut("The harbour board, on Monday", 18));
    }

    @Test
    void withoutASpaceNearTheEndItIsCutBetweenCharactersNeverInsideAnEmojiOrAnAccentedLetter() {
        // 🚢 is two UTF-16 units; cutting at 21 would keep its first half alone.
        String ships = "Ferries" + "🚢".repeat(10);
        String cut = ShortText.cut(ships, 20);
        assertEquals("Ferries" + "🚢".repeat(6) + "…", cut);
        // e with a combining acute accent: the accent stays with its letter or goes with it.
        String accents = "Cafe\u0301".repeat(10);
        assertEquals("Cafe\u0301Cafe\u0301Caf…", ShortText.cut(accents, 14), "not the e without its accent");
        // a family emoji (joined by ZWJ) longer than the room is not split into its people
        String family = "Parade" + "👨\u200D👩\u200D👧".repeat(3);
        assertTrue(ShortText.cut(family, 12).equals("Parade…"), ShortText.cut(family, 12));
    }
}
