package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineShapeTest {

    @Test
    void shortTitleWithoutFinalPunctuationIsAHeadline() {
        assertTrue(HeadlineShape.isHeadline("Storm damage closes the northern pier for three weeks"));
    }

    @Test
    void quotedTitleAtTheEndIsStillAHeadline() {
        assertTrue(HeadlineShape.isHeadline("Choir announces a concert of 'Songs of the Tide'"));
        assertTrue(HeadlineShape.isHeadline("Choir announces a concert of “Songs of the Tide”"));
    }

    @Test
    void sentenceEndingInsideClosingQuoteIsProse() {
        assertFalse(HeadlineShape.isHeadline("“It is a good problem to have.”"));
        assertFalse(HeadlineShape.isHeadline("He said he would (and did.)"));
        assertTrue(HeadlineShape.endsSentence("it.”"));
    }

    @Test
    void everySentenceFinalMarkEndsProse() {
        for (String end : new String[] {".", "!", "?", "…", ";", ":"}) {
            assertFalse(HeadlineShape.isHeadline("Town council meets again" + end), end);
        }
    }

    @Test
    void longOrWordyLinesAreProse() {
        assertFalse(HeadlineShape.isHeadline("A".repeat(161)));
        assertFalse(
                HeadlineShape.isHeadline("She said that she would not change a thing and that the money from the prize "
                        + "would go on a new oven, a new sign, a van and a trip to see her sister in the north"));
        assertTrue(
                HeadlineShape.isHeadline(
                        "Tidewell Labs sensors warned of the Storm Ottoline surge ninety minutes before "
                                + "the official alert, data released by the company shows"),
                "a lede without its period");
    }

    @Test
    void lineStartingInLowerCaseIsAWrappedContinuation() {
        assertFalse(HeadlineShape.isHeadline("than last year and is hiring forty seasonal workers"));
        assertTrue(HeadlineShape.isHeadline("東京で新しい図書館が開館"), "uncased scripts pass");
    }

    @Test
    void joiningWordAtTheEndMarksAWrappedLine() {
        assertTrue(HeadlineShape.endsWithJoiningWord("Passengers asked for the change in a survey and the"));
        assertTrue(HeadlineShape.endsWithJoiningWord("after a public meeting in "));
        assertFalse(HeadlineShape.endsWithJoiningWord("Frost warning issued for the upper valley"));
        assertFalse(HeadlineShape.endsWithJoiningWord("Council backs plan A"));
    }

    @Test
    void questionIsAQuestionHeadlineButNotAPlainHeadline() {
        assertTrue(HeadlineShape.isQuestionHeadline("Can a small town live without its fishing fleet?"));
        assertFalse(HeadlineShape.isHeadline("Can a small town live without its fishing fleet?"));
    }
}
