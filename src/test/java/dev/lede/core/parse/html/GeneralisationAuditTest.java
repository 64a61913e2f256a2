package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A generalisation audit of headline, date and byline (issue 14): pages written here in shapes wcxb-dev has few or
 * none of, each of which failed before the rule it tests.
 */
class GeneralisationAuditTest {

    private static final String H = "Harbour board orders dredging of the inner basin";

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    private static String underHeadline(String line) {
        return "<article><h1>" + H + "</h1>" + line + PageFieldsTest.STORY + "</article>";
    }

    private static String meta(String name, String content) {
        return "<meta name=\"" + name + "\" content=\"" + content + "\">";
    }

    @Test
    void anAuthorInBracketsAfterTheirAddressIsTheirName() {
        assertEquals(
                "Ines Harrow",
                page(meta("author", "ines@wexmoor.example (Ines Harrow)"), underHeadline(""))
                        .byline());
    }

    @Test
    void anEmojisSelectorAndJoinerGoWithTheGlyph() {
        for (String glyph : new String[] {"✍️", "👩‍💻", "✍🏽"}) {
            Article a = page("", underHeadline("<p class=\"author\">" + glyph + " Ines Harrow</p>"));
            assertEquals("Ines Harrow", a.byline(), glyph);
        }
    }

    @Test
    void aWireServicesReportingCredit() {
        for (String line : new String[] {"Reporting by Ines Harrow", "Additional reporting by Ines Harrow"}) {
            assertEquals(
                    "Ines Harrow",
                    page("", underHeadline("<p class=\"byline\">" + line + "</p>"))
                            .byline(),
                    line);
        }
    }

    @Test
    void theDatesLabelAfterTheNameEndsTheByline() {
        for (String label : new String[] {"Updated", "Published", "Last updated"}) {
            Article a = page(
                    "",
                    underHeadline(
                            "<div class=\"byline\">By Ines Harrow " + label + " 3:00 PM EDT, June 2, 2025</div>"));
            assertEquals("Ines Harrow", a.byline(), label);
        }
    }

