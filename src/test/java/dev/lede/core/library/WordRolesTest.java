package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The part of speech a text's own words settle for a word (WordRoles), and WordNet's parts of speech for a synonym:
 * a sense's member is a synonym in that sense's part, and in those its own spelling is derived into there.
 */
class WordRolesTest {

    @Test
    void aWordAfterADeterminerIsNoVerb() {
        assertEquals(Map.of("lead", WordRoles.NOT_VERB), WordRoles.of("Dana Quell is back in the lead"));
        assertEquals(WordRoles.NOT_VERB, WordRoles.of("the harbour's reopening").get("reopen"));
    }

    @Test
    void aWordAfterAModalIsAVerb() {
        assertEquals(
                WordRoles.VERB, WordRoles.of("Dana Quell will lead the cast").get("lead"));
        assertEquals(WordRoles.VERB, WordRoles.of("the ferry won't return").get("return"));
    }

    @Test
    void aWordJoinedToAParticleIsNoVerb() {
        assertEquals(Map.of("team", WordRoles.NOT_VERB), WordRoles.of("Orla Venn hints at surprise team-up"));
        assertEquals(
                WordRoles.NOT_VERB,
                WordRoles.of("Harbour Lights spin-off ordered").get("spin"));
        assertFalse(WordRoles.of("Orla Venn to team up with Dana Quell").containsKey("team"), "the verb, apart");
        assertFalse(WordRoles.of("Cray-Pellow line reopens").containsKey("cray"), "two names joined");
    }

    @Test
    void aWordUsedBothWaysIsEither() {
        assertFalse(WordRoles.of("She will lead again, and the lead is hers").containsKey("lead"));
        assertFalse(WordRoles.of("Dana Quell leads Harbour Lights").containsKey("lead"), "nothing settles it");
    }

    @Test
    void aNamesOwnApostropheOrAContractionSettlesNothing() {
        assertFalse(WordRoles.of("Brightmere's makes a profit").containsKey("make"), "a shop named after its founder");
        assertFalse(WordRoles.of("it's leaving the coast").containsKey("leav"));
        assertFalse(WordRoles.of("the mayor's leaving", true).containsKey("leav"), "a line whose case says nothing");
        assertEquals(WordRoles.NOT_VERB, WordRoles.of("the mayor's leaving").get("leav"));
    }

    @Test
    void aCapitalisedWordIsSettledByNothing() {
        assertFalse(WordRoles.of("Will Smith Leads The Parade").containsKey("parade"));
    }

    @Test
    void aSynonymHoldsInItsSensesPartOfSpeechAndWhereItsSpellingIsDerived() {
        // "leave, result, lead" (produce as a result) is a verb sense only; "head, lead" (be in charge) derives the
        // noun "lead" (the act of leading).
        assertEquals(WordRoles.VERB, partsOf("leaves", "lead"));
        assertTrue((partsOf("heads", "lead") & ~WordRoles.VERB) != 0, Integer.toString(partsOf("heads", "lead")));
    }

    private static int partsOf(String word, String synonym) {
        WordNet.Relations relations = WordNet.of(word);
        int index = relations.synonymTerms().indexOf(List.of(HeadlineTerms.term(synonym)));
        assertTrue(index >= 0, synonym + " is a synonym of " + word);
        return relations.synonymParts()[index];
    }
}
