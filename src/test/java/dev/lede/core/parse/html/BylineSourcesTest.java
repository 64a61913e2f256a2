package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.STORY;
import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import org.junit.jupiter.api.Test;

/** Where a page names its author when no byline line does: long metadata lists and portraits. */
class BylineSourcesTest {

    private static final String SITE = "<title>Harbour board orders dredging | Harbour Post</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour Post\">";

    @Test
    void aLongListOfAuthorsInTheMetadataIsKeptNameByName() {
        Article a = page(
                SITE + "<meta name=\"author\" content=\"Ann Lee, Bo Park, Cy Ng, Dot Roe, Ed Fox, Flo Hart, Gus Tam,"
                        + " Hal Oduya\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("Ann Lee, Bo Park, Cy Ng, Dot Roe, Ed Fox, Flo Hart, Gus Tam, Hal Oduya", a.byline());
    }

    @Test
    void aPortraitsAltTextNamesTheAuthorBeforeTheSiteSignsThePage() {
        Article a = page(
                SITE,
                "<article><h1>Harbour board orders dredging</h1>"
                        + "<img src=\"lee.jpg\" alt=\"Headshot of Ann Lee, a port reporter, by the quay\">"
                        + "<a href=\"/people/ann-lee\">Ann Lee</a>" + STORY + "</article>");
        assertEquals("Ann Lee", a.byline());
        Article named = page(
                SITE,
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<img src=\"lee.jpg\" alt=\"Ann Lee headshot\"></article>");
        assertEquals("Ann Lee", named.byline());
    }

    @Test
    void aPictureOfAThingIsNoAuthor() {
        Article a = page(
                SITE,
                "<article><h1>Harbour board orders dredging</h1>"
                        + "<img src=\"quay.jpg\" alt=\"the north quay at low tide\">" + STORY + "</article>");
        assertEquals("Harbour Post", a.byline());
    }

    @Test
    void anAuthorGivenAsAReferenceToAPersonInTheGraphIsThatPersonsName() {
        String graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Article\",\"headline\":\"Harbour board orders dredging\","
                + "\"author\":[{\"@id\":\"https://post.example/#/person/7\"}]},"
                + "{\"@type\":\"Person\",\"@id\":\"https://post.example/#/person/7\",\"name\":\"Ann Lee\"}]}</script>";
        Article a = page(
                SITE + graph + "<meta name=\"author\" content=\"Harbour Post Desk\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("Ann Lee", a.byline());
    }

    @Test
    void anAccountNameInTheMetadataGivesWayToTheBylineThePagePrints() {
        for (String account : new String[] {"ann.lee", "annlee", "AnnL", "alee_2"}) {
            Article a = page(
                    SITE + "<meta name=\"author\" content=\"" + account + "\">",
                    "<article><h1>Harbour board orders dredging</h1><div class=\"author-info\"><span>Bo Park</span></div>"
                            + STORY + "</article>");
            assertEquals("Bo Park", a.byline(), account);
        }
        Article alone = page(
                SITE + "<meta name=\"author\" content=\"annlee\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "</article>");
        assertEquals("annlee", alone.byline());
    }

    @Test
    void aNameInMetadataStillWinsOverTheMarkupAndAScriptWithoutCapitalsIsNoAccountName() {
        for (String name : new String[] {"Ann Lee", "Krystyna", "肖春芳"}) {
            // The page prints the metadata's name too (a person it never prints gives way: DateBylineKindsTest).
            Article a = page(
                    SITE + "<meta name=\"author\" content=\"" + name + "\">",
                    "<article><h1>Harbour board orders dredging</h1><div class=\"author-info\"><span>Bo Park</span></div>"
                            + STORY + "<p>Additional reporting: " + name + "</p></article>");
            assertEquals(name, a.byline());
        }
    }
}
