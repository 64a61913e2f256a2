package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourceRoleTest {

    @BeforeEach
    void needsWordNet() {
        assumeTrue(WordNet.available(), "WordNet's table is not on the class path");
    }

    private static SourceRole.Leaving leaving(String line, String verb) {
        return SourceRole.lineSource(WordForms.tokens(line), verb, WordNet.verbBase(verb), false);
    }

    @Test
    void aVerbWithItsAdverbsAndSourcePrepositionLeavesTheThingAfterIt() {
        SourceRole.Leaving pulls = leaving("Noor Hale pulls out of this year's Lakeside Festival", "pulls");
        assertEquals(Set.of("out"), pulls.adverbs());
        assertTrue(pulls.things().contains(HeadlineTerms.term("lakeside")));
        SourceRole.Leaving stays = leaving("Noor Hale to stay home from Lakeside Festival", "stay");
        assertEquals(Set.of(HeadlineTerms.term("home")), stays.adverbs());
        assertTrue(stays.things().contains(HeadlineTerms.term("festival")));
        assertTrue(leaving("Noor Hale withdraws from Lakeside Festival", "withdraws")
                .adverbs()
                .isEmpty());
        assertTrue(leaving("Noor Hale staying away from Lakeside", "staying")
                .things()
                .contains(HeadlineTerms.term("lakeside")));
    }

    @Test
    void aPassiveAPlaceAndAPlainOfAreNoSource() {
        assertEquals(SourceRole.Leaving.NONE, leaving("Noor Hale banned from Lakeside Festival", "banned"));
        assertEquals(SourceRole.Leaving.NONE, leaving("Noor Hale plays at Lakeside Festival", "plays"));
        assertEquals(SourceRole.Leaving.NONE, leaving("Noor Hale takes charge of Lakeside Festival", "takes"));
        assertEquals(SourceRole.Leaving.NONE, leaving("Noor Hale pulls out", "pulls"));
    }

    @Test
    void underANegationTheGoalIsWhatIsLeftAndTheSourceIsNot() {
        SourceRole.Leaving turnUp = SourceRole.lineSource(
                WordForms.tokens("Noor Hale won't turn up to Lakeside Festival"), "turn", "turn", true);
        assertTrue(turnUp.things().contains(HeadlineTerms.term("lakeside")));
        assertEquals(Set.of("up"), turnUp.adverbs());
        assertEquals(
                SourceRole.Leaving.NONE,
                SourceRole.lineSource(WordForms.tokens("Noor Hale won't pull out of Lakeside"), "pull", "pull", true));
        assertEquals(SourceRole.Leaving.NONE, leaving("Noor Hale turns up to Lakeside Festival", "turns"));
    }

    @Test
    void anArticleSaysItsPersonIsAwayFromAThingWithAnAdjectiveBeforeFrom() {
        Set<String> festival = Set.of(HeadlineTerms.term("lakeside"));
        assertTrue(SourceRole.awayFrom("Noor Hale will be absent from this year's Lakeside Festival.", festival));
        assertFalse(SourceRole.awayFrom("Noor Hale recalled her exit from Lakeside Festival.", festival));
        assertFalse(SourceRole.awayFrom("Noor Hale will be absent from the Harbour Awards.", festival));
        // A capitalised word is a name's ("Old Mill Athletic"), whatever WordNet says of it.
        assertFalse(SourceRole.awayFrom("Noor Hale joined Old Mill Athletic from Lakeside.", festival));
    }
}
