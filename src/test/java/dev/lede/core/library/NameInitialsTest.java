package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameInitialsTest {

    @Test
    void aNameOfTwoOrMoreCapitalisedWordsGivesItsInitials() {
        List<String> terms =
                NameInitials.of("Maya Varga told Entertainment Weekly and The Hollywood Reporter about the job.");
        assertTrue(terms.contains(NameInitials.termOf("MV")), terms.toString());
        assertTrue(terms.contains(NameInitials.termOf("EW")), terms.toString());
        assertTrue(terms.contains(NameInitials.termOf("THR")), terms.toString());
    }

    @Test
    void aJoiningWordCountsOrNot() {
        List<String> terms = NameInitials.of("Lala Ueda will leave Real Housewives of Beverly Hills in May");
        assertTrue(terms.contains(NameInitials.termOf("RHOBH")), terms.toString());
        assertTrue(terms.contains(NameInitials.termOf("RHBH")), terms.toString());
        assertTrue(terms.contains(NameInitials.termOf("LU")), terms.toString());
        assertTrue(terms.contains(NameInitials.termOf("BH")), "each part too: " + terms);
        assertTrue(terms.stream().noneMatch(term -> term.endsWith("m")), "'in' joins no name: " + terms);
    }

    @Test
    void onlyTwoToSixCapitalsAreAnInitialism() {
        assertEquals("#^ew", NameInitials.termOf("EW"));
        assertNull(NameInitials.termOf("E"));
        assertNull(NameInitials.termOf("Ew"));
        assertNull(NameInitials.termOf("ABCDEFG"));
    }

    @Test
    void aLineWritingANamesInitialsMatchesTheArticleWritingItOut() {
        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(
                "Maya Varga opened up about her divorce in an interview with Entertainment Weekly",
                "Maya Varga opened up about her divorce in an interview with Entertainment Weekly.");
        int limit = HeadlineMatcherLexiconTest.OTHERS.size() + 1;
        Optional<Integer> it = Optional.of(HeadlineMatcherLexiconTest.OTHERS.size());
        assertEquals(it, matcher.resolve("Maya Varga opens up to EW about her divorce", limit));
        assertEquals(it, matcher.resolve("EW: Maya Varga opens up about divorce", limit));
        assertEquals(
                Optional.empty(),
                matcher.resolve("Maya Varga opens up to GQ about her divorce", limit),
                "initials no name of the article has are another outlet");
    }

    @Test
    void anAbbreviationOfCommonWordsStaysAWordBesideANameOfTheSameInitials() {
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<String> others = HeadlineMatcherLexiconTest.OTHERS;
        for (int i = 0; i < others.size(); i++) {
            matcher.add(i, others.get(i), others.get(i) + ", officials said on Monday.");
        }
        matcher.add(others.size(), "Pellow Museum reopens", "The Pellow Museum reopened on Friday after a flood.");
        matcher.add(
                others.size() + 1,
                "Ostravia prime minister Ilse Marrak survives attempt on her life",
                "Ostravia's prime minister Ilse Marrak was unhurt after shots were fired at her car on Tuesday.");
        int limit = others.size() + 2;
        // "PM" is WordNet's "prime minister" here, not the museum's initials.
        assertEquals(Optional.of(others.size() + 1), matcher.resolve("Shots fired at Ostravia PM's car", limit));
    }
}
