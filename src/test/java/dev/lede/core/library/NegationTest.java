package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words of a related headline a negation stands before. */
class NegationTest {

    @Test
    void aNegationNegatesTheVerbAfterItPastAuxiliaries() {
        assertEquals(Set.of("attend"), Negation.negatedWords("Noor Hale won't attend the Lakeside Festival"));
        assertEquals(Set.of("attend"), Negation.negatedWords("Noor Hale Will Not Attend Lakeside Festival"));
        // The auxiliaries after it and the first other word: which of them is the verb the matcher knows.
        assertEquals(
                Set.of("going", "to", "lakeside"),
                Negation.negatedWords("Noor Hale not going to Lakeside Festival this year"));
        assertEquals(
                Set.of("be", "going", "to", "lakeside"),
                Negation.negatedWords("Noor Hale won’t be going to Lakeside, Ada Brook confirms"));
        assertEquals(
                Set.of("going", "to", "attend"),
                Negation.negatedWords("Noor Hale is not going to attend Lakeside Festival"));
    }

    @Test
    void noNegationOrOneInSomeonesWordsNegatesNothing() {
        assertEquals(Set.of(), Negation.negatedWords("Noor Hale skips the Lakeside Festival"));
        assertEquals(Set.of(), Negation.negatedWords("Noor Hale wants to attend the Lakeside Festival"));
        assertEquals(Set.of(), Negation.negatedWords("'I'm not going anywhere': Noor Hale dismisses exit talk"));
        assertEquals(Set.of("attend"), Negation.negatedWords("Noor Hale won't attend, skips Lakeside Festival"));
    }
}
