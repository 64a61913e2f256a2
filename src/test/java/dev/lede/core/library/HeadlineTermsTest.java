package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlineTermsTest {

    @Test
    void aNegativeContractionIsTheNotItHolds() {
        // Without their apostrophes "won't" and "can't" would be the words "wont" and "cant"; what they add to a
        // headline is "not", a function word, as "will not" is.
        assertEquals(
                HeadlineTerms.terms("Orla Venn will not attend gala"),
                HeadlineTerms.terms("Orla Venn won't attend gala"));
        assertEquals(List.of("orla", "venn", "attend", "gala"), HeadlineTerms.terms("Orla Venn Can’t Attend Gala"));
        assertEquals(List.of("orla", "venn", "attend", "gala"), HeadlineTerms.terms("Orla Venn doesn't attend gala"));
        assertTrue(HeadlineTerms.terms("Vexed voters: a wont of the town").contains("wont"), "the word itself stays");
    }

    @Test
    void aPrefixThatIsAPrepositionIsThatPreposition() {
        // "post-" is "after" and "pre-" "before", as a lede writes them; "after" is a function word.
        assertEquals(
                Set.copyOf(HeadlineTerms.terms("Orla Venn on life after Larkfield")),
                Set.copyOf(HeadlineTerms.terms("Orla Venn on post-Larkfield life")));
        assertEquals(List.of("befor", "season", "friendly"), HeadlineTerms.terms("Pre-season friendly"));
        assertTrue(HeadlineTerms.terms("Postal strike ends").contains("postal"), "a word that begins so stays");
        assertTrue(HeadlineTerms.terms("Goal post-mortem").contains("mortem"));
    }

    @Test
    void numberWordsAndDigitsGiveTheSameTerm() {
        assertEquals(HeadlineTerms.terms("40 years"), HeadlineTerms.terms("forty years"));
        assertEquals(HeadlineTerms.terms("26 years"), HeadlineTerms.terms("twenty-six years"));
        assertEquals(
                HeadlineTerms.terms("recalls 12,000 bikes"), HeadlineTerms.terms("recalled twelve thousand bikes"));
        assertEquals(List.of("3", "40am"), HeadlineTerms.terms("3.40am"));
    }

    @Test
    void headlineAbbreviationsOfMoneyAndDistanceAreSpelledOut() {
        assertEquals(HeadlineTerms.terms("£9 million"), HeadlineTerms.terms("£9m"));
        assertEquals(HeadlineTerms.terms("$4 billion"), HeadlineTerms.terms("$4 bln"));
        assertEquals(HeadlineTerms.terms("a 12 kilometres walk"), HeadlineTerms.terms("a 12km walk"));
        assertEquals(HeadlineTerms.terms("rates at 4.5 per cent"), HeadlineTerms.terms("rates at 4.5pc"));
    }

    @Test
    void aCurrencysNameAfterACountGoesAsItsSignDoes() {
        assertEquals(
                HeadlineTerms.terms("gems worth £3m stolen"),
                HeadlineTerms.terms("gems worth 3 million pounds stolen"));
        assertEquals(HeadlineTerms.terms("a €22m fine"), HeadlineTerms.terms("a 22 million euro fine"));
        assertEquals(HeadlineTerms.terms("a $600m payout"), HeadlineTerms.terms("a 600 mln dollar payout"));
        assertEquals(HeadlineTerms.terms("costs $3,000"), HeadlineTerms.terms("costs three thousand dollars"));
        assertEquals(List.of("pound", "flesh"), HeadlineTerms.terms("a pound of flesh"), "no count before it: a word");
        assertTrue(HeadlineTerms.terms("euro zone talks").contains("euro"), "nor here");
    }

    @Test
    void aUnitJoinedToItsCountIsAWordOfItsOwn() {
        assertEquals(HeadlineTerms.terms("gusts of 70 mph"), HeadlineTerms.terms("gusts of 70mph"));
        assertEquals(HeadlineTerms.terms("18,000 fans"), HeadlineTerms.terms("18k fans"));
        assertEquals(List.of("36", "c", "heat"), HeadlineTerms.terms("36C heat"));
        assertEquals(List.of("5000", "swim"), HeadlineTerms.terms("5,000m swim"), "a count with a separator too");
        assertEquals(List.of("5", "g", "mast"), HeadlineTerms.terms("5G mast"));
        assertEquals(List.of("3rd", "1970", "9am"), HeadlineTerms.terms("3rd 1970s 9am"), "ordinals, decades, times");
    }

    @Test
    void anMAfterACountIsMetresOrMillionsSoOnlyTheNumberSpeaks() {
        assertEquals(List.of("400", "rac"), HeadlineTerms.terms("400m race"));
        assertEquals(List.of("2point7", "voter"), HeadlineTerms.terms("2.7m voters"));
        assertTrue(HeadlineTerms.terms("2.7 million voters").containsAll(HeadlineTerms.terms("2.7m voters")));
        assertTrue(HeadlineTerms.terms("a 400 metres race").containsAll(HeadlineTerms.terms("400m race")));
    }

    @Test
    void aNumberWordAfterDigitsBeginsANumberOfItsOwn() {
        assertEquals(
                List.of("2031", "4", "year", "lat"),
                HeadlineTerms.terms("open until 2031, four years late").subList(2, 6));
        assertEquals(List.of("12000", "fan"), HeadlineTerms.terms("12 thousand fans"), "a scale word still multiplies");
        assertEquals(List.of("26", "year"), HeadlineTerms.terms("twenty six years"));
    }

    @Test
    void aDecimalEndingASentenceIsOneNumberToo() {
        assertEquals(
                Set.copyOf(HeadlineTerms.terms("clocks 1:58.40 in Varne")).stream()
                        .filter(HeadlineTerms::isNumber)
                        .toList()
                        .size(),
                2);
        assertEquals(
                Set.copyOf(HeadlineTerms.terms("touching in 1:58.40.")).stream()
                        .filter(HeadlineTerms::isNumber)
                        .collect(java.util.stream.Collectors.toSet()),
                Set.copyOf(HeadlineTerms.terms("clocks 1:58.40 in Varne")).stream()
                        .filter(HeadlineTerms::isNumber)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of("1", "2", "3"), HeadlineTerms.terms("1.2.3"), "no decimal inside a version number");
    }

    @Test
    void aDecimalIsOneNumberNotTwo() {
        assertNotEquals(Set.copyOf(HeadlineTerms.terms("$1.2bn deal")), Set.copyOf(HeadlineTerms.terms("$2.1bn deal")));
        assertNotEquals(Set.copyOf(HeadlineTerms.terms("rate 5.25")), Set.copyOf(HeadlineTerms.terms("rate 25.5")));
        assertEquals(List.of("2point1", "billion"), HeadlineTerms.terms("$2.1bn"));
        assertEquals(HeadlineTerms.terms("$2.1bn"), HeadlineTerms.terms("2.1 billion"));
        assertEquals(
                List.of("2point5"), HeadlineTerms.terms("2.5m").subList(0, 1), "metres or millions: the number agrees");
        assertEquals(HeadlineTerms.terms("£1.5m"), HeadlineTerms.terms("1.5 million"));
        assertTrue(HeadlineTerms.isNumber(HeadlineTerms.terms("5.25").get(0)));
        assertEquals(List.of("3", "40am"), HeadlineTerms.terms("3.40am"), "a time of day is no decimal");
    }

    @Test
    void noSynonymListFoldsOneWordIntoAnother() {
        assertNotEquals(HeadlineTerms.terms("apologised"), HeadlineTerms.terms("says sorry"));
        assertNotEquals(HeadlineTerms.terms("resigned"), HeadlineTerms.terms("quits"));
    }

    @Test
    void irregularVerbsAndBothSpellingsMeet() {
        assertEquals(HeadlineTerms.terms("drew"), HeadlineTerms.terms("draws"));
        assertEquals(HeadlineTerms.terms("took"), HeadlineTerms.terms("takes"));
        assertEquals(HeadlineTerms.terms("criticized"), HeadlineTerms.terms("criticises"));
        assertEquals(HeadlineTerms.terms("harbor"), HeadlineTerms.terms("harbours"));
        assertEquals(HeadlineTerms.terms("center"), HeadlineTerms.terms("centre"));
        assertEquals(HeadlineTerms.terms("cancelled"), HeadlineTerms.terms("cancels"));
        assertEquals(HeadlineTerms.terms("died"), HeadlineTerms.terms("dies"));
    }

    @Test
    void shortWordsKeepTheirMeaning() {
        assertNotEquals(HeadlineTerms.terms("four"), HeadlineTerms.terms("for"));
        assertEquals(List.of("hour"), HeadlineTerms.terms("hours"));
        assertEquals(List.of("call"), HeadlineTerms.terms("called"));
    }

    @Test
    void numbersAreTermsOfDigitsOnly() {
        assertTrue(HeadlineTerms.isNumber(HeadlineTerms.terms("forty").get(0)));
        assertTrue(HeadlineTerms.isNumber(HeadlineTerms.terms("£14m").get(0)));
        assertFalse(HeadlineTerms.isNumber("40am"));
        assertFalse(HeadlineTerms.isNumber(HeadlineTerms.term("ferry")));
    }

    @Test
    void aPossessiveIsTheWordItself() {
        assertEquals(HeadlineTerms.terms("Aurelio Bassi harvest"), HeadlineTerms.terms("Aurelio Bassi's harvest"));
        assertEquals(HeadlineTerms.terms("Penhallow quay"), HeadlineTerms.terms("Penhallow’s quay"));
        assertEquals(List.of("bass"), HeadlineTerms.terms("bass's"));
    }
}
