package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words of "get" with an adjective of manner weigh nothing. */
class CopularMannerTest {

    @Test
    void getBeforeAnAdjectiveOfMannerAndItsTopicWeighsNothing() {
        assertEquals(Set.of("gets", "candid"), weightless("Noor Hale gets candid about her Harbour Lights exit"));
        assertEquals(Set.of("gets", "personal"), weightless("Noor Hale Gets Personal On Harbour Lights Exit"));
        assertEquals(Set.of("got", "real"), weightless("Noor Hale got real about the feud"));
        assertEquals(Set.of("getting", "emotional"), weightless("Noor Hale getting emotional over the finale"));
        // WordNet files "go" with "get" and "become": entering a state.
        assertEquals(Set.of("goes", "public"), weightless("Noor Hale goes public with Ada Brook romance"));
        assertEquals(Set.of("went", "public"), weightless("Noor Hale went public on the feud"));
    }

    @Test
    void anotherGetOrAnotherAdjectiveWeighsAsBefore() {
        assertEquals(Set.of(), weightless("What the flood gates inquiry got right, and what it missed"), "no topic");
        assertEquals(Set.of(), weightless("Noor Hale gets married to Ada Brook"), "no adverb of manner");
        assertEquals(Set.of(), weightless("Noor Hale gets role in Harbour Lights reboot"), "a noun");
        assertEquals(Set.of(), weightless("Noor Hale is candid about her exit"), "no get");
        assertEquals(Set.of(), weightless("Noor Hale goes back over her exit"), "no adjective of manner");
        assertEquals(Set.of(), weightless("Noor Hale goes public"), "no topic");
    }

    private static Set<String> weightless(String headline) {
        return CopularManner.weightless(WordForms.tokens(headline));
    }
}
