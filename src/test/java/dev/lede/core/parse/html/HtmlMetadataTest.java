package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.core.article.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    @Test
    void jsonLdInAGraphWinsOverOpenGraphAndMetaAuthor() {
        Article a = Fixtures.article("jsonld.html");
        assertEquals("Orchard co-op doubles cider output", a.headline());
        assertEquals("Tamsin Olderby, Rufus Keel", a.byline());
        assertEquals("2025-09-14T08:30:00+02:00", a.published());
        assertEquals("Fenwold Post", a.site());
        assertEquals("https://fenwold.example/2025/09/orchard-coop", a.url());
    }

    @Test
    void openGraphGivesHeadlineSiteUrlAndDateWhenThereIsNoJsonLd() {
        Article a = Fixtures.article("og-only.html");
        assertEquals("Lighthouse keeper's logbooks go online", a.headline());
        assertEquals("Coastline Weekly", a.site());
        assertEquals("https://coastline.example/logbooks", a.url());
        assertEquals("2024-02-03", a.published());
        assertEquals("Coastline Weekly", a.byline(), "a page that names nobody is signed by its site");
    }

    @Test
    void titleLosesItsSiteNameSuffix() {
        assertEquals(
                "Night buses return to the valley route",
                Fixtures.article("title-suffix.html").headline());
    }

    @Test
    void bylineElementAndTimeInTheArticleAreRead() {
        Article a = Fixtures.article("bylines.html");
        assertEquals("Bell foundry casts its last bell", a.headline());
        assertEquals("Mara Quill", a.byline());
        assertEquals("2023-11-05T16:45:00Z", a.published());
    }

    @Test
    void relAuthorLinkGivesTheBylineAndCanonicalLinkTheUrl() {
        Article a = Fixtures.article("boilerplate.html");
        assertEquals("Ines Harrow", a.byline());
        assertEquals("https://courier.example/news/tidal-mill-reopens", a.url());
        assertEquals("Wexmoor Courier", a.site());
    }

    @Test
    void jsonLdNameIsTakenWhenHeadlineIsADescriptionUnlikeTheTitle() {
        String html = "<title>Brackwater - Open Atlas</title><script type=application/ld+json>"
                + "{\"@type\":\"Article\",\"name\":\"Brackwater\",\"headline\":\"market town in the west\"}</script>"
                + "<p>Brackwater is a market town.</p>";
        assertEquals(
                "Brackwater",
                Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                        .articles()
                        .get(0)
                        .headline());
    }

    @Test
    void dublinCoreCreatorsAreJoinedAndDotOrColonSpellingsAreTheSame() {
        String html = "<meta name=DC.Creator content='Hale, P.'><meta name='dc:creator' content='Orrin, T.'>"
                + "<title>Survey of the estuary birds</title><p>Counted at dawn.</p>";
        assertEquals(
                "Hale, P., Orrin, T.",
                Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                        .articles()
                        .get(0)
                        .byline());
    }

    @Test
    void malformedJsonLdIsIgnoredAndTheNextSourceUsed() {
        String html = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":</script>"
                + "<meta property=og:title content='Ferry strike ends'><p>Boats sail again.</p>";
        assertEquals(
                "Ferry strike ends",
                Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                        .articles()
                        .get(0)
                        .headline());
    }

    @Test
    void datesBecomeIso8601() {
        assertEquals("2025-03-10T15:00:00+01:00", IsoDates.normalise("2025-03-10T15:00:00+0100"));
        assertEquals("2025-03-10T14:00:00Z", IsoDates.normalise("2025-03-10T14:00Z"));
        assertEquals("2017-11-03T03:01:00", IsoDates.normalise("2017-11-03 03:01:00.000000"));
        assertEquals("2024-06-25", IsoDates.normalise("2024-06-25"));
        assertNull(IsoDates.normalise("last Tuesday"));
    }

    @Test
    void publicationDatesUnderTheNamesNewsSystemsGiveThemAreRead() {
        String body = "<article><h1>Harbour board orders dredging</h1>" + PageFieldsTest.STORY + "</article>";
        for (String name : new String[] {"published-date", "DC.date.issued", "dcterms.issued", "date_published"}) {
            Article a = PageFieldsTest.page(
                    "<title>Harbour board orders dredging</title><meta name=\"" + name + "\" content=\"2021-02-16\">"
                            + "<meta name=\"modified-date\" content=\"2024-07-30\">",
                    body);
            assertEquals("2021-02-16", a.published(), name);
        }
    }
}
