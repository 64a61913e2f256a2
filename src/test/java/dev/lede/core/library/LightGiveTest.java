package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which "give" is a light verb before the event its noun names. */
class LightGiveTest {

    @BeforeEach
    void needsWordNet() {
        assumeTrue(WordNet.available(), "WordNet's table is not on the class path");
    }

    @Test
    void giveWithAnObjectAndANounThatIsAVerbWeighsNothing() {
        assertEquals(Set.of("gives"), weightless("Noor Hale gives the Lakeside Festival a miss"));
        assertEquals(Set.of("give"), weightless("Noor Hale to give this year's Lakeside Festival a miss"));
        assertEquals(Set.of("gave"), weightless("Critics gave the Harbour Lights finale a look"));
    }

    @Test
    void anotherGiveWeighsAsBefore() {
        assertEquals(Set.of(), weightless("Noor Hale gives Harbour Lights a sequel"), "a noun that is no verb");
        assertEquals(Set.of(), weightless("Noor Hale gives a speech at Lakeside Festival"), "no object before it");
        assertEquals(Set.of(), weightless("Noor Hale gives the Lakeside Festival its closing act"), "no a or an");
        assertEquals(Set.of(), weightless("Noor Hale misses the Lakeside Festival"), "no give");
    }

    private static Set<String> weightless(String headline) {
        return LightGive.weightless(WordForms.tokens(headline));
    }
}
