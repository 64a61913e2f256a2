package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommonAbbreviationsTest {

    @Test
    void anAbbreviationOfCommonWordsIsWrittenInLowerCase() {
        assertEquals(
                "Man held after attempt on Varenne pm's life",
                CommonAbbreviations.lowered("Man held after attempt on Varenne PM's life"));
        assertEquals(
                "Labour mps back the ceo",
                CommonAbbreviations.lowered("Labour MPs back the CEO"),
                "a plural keeps its s");
        assertEquals("Breakfast tv host quits hq", CommonAbbreviations.lowered("Breakfast TV host quits HQ"));
    }

    @Test
    void aProperNameARomanNumeralAndAnUnknownAcronymStayAsWritten() {
        String names = "UN and EU envoys meet UK team before Elizabeth II visit; NEB and AMPLX say nothing";
        assertSame(names, CommonAbbreviations.lowered(names));
        String plain = "Mayor resigns over Harbour Street scheme";
        assertSame(plain, CommonAbbreviations.lowered(plain), "most lines: no capitals in a row, the text itself");
    }

    @Test
    void aLineWritingARoleAsAnAbbreviationMatchesAnArticleWritingItOut() {
        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(
                "Ostravian prime minister Lena Varkas survives no-confidence vote",
                "Ostravia's prime minister Lena Varkas survived a vote of no confidence in parliament on Tuesday.");
        int limit = HeadlineMatcherLexiconTest.OTHERS.size() + 1;
        Optional<Integer> it = Optional.of(HeadlineMatcherLexiconTest.OTHERS.size());
        assertEquals(it, matcher.resolve("Ostravia PM Lena Varkas survives no-confidence vote", limit));
        assertEquals(
                Optional.empty(),
                matcher.resolve("Ostravia PM Tomas Brel survives no-confidence vote", limit),
                "another person in the same role is another story");
    }
}
