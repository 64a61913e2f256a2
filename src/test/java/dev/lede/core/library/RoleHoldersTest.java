package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which roles a line gives its people, and whether an article gives one of them to another person instead. */
class RoleHoldersTest {

    @Test
    void aLineGivesARoleWithAPhraseRightAfterAName() {
        assertEquals(
                List.of("Ines Vale / in the lead"),
                read("Harbour Lights returns for a third season with Ines Vale in the lead"));
        assertEquals(List.of("Noor Hale / at the helm"), read("Harbour Lights back with Noor Hale at the helm"));
        assertEquals(List.of(), read("Noor Hale praises Harbour Lights"), "no phrase after the name");
        assertEquals(List.of(), read("Harbour ferries back in service"), "no name before the phrase");
        assertEquals(
                List.of(),
                read("Harbour Lights Returns With Ines Vale In The Lead"),
                "title case: the phrase reads as part of the name");
    }

    /** The roles a line gives, each as "name / phrase". */
    private static List<String> read(String line) {
        return RoleHolders.given(line).stream()
                .map(role -> role.name() + " / " + role.phrase())
                .toList();
    }

    @Test
    void anArticleGivingTheRoleOnlyToAnotherPersonSwapsWhoDoesWhat() {
        List<RoleHolders.Role> roles = RoleHolders.given("Harbour Lights returns with Ines Vale in the lead");
        assertTrue(RoleHolders.givenToAnother(
                "Harbour Lights returns for a third season with Noor Hale in the lead and Ines Vale joining the cast.",
                roles));
        assertFalse(
                RoleHolders.givenToAnother(
                        "Harbour Lights returns for a third season with Ines Vale in the lead and Noor Hale joining.",
                        roles),
                "the same person");
        assertFalse(
                RoleHolders.givenToAnother("Harbour Lights returns with Noor Hale in the lead.", roles),
                "the line's person not named: nothing to swap");
        assertFalse(
                RoleHolders.givenToAnother("Ines Vale praised Harbour Lights, which is in the lead.", roles),
                "the role given to no name");
    }

    @Test
    void theMatcherTakesASwappedLeadForAnotherStory() {
        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(
                "Harbour Lights returns for a third season with Noor Hale in the lead and Ines Vale joining the cast",
                "Harbour Lights returns for a third season with Noor Hale in the lead and Ines Vale joining the cast.");
        int article = HeadlineMatcherLexiconTest.OTHERS.size();
        assertEquals(
                Optional.empty(),
                matcher.resolve("Harbour Lights returns for third season with Ines Vale in the lead", article + 1));
        assertEquals(
                Optional.of(article),
                matcher.resolve("Harbour Lights returns for third season with Noor Hale in the lead", article + 1));
    }
}
