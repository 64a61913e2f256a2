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
}
