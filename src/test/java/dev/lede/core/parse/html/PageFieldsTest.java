package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Headline, date, byline and body of today's article pages: the fields around the text. */
class PageFieldsTest {

    static final String STORY =
            "<p>The harbour board voted on Tuesday to dredge the inner basin before spring, after two"
                    + " cargo ships ran aground on the silt bar in a single week, and the work will close the north quay for a month.</p>"
                    + "<p>Fishing crews will moor at the ferry pier while the dredger works, the board said, and fees will be waived.</p>";

    /** A page of {@code head} and {@code body}, parsed as a saved file. */
    static Article page(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
    }

    @Test
    void siteNameIsCutFromTheTitleWhenItNamesTheSite() {
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin — Wexmoor Courier</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", a.headline());
        assertEquals("Wexmoor Courier", a.site());
    }

    @Test
    void theSitesInitialsAreCutToo() {
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin | WHC</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Harbour Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", a.headline());
        Article other = page(
                "<title>Harbour board orders dredging of the inner basin - NHS</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Harbour Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin - NHS", other.headline(), "other initials stay");
    }

    @Test
    void aShortSectionNameAfterAPipeIsCutThoughTheSiteIsNamed() {
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin | Opinion</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", a.headline());
        Article shortOne = page(
                "<title>Dredging begins | Harbour news today</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Dredging begins | Harbour news today", shortOne.headline(), "never cut to two words");
    }

    @Test
    void aTwoWordNameIsCutFromTheSitesOwnNameOrAddressOnly() {
        Article address = page("<title>Dredging begins | Wexmoor.com</title>", "<article>" + STORY + "</article>");
        assertEquals("Dredging begins", address.headline());
        assertEquals("Wexmoor.com", address.site());
        Article stated = page(
                "<title>Dredging begins - Wexmoor Courier</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Dredging begins", stated.headline());
        Article oneWord = page("<title>Dredging | Wexmoor.com</title>", "<article>" + STORY + "</article>");
        assertEquals("Dredging | Wexmoor.com", oneWord.headline(), "never cut to one word");
    }

    @Test
    void aNamedEditorialTeamSignsButTheBareWordsDoNot() {
        Article team = page(
                "<title>Harbour board orders dredging of the inner basin</title>"
                        + "<meta name=\"author\" content=\"Harbour Desk Editorial Team\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour Desk Editorial Team", team.byline());
        Article bare = page(
                "<title>Harbour board orders dredging of the inner basin</title>"
                        + "<meta name=\"author\" content=\"Editorial Team\">",
                "<article>" + STORY + "</article>");
        assertNull(bare.byline());
    }

