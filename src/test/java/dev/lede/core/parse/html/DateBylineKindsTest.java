package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import org.junit.jupiter.api.Test;

/**
 * More kinds of date and byline today's pages write, one hand-written page each (as {@link FieldKindsTest}): a page's
 * own word on when it was first published, a {@code <time pubdate>} under the article, a "today" widget above the
 * headline, topics beside a byline, an author's description, a credits line in the metadata, "by" after a date.
 */
class DateBylineKindsTest {

    private static final String H = "Harbour board orders dredging of the inner basin";

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    private static String day(Article a) {
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    /** {@code n} short paragraphs of two elements each: the length of a long article between two parts of a page. */
    private static String filler(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("<p>The dredger worked the <b>north</b> bank of the basin through the night.</p>");
        }
        return s.toString();
    }

    @Test
    void thePagesWordOnWhenItWasFirstPublished() {
        Article a = page(
                "<meta property=\"article:published_time\" content=\"2025-06-04T09:00:00+01:00\">",
                "<article><h1>" + H + "</h1><p class=\"date\">Updated June 5, 2025</p>" + PageFieldsTest.STORY
                        + "<p class=\"note\">This story was originally published on 2 March 2019 at 4:12pm but has"
                        + " been updated since.</p></article>");
        assertEquals("2019-03-02", day(a));
        Article credit = page(
                "<meta property=\"article:published_time\" content=\"2025-06-04T09:00:00+01:00\">",
                "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY
                        + "<p>Originally published in The Quay Post, a partner, on its website.</p></article>");
        assertEquals("2025-06-04T09:00:00+01:00", credit.published(), "no date after the words: the metadata's");
    }

    @Test
    void aTimeMarkedPubdateUnderALongArticle() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":"
                        + "\"2025-11-29T12:28:31-05:00\",\"dateModified\":\"2025-11-29T12:28:31-05:00\"}</script>",
                "<article><h1>" + H + "</h1>" + filler(100)
                        + "<div>Published <time pubdate datetime=\"2025-08-13\">August 13, 2025</time></div></article>");
        assertEquals("2025-08-13", day(a));
    }

    @Test
    void aTodayWidgetAboveTheHeadlineGivesWayToTheDateByTheByline() {
        Article a = page(
                "",
                "<header><p class=\"todays-date\"><strong>Friday</strong>, December 19, 2025</p><nav>"
                        + "<a href=\"/a\">Money</a> <a href=\"/b\">Life</a>".repeat(19) + "</nav></header>"
                        + "<article><h1>" + H + "</h1><h4>By the Quay editors</h4>" + "<div><div>12.12.2025</div></div>"
                        + PageFieldsTest.STORY + "</article>");
        assertEquals("2025-12-12", day(a));
    }

    @Test
    void topicsBesideABylineAreNoAuthor() {
        Article labelled = page(
                "",
                "<article><h1>" + H + "</h1><div><span>By</span><div><a href=\"/dredging/\" rel=\"tag\">Dredging</a>"
                        + "<a href=\"/harbour-news/\" rel=\"tag\">Harbour News</a></div><div><a href=\"/author/ines\""
                        + " rel=\"author\">Ines Harrow</a></div></div>" + PageFieldsTest.STORY + "</article>");
        assertEquals("Ines Harrow", labelled.byline());
        Article tagged = page(
                "",
                "<article><div class=\"post__byline\"><ul><li><a href=\"/blog/tag/local-news\">Local news</a></li></ul>"
                        + "<span>January 27, 2025</span></div><h1>" + H + "</h1>" + PageFieldsTest.STORY
                        + "</article>");
        assertNull(tagged.byline());
    }

    @Test
    void anAuthorsDescriptionIsNotTheirName() {
        Article description = page(
                "",
                "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY
                        + "<div class=\"author-description\">Licensed Harbour Pilot, M.A. Geography</div></article>");
        assertNull(description.byline());
        Article card = page(
                "",
                "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY + "<div class=\"box\"><p class=\"headline-text\">"
                        + "Ines Harrow</p><div class=\"dynamic-author-description\">Licensed Harbour Pilot, M.A. Geography"
                        + "</div></div></article>");
        assertEquals("Ines Harrow", card.byline(), "the name printed just before the description");
        Article bio = page(
                "",
                "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY
                        + "<div class=\"author-bio\"><h4>Ines Harrow</h4><p>Pilot of the inner basin.</p></div>"
                        + "</article>");
        assertEquals("Ines Harrow", bio.byline(), "a biography's first line is the name");
    }

    @Test
    void aCreditsLineInTheMetadataIsNoByline() {
        Article a = page(
                "<meta name=\"author\" content=\"content: Wexmoor Media, design: Bo Park, code: Cy Lund\">",
                "<article><h1>" + H + "</h1><div class=\"authors\">by <span class=\"author\">Ines Harrow</span>,"
                        + " Head of Harbour Research</div>" + PageFieldsTest.STORY + "</article>");
        assertTrue(a.byline().startsWith("Ines Harrow"), a.byline());
        assertFalse(a.byline().contains("design"), a.byline());
    }

    @Test
    void aPersonTheMetadataNamesAndThePageNeverPrintsGivesWayToTheBylineByTheHeadline() {
        String body =
                "<article><h1>" + H + "</h1><p class=\"by\">By: Ines Harrow</p>" + PageFieldsTest.STORY + "</article>";
        assertEquals(
                "Ines Harrow",
                page("<meta name=\"author\" content=\"Bo Park\">", body).byline());
        assertEquals(
                "Bo Park",
                page(
                                "<meta name=\"author\" content=\"Bo Park\">",
                                body.replace("</article>", "<p>Photos: Bo Park</p></article>"))
                        .byline(),
                "printed on the page: the metadata's");
        assertEquals(
                "Contributors to the Harbour Wiki",
                page("<meta name=\"author\" content=\"Contributors to the Harbour Wiki\">", body)
                        .byline(),
                "not a person's name: a group the metadata credits");
    }

    @Test
    void byAfterTheDateOfAMetaLine() {
        Article a = page(
                "",
                "<article><h1>" + H + "</h1><div class=\"node__meta\"><time datetime=\"2017-03-01T12:00:00Z\">"
                        + "03/01/2017</time> by Ines Harrow, Candidate Representative to the Board</div>"
                        + PageFieldsTest.STORY + "</article>");
        assertEquals("Ines Harrow, Candidate Representative", a.byline());
        Article caption = page(
                "",
                "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY + "<div class=\"float\"><a href=\"b.html\">"
                        + "<i>Harbour Charts</i></a> by Kan Mori, 1721.</div></article>");
        assertNull(caption.byline(), "a work's credit is no byline");
    }
}
