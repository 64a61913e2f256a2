package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTermsTest {

    @Test
    void numberWordsAndDigitsGiveTheSameTerm() {
        assertEquals(HeadlineTerms.terms("40 years"), HeadlineTerms.terms("forty years"));
        assertEquals(HeadlineTerms.terms("26 years"), HeadlineTerms.terms("twenty-six years"));
        assertEquals(HeadlineTerms.terms("recalls 12,000 bikes"), HeadlineTerms.terms("recalled twelve thousand bikes"));
        assertEquals(List.of("3", "40am"), HeadlineTerms.terms("3.40am"));
    }

    @Test
    void headlineAbbreviationsOfMoneyAndDistanceAreSpelledOut() {
        assertEquals(HeadlineTerms.terms("£9 million"), HeadlineTerms.terms("£9m"));
        assertEquals(HeadlineTerms.terms("400 metres"), HeadlineTerms.terms("400m"));
    }

    @Test
    void headlineShorthandMeetsThePlainerWord() {
        assertEquals(HeadlineTerms.terms("apologised"), HeadlineTerms.terms("says sorry"));
        assertEquals(HeadlineTerms.terms("criticised"), HeadlineTerms.terms("slams"));
        assertEquals(HeadlineTerms.terms("resigned"), HeadlineTerms.terms("quits"));
        assertEquals(HeadlineTerms.terms("criticises"), HeadlineTerms.terms("hits out"));
        assertEquals(HeadlineTerms.terms("theft"), HeadlineTerms.terms("stolen"));
        assertEquals(HeadlineTerms.terms("died"), HeadlineTerms.terms("dies"));
    }

    @Test
    void irregularVerbsAndBothSpellingsMeet() {
        assertEquals(HeadlineTerms.terms("drew"), HeadlineTerms.terms("draws"));
        assertEquals(HeadlineTerms.terms("took"), HeadlineTerms.terms("takes"));
        assertEquals(HeadlineTerms.terms("criticized"), HeadlineTerms.terms("criticises"));
        assertEquals(HeadlineTerms.terms("harbor"), HeadlineTerms.terms("harbours"));
        assertEquals(HeadlineTerms.terms("center"), HeadlineTerms.terms("centre"));
        assertEquals(HeadlineTerms.terms("cancelled"), HeadlineTerms.terms("cancels"));
    }

    @Test
    void shortWordsKeepTheirMeaning() {
        assertNotEquals(HeadlineTerms.terms("four"), HeadlineTerms.terms("for"));
        assertEquals(List.of("hour"), HeadlineTerms.terms("hours"));
        assertEquals(List.of("call"), HeadlineTerms.terms("called"));
    }

    @Test
    void framingWordsCountForLessThanWhatTheStoryIsAbout() {
        assertEquals(0.3, HeadlineTerms.factor(HeadlineTerms.term("forces")));
        assertEquals(1.0, HeadlineTerms.factor(HeadlineTerms.term("ferry")));
    }
}
