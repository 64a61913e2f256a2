package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.STORY;
import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.core.article.Article;
import org.junit.jupiter.api.Test;

/**
 * The fields as the page prints them: the headline of its one h1, a byline in an author card or after a label, the
 * date shown by the headline (docs/extraction.md: the rules behind the wcxb-dev rows).
 */
class PrintedFieldsTest {

    @Test
    void thePagesOneH1TellingTheTitlesStoryInOtherWordsIsTheHeadline() {
        Article a = page(
                "<meta property=\"og:title\" content=\"Harbour board to dredge the inner basin: what crews need to know\">",
                "<article><h1>Why the harbour board is dredging the inner basin</h1>" + STORY + "</article>");
        assertEquals("Why the harbour board is dredging the inner basin", a.headline());
        Article label = page(
                "<meta property=\"og:title\" content=\"Harbour dredging plan: what crews need to know\">",
                "<article><h1>Harbour crews dredging</h1>" + STORY + "</article>");
        assertEquals(
                "Harbour dredging plan: what crews need to know",
                label.headline(),
                "a short h1 is a label, not a headline");
        Article twoH1s = page(
                "<meta property=\"og:title\" content=\"Harbour board to dredge the inner basin: what crews need to know\">",
                "<article><h1>Why the harbour board is dredging the inner basin</h1>" + STORY
                        + "<h1>Crews need a new pier while the harbour is dredged</h1></article>");
        assertEquals(
                "Harbour board to dredge the inner basin: what crews need to know",
                twoH1s.headline(),
                "with several h1s the title decides");
    }

    @Test
    void anH1RepeatingALesserTitleGivesWayToTheMostTrustedOne() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Harbour board votes to dredge the inner basin before spring\"}</script>"
                        + "<meta property=\"og:title\" content=\"Harbour board dredges the inner basin before spring\">",
                "<article><h1>Harbour board dredges the inner basin before spring</h1>" + STORY + "</article>");
        assertEquals("Harbour board votes to dredge the inner basin before spring", a.headline());
    }

    @Test
    void aLabelsNameIsFoundPastTheAvatarBetweenThem() {
        Article a = page(
                "",
                "<article><h1>Harbour board orders dredging</h1><div class=\"x\"><span>Written by:</span>"
                        + "<picture><img src=\"a.jpg\" alt=\"\"></picture><span class=\"y\">Ines Harrow</span></div>"
                        + STORY + "</article>");
        assertEquals("Ines Harrow", a.byline());
        Article contributors = page(
                "",
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<div class=\"x\">Contributors: <div>Ines Harrow</div></div></article>");
        assertEquals("Ines Harrow", contributors.byline());
    }

    @Test
    void theSitesNameIsCutOffABylineLine() {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1><div class=\"byline\">Ines Harrow Wexmoor Courier</div>"
                        + STORY + "</article>");
        assertEquals("Ines Harrow", a.byline());
    }

    @Test
    void anAuthorCardIsFoundByItsBiography() {
        String card = "<div class=\"x\"><h3>Ines Harrow</h3><p>Ines Harrow is a reporter on the harbour beat."
                + " She has covered the port for ten years.</p></div>";
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + card + "</article>");
        assertEquals("Ines Harrow", a.byline());
        Article listing = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + card
                        + "<h3>Tomas Quay</h3><p>Tomas Quay is a harbour pilot. He guides the ships past the bar.</p>"
                        + "</article>");
        assertEquals("Wexmoor Courier", listing.byline(), "two such pairs are a list of people, not the author's card");
        Article brand = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<h3>Harbour Dredging Ltd</h3><p>Harbour Dredging Ltd is a contractor based in the port.</p>"
                        + "</article>");
        assertEquals("Wexmoor Courier", brand.byline(), "a blurb that speaks of no person is no author's card");
    }

    @Test
    void aPageThatNamesNobodyIsSignedByItsSite() {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("Wexmoor Courier", a.byline());
        Article unnamed = page("", "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertNull(unnamed.byline(), "a domain is no signature");
    }

    @Test
    void aMarkedDateBeatsABareLineNotMuchNearer() {
        Article a = page(
                "",
                "<article><time datetime=\"2025-11-24\">November 24, 2025</time><div class=\"x\"><a href=\"/a\">Crews</a>"
                        + "<a href=\"/b\">Ships</a><a href=\"/c\">Quays</a></div><h1>Harbour board orders dredging</h1>"
                        + "<div><em>Valid November 26 – December 3, 2025.</em></div>" + STORY + "</article>");
        assertEquals("2025-11-24", a.published());
    }

    @Test
    void aDateFarBelowTheHeadlineDoesNotOutweighTheMetadata() {
        StringBuilder cards = new StringBuilder("<div class=\"x\">");
        for (int i = 0; i < 100; i++) {
            cards.append("<div><a href=\"/s")
                    .append(i)
                    .append("\">Story ")
                    .append(i)
                    .append("</a></div>");
        }
        cards.append("<span>March 29, 2025</span></div>");
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2017-04-21T20:40:00Z\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>" + cards);
        assertEquals("2017-04-21T20:40:00Z", a.published());
    }

    @Test
    void anAmbiguousNumericDateIsReadTheWayTheMetadataAgrees() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2024-09-10T16:07:00Z\"}</script>",
                "<article><h1>Harbour board orders dredging</h1><p class=\"post-date\">09.10.2024</p>" + STORY
                        + "</article>");
        assertEquals("2024-09-10T16:07:00Z", a.published());
    }

    @Test
    void aDateByTheHeadlineCountsInAMisnamedBlockWhenTheMetadataHasNone() {
        Article a = page(
                "",
                "<article><div class=\"hero-banner-popup\"><h1>Harbour board orders dredging</h1>"
                        + "<div class=\"date\">12 November 2025</div></div>" + STORY + "</article>");
        assertEquals("2025-11-12", a.published());
    }

    @Test
    void aBylineUnderTheHeadlineInAMisnamedBlockBeatsTheSitesSignature() {
        String head = "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">";
        Article a = page(
                head,
                "<article><div class=\"hero-banner-popup\"><h1>Harbour board orders dredging</h1>"
                        + "<address class=\"author-info\">by Ines Harrow, Reporter</address></div>" + STORY
                        + "</article>");
        assertEquals("Ines Harrow", a.byline(), "the name without its role");
        Article above = page(
                head,
                "<div class=\"hero-banner-popup\"><a class=\"author-link\" href=\"/topics\">Harbour Topics</a></div>"
                        + "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("Wexmoor Courier", above.byline(), "a line above the headline in such a block is not its byline");
    }
}