    @Test
    void aDateLineInABlockWhoseModifierNamesASidebarStillDatesThePage() {
        // BEM modifiers say how a block is laid out ("--sidebar-right", "--promoted"), not that it is a sidebar.
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin</title>",
                "<article class=\"node node--promoted\"><section class=\"m-article m-article--sidebar-right\">"
                        + "<h1>Harbour board orders dredging of the inner basin</h1>"
                        + "<div class=\"article-meta\">by <span>Ann Lee</span> on <span>Jan 22, 2025</span></div>"
                        + STORY + "</section></article>");
        assertEquals("2025-01-22", a.published());
    }

    @Test
    void anH1ThatCarriesTheSiteNameLosesItToo() {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">"
                        + "<title>Harbour board orders dredging of the inner basin – Wexmoor Courier - Wexmoor Courier</title>",
                "<article><h1>Harbour board orders dredging of the inner basin – Wexmoor Courier</h1>" + STORY
                        + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", a.headline());
    }

    @Test
    void anH1WithASectionAndTheSiteLosesBoth() {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Harbour Courier\">",
                "<article><h1>How crews moor at the ferry pier | Harbour Notices | Wexmoor Harbour Courier</h1>" + STORY
                        + "</article>");
        assertEquals("How crews moor at the ferry pier", a.headline());
    }

    @Test
    void aHeadlineCutShortInTheMetadataIsReadWhole() {
        String whole = "Harbour board orders dredging of the inner basin before spring after two cargo ships ran"
                + " aground on the silt bar (and the north quay closes)";
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                        + whole.substring(0, 105) + "\"}</script>"
                        + "<meta property=\"og:title\" content=\"" + whole + " - Wexmoor Courier\">"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals(whole, a.headline());
        Article shortOne = page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour board orders"
                        + " dredging\"}</script>"
                        + "<meta property=\"og:title\" content=\"Harbour board orders dredging: the basin closes\">",
                "<article>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging", shortOne.headline(), "a short title is no cut one");
    }

    @Test
    void anH1InCapitalsGivesWayToTheTitleItAgreesWith() {
        Article a = page(
                "<title>Harbour Board Orders Dredging of the Inner Basin</title>",
                "<article><h1>HARBOUR BOARD ORDERS DREDGING OF INNER BASIN</h1>" + STORY + "</article>");
        assertEquals("Harbour Board Orders Dredging of the Inner Basin", a.headline());
        Article printed = page(
                "<title>Harbour board orders dredging</title>",
                "<article><h1>Harbour board orders dredging of the inner basin</h1>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", printed.headline());
    }

    @Test
    void aCommentersNameIsNoByline() {
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin</title>",
                "<article><h1>Harbour board orders dredging of the inner basin</h1>" + STORY + "</article>"
                        + "<section class=\"comments\"><div class=\"comment\"><span class=\"author\">By Tom Ashby</span>"
                        + "<p>About time the basin was dredged.</p></div></section>");
        assertNull(a.byline());
    }

    @Test
    void aTitlePartThatIsNotTheSiteStays() {
        Article a = page(
                "<title>Dredging: what the closure means for crews | Wexmoor Courier</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + STORY + "</article>");
        assertEquals("Dredging: what the closure means for crews", a.headline());
    }

    @Test
    void thePagesOwnH1WinsWhenItAgreesWithTheTitle() {
        Article a = page(
                "<meta property=\"og:title\" content=\"Harbour board orders dredging of inner basin | Courier\">",
                "<article><h1>Harbour board orders dredging of the inner basin</h1>" + STORY + "</article>");
        assertEquals("Harbour board orders dredging of the inner basin", a.headline());
    }

    @Test
    void aChangeLogsDatesAreItsEntriesNotThePages() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2021-01-18T19:55:00+01:00\">",
                "<article><h1>Harbour board orders dredging</h1><ul><li>Updates<ul>"
                        + "<li>2021-08-09 Added the ferry times.</li><li>2022-04-12 Link to <a href=\"/t\">the tide table</a></li>"
                        + "<li>2023-06-12 Fees corrected.</li></ul></li></ul>" + STORY + "</article>");
        assertEquals("2021-01-18T19:55:00+01:00", a.published());
        Article byline = page(
                "<meta property=\"article:published_time\" content=\"2021-01-18T19:55:00+01:00\">",
                "<article><h1>Harbour board orders dredging</h1><ul class=\"x\"><li>Ines Harrow</li>"
                        + "<li>Published 3 March 2022</li><li>Updated 5 March 2022</li></ul>" + STORY + "</article>");
        assertEquals("2022-03-03", byline.published().substring(0, 10), "a byline's two dates are no list of entries");
    }

    @Test
    void theDateShownByTheHeadlineWinsAndKeepsThePagesOffset() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2025-12-18T23:30:00-05:00\">",
                "<article><h1>Harbour board orders dredging</h1><div class=\"meta\">Published Dec. 18, 2025</div>"
                        + STORY + "</article>");
        assertEquals(
                "2025-12-18T23:30:00-05:00", a.published(), "the same day as shown: the metadata's time and offset");
        Article updated = page(
                "<meta property=\"article:published_time\" content=\"2024-02-01T09:00:00Z\">",
                "<article><h1>Harbour board orders dredging</h1><p class=\"x\">Last updated: 3 March 2025</p>" + STORY
                        + "</article>");
        assertEquals(
                "2024-02-01T09:00:00Z", updated.published(), "a shown update gives way to the earlier publication");
        Article onlyUpdated = page(
                "",
                "<article><h1>Harbour board orders dredging</h1>" + "<p class=\"x\">Last updated: 3 March 2025</p>"
                        + STORY + "</article>");
        assertEquals("2025-03-03", onlyUpdated.published(), "with nothing else to date the page, its update date");
    }

    @Test
    void aShownDateTheMetadataCallsModifiedGivesWayToThePublishedOne() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2024-02-01T09:00:00Z\">"
                        + "<meta property=\"article:modified_time\" content=\"2025-03-03T10:00:00Z\">",
                "<article><h1>Harbour board orders dredging</h1><div class=\"meta\">Ines Harrow · March 3, 2025</div>"
                        + STORY + "</article>");
        assertEquals("2024-02-01T09:00:00Z", a.published());
    }

    @Test
    void datesInTheArticlesSentencesAndDataTablesDateNothing() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2025-02-12T09:00:00Z\">",
                "<article><h1>Harbour board orders dredging</h1><p><em>The ferry discount is valid from November 26"
                        + " to December 3, 2025, at the north quay only.</em> Fishing crews moor at the ferry pier.</p>"
                        + "<table><thead><tr><th>Date</th><th>Ships</th></tr></thead><tbody><tr><td>1/1/2013</td><td>14</td></tr>"
                        + "</tbody></table>" + STORY + "</article>");
        assertEquals("2025-02-12T09:00:00Z", a.published());
    }

    @Test
    void publicationDatesUnderOtherMetaNamesAndWrittenForPeople() {
        Article a = page(
                "<meta name=\"published\" content=\"July 17, 2025\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("2025-07-17", a.published());
        Article citation = page(
                "<meta name=\"citation_date\" content=\"2025/12/18\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("2025-12-18", citation.published());
    }

    @Test
    void whatStandsBesideABylineIsNoByline() {
        assertNull(BylineChoice.clean("5 min read"));
        assertNull(BylineChoice.clean("Updated"));
        assertNull(BylineChoice.clean("Jun 2 Written By"));
        assertEquals("Ines Harrow", BylineChoice.clean("By Ines Harrow"));
    }

    @Test
    void aPlaceholderDateIsNoDate() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertNull(a.published());
    }

    @Test
    void datesAreReadInSeveralLanguages() {
        assertEquals(
                LocalDate.of(2025, 11, 14),
                DateText.find("Veröffentlicht am 14. November 2025").date());
        assertEquals(
                LocalDate.of(2025, 11, 14),
                DateText.find("publié le 14 novembre 2025").date());
        assertEquals(
                LocalDate.of(2025, 11, 14),
                DateText.find("14 de noviembre de 2025").date());
        assertEquals(
                LocalDate.of(2025, 11, 14),
                DateText.find("Nov. 14, 2025 · 5 min read").date());
        assertEquals(LocalDate.of(2025, 11, 14), DateText.find("14.11.2025").date());
        assertEquals(LocalDate.of(2025, 11, 14), DateText.find("2025年11月14日").date());
        assertNull(DateText.find("Room 14 of 2025 seats"));
    }

    @Test
    void bylineSkipsNavigationAndTheSiteAndReadsWrittenBy() {
        Article a = page(
                "<meta name=\"author\" content=\"Wexmoor Courier\"><meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1><div class=\"author\">View more posts</div>"
                        + "<div><p>Written by</p><p>Ines Harrow</p></div>" + STORY + "</article>");
        assertEquals("Ines Harrow", a.byline());
        assertEquals("Tom Ashby", BylineChoice.clean("By Tom Ashby ✉ tom@courier.example"));
        assertNull(BylineChoice.clean("Sign in"));
    }

    @Test
    void authorBoxesPromptsAndDateLinesLeaveTheBody() {
        Article a = page(
                "",
                "<article><h1>Harbour board orders dredging</h1><p>December 18, 2025</p>" + STORY
                        + "<div class=\"author-bio\"><p>Ines Harrow covers the harbour and has written for the paper since 2009.</p></div>"
                        + "<p>Sign up for our newsletter</p><p>Share this article</p></article>");
        String body = a.bodyText();
        assertTrue(body.contains("Fishing crews will moor"), body);
        assertFalse(body.contains("covers the harbour"), body);
        assertFalse(body.contains("newsletter"), body);
        assertFalse(body.contains("Share this"), body);
        assertFalse(body.contains("December 18, 2025"), body);
    }

    @Test
    void trailingHeadingsAndLinesThatEndNoSentenceLeaveTheBody() {
        Article a = page(
                "",
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<h2>What the closure means</h2><p>The north quay shuts on the first of February for a month.</p>"
                        + "<h3>You might also like</h3><div>What others are reading</div></article>");
        String body = a.bodyText();
        assertTrue(body.contains("What the closure means"), "a heading with text after it stays: " + body);
        assertFalse(body.contains("You might also like"), body);
        assertFalse(body.contains("What others are reading"), body);
        assertTrue(body.endsWith("for a month."), body);
    }

    @Test
    void noticesBlurbsCardsAndFollowRequestsLeaveTheBody() {
        Article a = page(
                "<meta name=\"author\" content=\"Ines Harrow\"><meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1><p>Wexmoor Courier earns a commission when you buy through"
                        + " links on this page.</p><p>4 min read</p><img src=\"l.png\" alt=\"Wexmoor Courier logo\">"
                        + STORY
                        + "<p>Ines Harrow | Harbour Reporter</p>"
                        + "<p>Wexmoor Courier is an independent paper serving the estuary towns since 1881.</p>"
                        + "<p>Written by Ines Harrow</p><p>Page 1 of 3</p>"
                        + "<p>Enjoyed this? Follow us on Facebook and Instagram for the week's harbour news.</p>"
                        + "<p>The board meets again in March.</p></article>");
        String body = a.bodyText();
        assertTrue(body.contains("Fishing crews will moor") && body.contains("meets again in March"), body);
        for (String gone : new String[] {
            "commission",
            "min read",
            "logo",
            "Harbour Reporter",
            "independent paper",
            "Written by",
            "Page 1",
            "Follow us"
        }) {
            assertFalse(body.contains(gone), gone + " stayed: " + body);
        }
    }

    @Test
    void aPageTheRulesWouldEmptyKeepsItsText() {
        Article a = page("", "<a href=\"/x\"><p>Tide tables</p><p>Moorings</p></a>");
        assertTrue(a.bodyText().contains("Tide tables"), a.bodyText());
    }

    @Test
    void bylineBesideTheTextInTheArticlesAsideButNotFromCode() {
        Article a = page(
                "",
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<aside><span itemprop=\"author\"><span itemprop=\"name\">Ines Harrow</span></span></aside></article>");
        assertEquals("Ines Harrow", a.byline());
        Article code = page(
                "",
                "<article><h1>Counting moorings by the hour</h1>" + STORY
                        + "<pre><code>SELECT * FROM moorings\n<span>BY Period</span> DESC</code></pre></article>");
        assertNull(code.byline());
    }

    @Test
    void linksAmongTheArticlesTextStayAndLinksAtItsEdgeGo() {
        String prose = "<p>The dredger will work from dawn to dusk on weekdays, and the harbour master will post the"
                + " hours of each closure on the quay's notice board a week ahead.</p>";
        Article a = page(
                "",
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<h2><a class=\"toc-backref\" href=\"/dredgers\">The dredger Marjolein</a></h2>" + prose
                        + "<ul><li><a href=\"/a\">Tide tables</a></li><li><a href=\"/b\">Quay plan</a></li></ul>"
                        + prose
                        + "<p>\"<a href=\"/c\">With the tide and the wind behind us</a>,\" said the master.</p>"
                        + "<pre><code><span class=\"token comment\">// moorings per hour</span>\n"
                        + "2025-12-18 06:00 | 14</code></pre>" + prose
                        + "<ul><li><a href=\"/d\">Ferry fares rise</a></li><li><a href=\"/e\">Lifeboat day</a></li></ul></article>");
        String body = a.bodyText();
        for (String kept : new String[] {
            "The dredger Marjolein",
            "Tide tables",
            "Quay plan",
            "said the master",
            "moorings per hour",
            "2025-12-18 06:00 | 14"
        }) {
            assertTrue(body.contains(kept), kept + " went: " + body);
        }
        assertFalse(body.contains("Ferry fares"), "a list of links after the last paragraph is the site's: " + body);
    }
}
