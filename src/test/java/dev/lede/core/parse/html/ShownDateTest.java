package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.STORY;
import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.core.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates written for people in the forms pages use, and where a page without date markup writes its date. */
class ShownDateTest {

    @Test
    void aYearWrittenFirstIsFollowedByMonthAndDayWhateverTheSeparator() {
        assertEquals(
                LocalDate.of(2025, 12, 17),
                DateText.find("Essay - Published: 2025.12.17 | essays").date());
        assertEquals(LocalDate.of(2025, 12, 17), DateText.find("2025/12/17").date());
        assertEquals(
                LocalDate.of(2025, 12, 17), DateText.find("Posted 2025-12-17.").date());
        // A version number is no date.
        assertNull(DateText.find("release 1.2025.12.17"));
    }

    @Test
    void daysWrittenWithDashesComeFirstAndSlashesKeepTheAmericanOrder() {
        assertEquals(LocalDate.of(2025, 12, 2), DateText.find("02-12-2025").date());
        assertEquals(LocalDate.of(2025, 2, 12), DateText.find("02/12/2025").date());
        assertEquals(LocalDate.of(2025, 12, 30), DateText.find("12-30-2025").date());
    }

    @Test
    void aDateLineWrittenStraightIntoTheArticlesBlockDatesThePage() {
        Article a = page(
                "<title>Advent of Code 2025 week 2</title>",
                "<fieldset><legend>Advent of Code 2025 week 2</legend> 20 December 2025 <div class=\"body\">" + STORY
                        + "</div></fieldset>");
        assertEquals("2025-12-20", a.published());
    }

    @Test
    void aBlocksOwnTextThatOnlyMentionsADateDatesNothing() {
        Article a = page(
                "<title>Advent of Code 2025 week 2</title>",
                "<fieldset><legend>Advent of Code 2025 week 2</legend> The puzzles ran until 20 December 2025 and"
                        + " longer <div class=\"body\">" + STORY + "</div></fieldset>");
        assertNull(a.published());
    }
}
