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

    /** The page of {@link #SITE} whose article has {@code markup} between its headline and its story. */
    private static Article underHeadline(String markup) {
        return page(SITE, "<article><h1>Harbour board orders dredging</h1>" + markup + STORY + "</article>");
    }

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
        Article a = underHeadline("<img src=\"lee.jpg\" alt=\"Headshot of Ann Lee, a port reporter, by the quay\">"
                + "<a href=\"/people/ann-lee\">Ann Lee</a>");
        assertEquals("Ann Lee", a.byline());
        Article named = page(
                SITE,
                "<article><h1>Harbour board orders dredging</h1>" + STORY
                        + "<img src=\"lee.jpg\" alt=\"Ann Lee headshot\"></article>");
        assertEquals("Ann Lee", named.byline());
    }

    @Test
    void aPictureOfAThingIsNoAuthor() {
        Article a = underHeadline("<img src=\"quay.jpg\" alt=\"the north quay at low tide\">");
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

    @Test
    void aBylineWhoseDateAndCountRunIntoTheNameIsReadByItsAuthorLinks() {
        // The theme sets the name, the date and a comment count apart by styling alone: their texts abut.
        Article a = underHeadline("<p class=\"byline\"><span>by</span> "
                + "<a href=\"/author/alee/\">Ann Lee</a><span class=\"stamp\">4 Mar 2025</span>"
                + "<a href=\"#comments\">38</a></p>");
        assertEquals("Ann Lee", a.byline());
        Article two = underHeadline("<div class=\"byline\">By "
                + "<a href=\"/author/alee/\">Ann Lee</a> and <a href=\"/author/bpark/\">Bo Park</a>"
                + "<span>4 Mar 2025</span><span>12</span></div>");
        assertEquals("Ann Lee, Bo Park", two.byline());
        Article listed = underHeadline("<div class=\"author-list\"><ul>"
                + "<li><a href=\"/authors/ann-lee/\">Ann Lee</a></li><li><a href=\"/authors/bo-park/\">Bo Park</a></li>"
                + "</ul></div>");
        assertEquals("Ann Lee, Bo Park", listed.byline());
    }

    @Test
    void whatFollowsTheNameInABylineLineIsLeftOut() {
        String[][] cases = {
            // The date's weekday, and a date whose month is capitalised as a name is.
            {"<p class=\"byline\">Posted by Ann Lee on Friday December 12, 2025</p>", "Ann Lee"},
            {"<p>by: Ann Lee, Dec 17, 2025</p>", "Ann Lee"},
            // A label whose colon has no space after it.
            {"<p class=\"byline\">Authors:Ann Lee, Bo Park</p>", "Ann Lee, Bo Park"},
            // Who reviewed or edited it, where it was filed.
            {"<p class=\"byline\">Ann Lee, RN. Medically reviewed by Bo Park, MD</p>", "Ann Lee, RN"},
            {"<p class=\"byline\">By Ann Lee, edited by Bo Park</p>", "Ann Lee"},
            {"<p class=\"byline\">By Ann Lee in Kyiv</p>", "Ann Lee"},
            // A quotation mark that closes nothing.
            {"<p class=\"byline\">Ann Lee\"</p>", "Ann Lee"},
        };
        for (String[] c : cases) {
            Article a = underHeadline(c[0]);
            assertEquals(c[1], a.byline(), c[0]);
        }
        // A name that holds "in", a weekday or quotation marks of its own keeps them.
        Article inName = underHeadline("<p class=\"byline\">By the Human in the Loop team</p>");
        assertEquals("the Human in the Loop team", inName.byline());
        Article quoted = underHeadline("<p class=\"byline\">By Ann \"Scoop\" Lee</p>");
        assertEquals("Ann \"Scoop\" Lee", quoted.byline());
    }

    @Test
    void severalAuthorsFromTheMetadataAreJoinedAsThePagePrintsThem() {
        String list = "<meta name=\"author\" content=\"Ann Lee, Bo Park\">";
        Article printed = page(
                SITE + list,
                "<article><h1>Harbour board orders dredging</h1><p class=\"byline\">By <a href=\"/author/ann-lee/\">"
                        + "Ann Lee</a> and <a href=\"/author/bo-park/\">Bo Park</a></p>" + STORY + "</article>");
        assertEquals("Ann Lee and Bo Park", printed.byline());
        // The page prints other people, or only one of them: the metadata's list stands.
        Article other = page(
                SITE + list,
                "<article><h1>Harbour board orders dredging</h1><p class=\"byline\">By Ann Lee and Cy Ng</p>" + STORY
                        + "</article>");
        assertEquals("Ann Lee, Bo Park", other.byline());
    }

    @Test
    void namesJoinedByAnotherLanguagesAndAreAllKept() {
        for (String[] line : new String[][] {
            {"Por Ana Gil, Luis Mora y Eva Sanz", "Ana Gil, Luis Mora y Eva Sanz"},
            {"Von Anna Berg und Jonas Weiss", "Anna Berg und Jonas Weiss"},
            {"Par Marie Roux et Paul Blanc", "Marie Roux et Paul Blanc"},
            {"Di Marco Rossi e Luca Bianchi", "Marco Rossi e Luca Bianchi"}
        }) {
            Article marked = underHeadline("<p class=\"byline\">" + line[0] + "</p>");
            assertEquals(line[1], marked.byline(), line[0]);
            String[] words = line[0].split(" ", 2);
            if (words[0].equals("Di")) {
                continue; // Italian "di" is "of" too: only a marked byline is read after it.
            }
            // Unmarked, the word for "by" starts the line; each name in a span of its own, as news templates print.
            String spans = words[1].replaceAll("(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)", "<span itemprop=\"name\">$1</span>");
            Article unmarked = underHeadline("<p><span>" + words[0] + " " + spans + "</span></p>");
            assertEquals(line[1], unmarked.byline(), spans);
        }
        // Spanish and French "en" is "in": the place after the name is not a second author.
        Article placed = underHeadline("<p class=\"byline\">Por Ana Gil en Madrid</p>");
        assertEquals("Ana Gil", placed.byline());
    }
}
