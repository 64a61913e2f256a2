package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemonymTest {

    @Test
    void aPeoplesWordNamesItsPlaceByTheEndingsEnglishUses() {
        assertTrue(Demonym.places("kenyan").contains("kenya"));
        assertTrue(Demonym.places("italian").contains("italy"));
        assertTrue(Demonym.places("ukrainian").contains("ukraine"));
        assertTrue(Demonym.places("brazilian").contains("brazil"));
        assertTrue(Demonym.places("mexican").contains("mexico"));
        assertTrue(Demonym.places("japanese").contains("japan"));
        assertTrue(Demonym.places("chinese").contains("china"));
        assertTrue(Demonym.places("israeli").contains("israel"));
        assertEquals(List.of(), Demonym.places("tram"), "most words: none");
    }

    @Test
    void aLineSayingThePeoplesWordMatchesAnArticleNamingThePlace() {
        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(
                "Ostravia raises interest rates to 6%",
                "The central bank of Ostravia raised interest rates to 6% on Thursday to slow inflation.");
        int limit = HeadlineMatcherLexiconTest.OTHERS.size() + 1;
        Optional<Integer> it = Optional.of(HeadlineMatcherLexiconTest.OTHERS.size());
        assertEquals(it, matcher.resolve("Ostravian central bank raises interest rates to 6%", limit));
        assertEquals(
                Optional.empty(),
                matcher.resolve("Pelmarian central bank raises interest rates to 6%", limit),
                "another people's word is another country");
    }
}
