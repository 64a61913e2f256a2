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

    @Test
    void aDatelinePrintedInsideTheH1IsLeftToTheDateAndTheTitleIsTheHeadline() {
        Article a = page(
                "<title>Preparing a transition in Debusine | Colin's blog</title>"
                        + "<meta property=\"og:title\" content=\"Preparing a transition in Debusine\">",
                "<article><h1><span class=\"date\">Dec 18 2025</span> Preparing a transition in Debusine</h1>" + STORY
                        + "</article>");
        assertEquals("Preparing a transition in Debusine", a.headline());
        assertEquals("2025-12-18", a.published().substring(0, 10));
    }

    @Test
    void anH1ThatAddsWordsButNoDateStaysTheHeadline() {
        Article a = page(
                "<meta property=\"og:title\" content=\"Best Bread Machines\">",
                "<article><h1>Best Bread Machines of 2025, Tested</h1>" + STORY + "</article>");
        assertEquals("Best Bread Machines of 2025, Tested", a.headline());
    }

    @Test
    void aDateUnderAPublishedHeadingInTheSidebarDatesThePage() {
        String head = "<title>Harbour board orders dredging</title>"
                + "<meta property=\"article:published_time\" content=\"2019-01-17T12:00:00Z\">";
        Article labelled = page(
                head,
                "<main><article><h1>Harbour board orders dredging</h1>" + STORY + "</article>"
                        + "<aside class=\"sidebar\"><div><h4>Published</h4><time datetime=\"2018-11-15\">15 November"
                        + " 2018</time></div></aside></main>");
        assertEquals("2018-11-15", labelled.published().substring(0, 10));
        Article card = page(
                head,
                "<main><article><h1>Harbour board orders dredging</h1>" + STORY + "</article>"
                        + "<aside class=\"sidebar\"><div><h4>Ferry timetable changes</h4><time datetime=\"2018-11-15\">15"
                        + " November 2018</time></div></aside></main>");
        assertEquals("2019-01-17", card.published().substring(0, 10), "another story's date in the sidebar");
    }
}