    private static String day(Article a) {
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    @Test
    void theUpdatedDateFirstAndThePublishedOneAfterItOnOneLine() {
        String[] lines = {
            "Updated June 4, 2025 | Published June 2, 2025",
            "Mis à jour le 4 juin 2025 — Publié le 2 juin 2025",
            "Actualizado: 4 jun 2025 · Publicado: 2 jun 2025",
            "Atualizado em 4 de junho de 2025 · Publicado em 2 de junho de 2025",
            "Gewijzigd op 4 juni 2025 · Gepubliceerd op 2 juni 2025",
        };
        for (String line : lines) {
            assertEquals("2025-06-02", day(page("", underHeadline("<p class=\"meta\">" + line + "</p>"))), line);
        }
        assertEquals(
                "2025-06-04",
                day(page("", underHeadline("<p class=\"meta\">Atualizado em 4 de junho de 2025</p>"))),
                "an updated date alone still dates the page");
    }

    @Test
    void monthAbbreviationsFromTheJdksLocaleData() {
        assertEquals(
                LocalDate.of(2025, 3, 3), DateText.find("3 mrt. 2025, 14:22").date(), "Dutch");
        assertEquals(LocalDate.of(2025, 12, 3), DateText.find("3 des. 2025").date(), "Norwegian");
        assertEquals(LocalDate.of(2025, 10, 3), DateText.find("3 paź 2025").date(), "Polish");
        assertEquals(
                LocalDate.of(2025, 3, 3), DateText.find("3. Mär. 2025").date(), "German, as the JDK once wrote it");
    }

    @Test
    void metaNamesAreReadWhateverTheirSeparators() {
        for (String name :
                new String[] {"publication-date", "Publication_Date", "DC.date.created", "og:article:published_time"}) {
            assertEquals("2025-06-02", day(page(meta(name, "2025-06-02T10:00:00Z"), underHeadline(""))), name);
        }
    }

    @Test
    void microdatasContentAttributeDatesThePage() {
        Article a = page("", underHeadline("<span itemprop=\"datePublished\" content=\"2025-06-02\">Monday</span>"));
        assertEquals("2025-06-02", day(a));
    }

    @Test
    void jsonLdsCreatorAndDateCreatedWhenNoAuthorOrDatePublished() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"creator\":\"Ines Harrow\","
                        + "\"dateCreated\":\"2025-06-02T10:00:00Z\"}</script>",
                underHeadline(""));
        assertEquals("Ines Harrow", a.byline());
        assertEquals("2025-06-02", day(a));
    }

    @Test
    void anH1ThatLinksToTheHomePageIsTheSitesLogoAndNamesIt() {
        String logo = "<header><h1 class=\"site-title\"><a href=\"/\">Wexmoor Courier</a></h1></header>";
        Article beside = page(
                "<title>" + H + " – Wexmoor Courier</title>",
                logo + "<article><h1 class=\"entry-title\">" + H + "</h1>" + PageFieldsTest.STORY + "</article>");
        assertEquals(H, beside.headline());
        Article alone = page(
                "<title>" + H + " – Wexmoor Courier</title>",
                logo + "<article><h2 class=\"entry-title\">" + H + "</h2>" + PageFieldsTest.STORY + "</article>");
        assertEquals(H, alone.headline(), "the logo names the site, so the title loses it");
        Article linked = page(
                "<title>" + H + "</title>",
                "<article><h1><a href=\"/news/harbour-dredging\">" + H + "</a></h1>" + PageFieldsTest.STORY
                        + "</article>");
        assertEquals(H, linked.headline(), "a headline linking to its own story is no logo");
    }

    @Test
    void aJsonLdWebSitesNameIsTheSites() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Wexmoor Courier\"},"
                        + "{\"@type\":\"WebPage\",\"name\":\"" + H + " — Wexmoor Courier\"}]}</script>"
                        + "<title>" + H + " — Wexmoor Courier</title>",
                "<article>" + PageFieldsTest.STORY + "</article>");
        assertEquals(H, a.headline());
    }

    @Test
    void aNamesParticlesAreReadWhole() {
        for (String name : new String[] {"Ines van der Berg", "Ines de la Cruz", "Ines von den Busch"}) {
            assertEquals(name, page("", underHeadline("<p>By " + name + "</p>")).byline(), name);
        }
    }

    @Test
    void theMicroformatsPublishedDate() {
        Article hAtom =
                page("", underHeadline("<abbr class=\"published\" title=\"2025-06-02T10:00:00+02:00\">June 2</abbr>"));
        assertEquals("2025-06-02", day(hAtom));
        Article mf2 = page("", underHeadline("<data class=\"dt-published\" value=\"2025-06-02\">yesterday</data>"));
        assertEquals("2025-06-02", day(mf2));
    }

    @Test
    void aBreadcrumbsSingleAngleQuoteSeparatesTheSite() {
        Article a = page(
                "<title>Wexmoor Courier › News › " + H + "</title>"
                        + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article>" + PageFieldsTest.STORY + "</article>");
        assertEquals(H, a.headline());
    }

    @Test
    void aWritersNameInAListOfRelatedStoriesIsNoByline() {
        Article a = page(
                "",
                underHeadline("") + "<section class=\"related-posts\"><div class=\"card\"><h3><a href=\"/x\">Tide"
                        + " tables</a></h3><span class=\"byline\">By Pat Quill</span></div></section>");
        assertEquals(null, a.byline());
        Article banner = page(
                "",
                "<div class=\"hero-banner\"><h1>" + H + "</h1><span class=\"byline\">By Ines Harrow</span></div>"
                        + "<article>" + PageFieldsTest.STORY + "</article>");
        assertEquals("Ines Harrow", banner.byline(), "a banner's byline by the headline still counts");
    }

    @Test
    void labelsThatNameTheWriterBeforeAColon() {
        String[][] cases = {
            {"Text: Ines Harrow", "Ines Harrow"},
            {"Texto: Ines Harrow", "Ines Harrow"},
            {"Tekst: Ines Harrow", "Ines Harrow"},
            {"作者：王小明", "王小明"},
        };
        for (String[] c : cases) {
            assertEquals(
                    c[1],
                    page("", underHeadline("<p class=\"author\">" + c[0] + "</p>"))
                            .byline(),
                    c[0]);
            assertEquals(c[1], page("", underHeadline("<p>" + c[0] + "</p>")).byline(), "unmarked: " + c[0]);
        }
    }

    private static Article inLanguage(String lang, String dateLine) {
        String html = "<html lang=\"" + lang + "\"><head></head><body>"
                + underHeadline("<p class=\"meta\">" + dateLine + "</p>") + "</body></html>";
        return Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
    }

    @Test
    void aSlashedDateReadsTheWayThePagesLanguageWritesIt() {
        assertEquals("2025-06-02", day(inLanguage("fr", "Publié le 02/06/2025")), "French: the day first");
        assertEquals("2025-06-02", day(inLanguage("en-GB", "Posted 02/06/2025")), "British English: the day first");
        assertEquals("2025-02-06", day(inLanguage("en-US", "Posted 02/06/2025")), "American English: the month first");
        assertEquals("2025-02-06", day(inLanguage("en", "Posted 02/06/2025")), "English as CLDR writes it");
        assertEquals("2025-06-13", day(inLanguage("en-GB", "Posted 06/13/2025")), "only one reading can be");
    }

    @Test
    void theSitesNameAfterSeveralAuthorsGoes() {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                underHeadline("<p class=\"byline\">By Ines Harrow and Bo Park, Wexmoor Courier</p>"));
        assertEquals("Ines Harrow and Bo Park", a.byline());
    }

    // Issue 14's follow-up: shapes the audit left failing.

    private static String atUrl(String url) {
        return "<meta property=\"og:url\" content=\"" + url + "\">";
    }

    @Test
    void aCompactDateInTheUrlsPath() {
        String[] urls = {
            "https://wexmoor.example/news/20250602/harbour-dredging",
            "https://wexmoor.example/2025/0602/harbour-dredging.html",
            "https://wexmoor.example/local/20250602-harbour-dredging",
        };
        for (String url : urls) {
            assertEquals("2025-06-02", day(page(atUrl(url), underHeadline(""))), url);
        }
    }

    @Test
    void anIdInTheUrlIsNoDate() {
        String[] urls = {
            "https://wexmoor.example/story/202506021234/harbour-dredging",
            "https://wexmoor.example/story/20251399/harbour-dredging",
            "https://wexmoor.example/a/120250602/harbour-dredging",
            "https://wexmoor.example/2025/1399/harbour-dredging",
        };
        for (String url : urls) {
            assertEquals(null, day(page(atUrl(url), underHeadline(""))), url);
        }
    }

    private static String parselyPage(String json) {
        return "<meta name=\"parsely-page\" content='" + json + "'>";
    }

    @Test
    void parselysOlderPageJsonGivesDateAuthorAndTitle() {
        Article a = page(
                parselyPage("{\"title\": \"" + H + "\", \"pub_date\": \"2025-06-02T09:30:00Z\","
                        + " \"author\": \"Ines Harrow\", \"section\": \"Local\"}"),
                "<article>" + PageFieldsTest.STORY + "</article>");
        assertEquals("2025-06-02", day(a));
        assertEquals("Ines Harrow", a.byline());
        assertEquals(H, a.headline());
    }

    @Test
    void parselysPageJsonWithAListOfAuthors() {
        Article a = page(
                parselyPage("{\"authors\": [\"Ines Harrow\", \"Bo Park\"], \"pub_date\": \"2025-06-02\"}"),
                underHeadline(""));
        assertEquals("2025-06-02", day(a));
        assertEquals("Ines Harrow, Bo Park", a.byline());
    }

    @Test
    void aBrokenParselyPageIsIgnored() {
        Article a = page(parselyPage("{\"pub_date\": \"2025-06-02\", \"author\": "), underHeadline(""));
        assertEquals(null, a.byline());
        assertEquals(H, a.headline());
    }

    @Test
    void aTildeSeparatesTheSitesName() {
        for (String title : new String[] {H + " ~ Wexmoor Courier", "Wexmoor Courier ~ " + H}) {
            Article a = page(
                    "<title>" + title + "</title><meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                    "<article>" + PageFieldsTest.STORY + "</article>");
            assertEquals(H, a.headline(), title);
        }
    }

    @Test
    void aTwoDigitYearWhenNothingElseDatesThePage() {
        String[][] cases = {
            {"en-US", "Posted 12/03/25", "2025-12-03"},
            {"en-GB", "Posted 12/03/25", "2025-03-12"},
            {"en", "Posted 3 Dec 25", "2025-12-03"},
            {"en", "Posted Dec. 3, '25", "2025-12-03"},
            {"de", "Veröffentlicht 3.12.25", "2025-12-03"},
            {"en", "Posted 24-11-98", "1998-11-24"},
        };
        for (String[] c : cases) {
            assertEquals(c[2], day(inLanguage(c[0], c[1])), c[0] + ": " + c[1]);
        }
    }

    @Test
    void aTwoDigitYearThatCannotBeAPublicationYearIsNone() {
        for (String line : new String[] {"Posted 3 Dec 85", "Posted 12/03/75", "Version 1.12.25.4", "Posted 3.12.2"}) {
            assertEquals(null, day(inLanguage("en", line)), line);
        }
    }

    @Test
    void aTwoDigitYearGivesWayToTheMetadatasDate() {
        Article a = page(
                meta("parsely-pub-date", "2024-05-06T10:00:00Z"),
                underHeadline("<p class=\"meta\">Posted 12/03/25</p>"));
        assertEquals("2024-05-06", day(a));
    }

    @Test
    void anUnclassedLinkToTheAuthorsPageByTheHeadlineIsTheByline() {
        String[] lines = {
            "<p><a href=\"/author/ines-harrow/\">Ines Harrow</a></p>",
            "<div><a href=\"https://wexmoor.example/authors/iharrow\">Ines Harrow</a> <span>June 2, 2025</span></div>",
            "<div><img src=\"/i/ines.jpg\" alt=\"\"><a href=\"/news/author/ines-harrow\">Ines Harrow</a></div>",
        };
        for (String line : lines) {
            assertEquals("Ines Harrow", page("", underHeadline(line)).byline(), line);
        }
    }

    @Test
    void aLinkToTheAuthorsPageThatIsNoNameIsNoByline() {
        String[] lines = {
            "<p><a href=\"/author/ines-harrow/\">View all posts</a></p>",
            "<p><a href=\"/authorization/login\">Ines Harrow</a></p>",
        };
        for (String line : lines) {
            assertEquals(null, page("", underHeadline(line)).byline(), line);
        }
    }

    @Test
    void aLinkToTheAuthorsPageIsReadOnlyWhenItsTextIsNames() {
        String line = "<p><a href=\"/author/ines-harrow/\">Ines's stories</a></p>";
        assertEquals(null, page("", underHeadline(line)).byline());
    }
}
