package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.core.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The kinds of headline, date and byline today's pages write, one hand-written page each: site names after each
 * separator, dates in the places htmldate reads them, bylines with handles, roles,
 * buttons and a footer's copyright.
 */
class FieldKindsTest {

    private static final String H = "Harbour board orders dredging of the inner basin";
    private static final String ARTICLE = "<article><h1>" + H + "</h1>" + PageFieldsTest.STORY + "</article>";

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    private static String day(Article a) {
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    @Test
    void theSitesNameIsCutAfterEverySeparator() {
        for (String sep : new String[] {"|", "-", "–", "—", ":", "»", "·", "::"}) {
            Article suffix = page(
                    "<title>" + H + " " + sep + " Wexmoor Courier</title>"
                            + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                    "<article>" + PageFieldsTest.STORY + "</article>");
            assertEquals(H, suffix.headline(), "after " + sep);
            Article prefix = page(
                    "<title>Wexmoor Courier " + sep + " " + H + "</title>"
                            + "<meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                    "<article>" + PageFieldsTest.STORY + "</article>");
            assertEquals(H, prefix.headline(), "before " + sep);
        }
    }

    @Test
    void aHostNameAsATitlePartIsTheSites() {
        for (String sep : new String[] {"-", "–", "—", "»", "·"}) {
            Article a = page(
                    "<title>" + H + " " + sep + " wexmoorcourier.com</title>",
                    "<article>" + PageFieldsTest.STORY + "</article>");
            assertEquals(H, a.headline(), "after " + sep);
        }
    }

    @Test
    void aPartAnotherTitleOfThePageLeavesOutIsTheSites() {
        for (String sep : new String[] {"-", "–", "—", "»", "·", "/"}) {
            Article a = page(
                    "<title>" + H + " " + sep + " The Quay Post</title>"
                            + "<meta property=\"og:title\" content=\"" + H + " " + sep + " The Quay Post\">"
                            + "<meta name=\"twitter:title\" content=\"" + H + "\">",
                    "<article>" + PageFieldsTest.STORY + "</article>");
            assertEquals(H, a.headline(), "after " + sep);
        }
        Article subtitle = page(
                "<title>" + H + " — what the quay closure means</title>",
                "<article>" + PageFieldsTest.STORY + "</article>");
        assertEquals(H + " — what the quay closure means", subtitle.headline(), "no other title: the part stays");
    }

    @Test
    void aPlaceholderYearGivesWayToTheNextSource() {
        assertEquals(
                "2025-06-02",
                day(page(
                        "<meta property=\"article:published_time\" content=\"2999-01-01T00:00:00Z\">"
                                + "<meta property=\"article:modified_time\" content=\"2025-06-02T09:00:00Z\">",
                        ARTICLE)));
        assertNull(day(page("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">", ARTICLE)));
    }

    @Test
    void anArticleThatIsAPagesMainEntityDatesIt() {
        Article a = page(
                "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"name\":\"Harbour\",\"mainEntity\":"
                        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-06-02T23:30:00-05:00\"}}</script>",
                ARTICLE);
        assertEquals("2025-06-02T23:30:00-05:00", a.published(), "the page's own day and offset");
    }

    @Test
    void datesInTheUrlsPathWithDashesOrAMonthsName() {
        assertEquals(
                "2025-06-02",
                day(page(
                        "<link rel=\"canonical\" href=\"https://wexmoor.example/news/2025-06-02-harbour-dredging\">",
                        ARTICLE)));
        assertEquals(
                "2025-10-03",
                day(page(
                        "<meta property=\"og:url\" content=\"https://wexmoor.example/blog/2025/october/03/harbour\">",
                        ARTICLE)));
        assertNull(
                day(page(
                        "<link rel=\"canonical\" href=\"https://wexmoor.example/2025/06/harbour-dredging/\">",
                        ARTICLE)),
                "a year and month only");
        Article shown = page(
                "<meta property=\"og:url\" content=\"https://wexmoor.example/blog/2023/october/03/harbour\">",
                "<article><h1>" + H + "</h1><p class=\"date\">03/10/2023</p>" + PageFieldsTest.STORY + "</article>");
        assertEquals("2023-10-03", day(shown), "the URL settles which way the shown date reads");
    }

    @Test
    void aMetaDateWrittenWithoutSeparators() {
        assertEquals("2025-06-02", day(page("<meta name=\"pubdate\" content=\"20250602\">", ARTICLE)));
    }

    @Test
    void polishAndScandinavianMonthNames() {
        assertEquals(
                LocalDate.of(2025, 10, 2),
                DateText.find("Opublikowano 2 października 2025").date());
        assertEquals(
                LocalDate.of(2025, 5, 2), DateText.find("Publicerad 2 maj 2025").date());
        assertEquals(
                LocalDate.of(2025, 8, 2),
                DateText.find("Publicerad 2 augusti 2025").date());
    }

    @Test
    void aBylineLosesItsRoleHandleAndTheWordBeforeItsDate() {
        String[][] cases = {
            {"By Ines Harrow, Senior Reporter", "Ines Harrow"},
            {"By Ines Harrow, Staff Writer", "Ines Harrow"},
            {"Ines Harrow – Contributing Editor", "Ines Harrow"},
            {"By Ines Harrow @ineshr", "Ines Harrow"},
            {"Posted by Ines Harrow on June 2, 2025", "Ines Harrow"},
            {"By Ines Harrow and Bo Park", "Ines Harrow and Bo Park"},
        };
        for (String[] c : cases) {
            Article a = page(
                    "",
                    "<article><h1>" + H + "</h1><p class=\"byline\">" + c[0] + "</p>" + PageFieldsTest.STORY
                            + "</article>");
            assertEquals(c[1], a.byline(), c[0]);
        }
        assertEquals("Ann Writer", BylineChoice.clean("Ann Writer"), "a role word without a separator is a name");
    }

    @Test
    void theAuthorsLinkBesideAFollowButtonOrANavigationLink() {
        Article follow = page(
                "",
                "<article><h1>" + H
                        + "</h1><div class=\"byline\"><a href=\"/a/ines\">Ines Harrow</a> <button>Follow</button>"
                        + "</div>" + PageFieldsTest.STORY + "</article>");
        assertEquals("Ines Harrow", follow.byline());
        Article more = page(
                "",
                "<article><h1>" + H + "</h1><div class=\"author\"><a href=\"/a/ines\">Ines Harrow</a>"
                        + " <a href=\"/a/ines/posts\">View More Posts</a></div>" + PageFieldsTest.STORY + "</article>");
        assertEquals("Ines Harrow", more.byline());
        Article nav = page(
                "",
                "<article><h1>" + H + "</h1><div class=\"author\"><a href=\"/login\">Sign In</a></div>"
                        + PageFieldsTest.STORY + "</article>");
        assertNull(nav.byline());
    }

    @Test
    void severalAuthorTagsAreJoined() {
        Article a = page(
                "<meta name=\"author\" content=\"Ines Harrow\"><meta name=\"author\" content=\"Bo Park\">", ARTICLE);
        assertEquals("Ines Harrow, Bo Park", a.byline());
    }

    @Test
    void aPersonalSitesFooterNamesItsAuthor() {
        Article a = page("", ARTICLE + "<footer>© 2025 Ines Harrow. All rights reserved.</footer>");
        assertEquals("Ines Harrow", a.byline());
        Article company = page("", ARTICLE + "<footer>© 2019–2025 Wexmoor Media Inc. All rights reserved.</footer>");
        assertNull(company.byline(), "a company is no author");
        Article named =
                page("<meta name=\"author\" content=\"Bo Park\">", ARTICLE + "<footer>© 2025 Ines Harrow.</footer>");
        assertEquals("Bo Park", named.byline(), "the footer only when nobody else is named");
    }

    @Test
    void aDateInTheReadersCommentsDatesNothing() {
        Article a = page(
                "",
                ARTICLE
                        + "<section id=\"comments\"><div class=\"comment\"><span class=\"comment-date\">June 5, 2025</span>"
                        + "<p>Good to hear.</p></div></section>");
        assertNull(a.published());
    }

    @Test
    void theNameBesideLinksThatLeadToTheAuthorOrMailThem() {
        String[][] cases = {
            {"By Ines Harrow <a href=\"mailto:ines@wexmoor.example\">Email Ines Harrow</a>", "Ines Harrow"},
            {"<a href=\"/a/ines\">More by Ines Harrow</a>", "Ines Harrow"},
            {"<a href=\"/a/ines\">All articles by Ines Harrow</a>", "Ines Harrow"},
            {
                "<img src=\"a.jpg\" alt=\"\"><span class=\"author-name\">Ines Harrow</span><span>Harbour Desk Lead</span>",
                "Ines Harrow"
            },
        };
        for (String[] c : cases) {
            Article a = page(
                    "",
                    "<article><h1>" + H + "</h1><div class=\"byline\">" + c[0] + "</div>" + PageFieldsTest.STORY
                            + "</article>");
            assertEquals(c[1], a.byline(), c[0]);
        }
        assertNull(BylineChoice.clean("Email"), "the link's word alone is no name");
    }

    @Test
    void aCommentersNameInADisqusThreadIsNoByline() {
        Article a = page(
                "",
                ARTICLE + "<div id=\"disqus_thread\"><div class=\"post\"><span class=\"author\">Pat Quill</span>"
                        + " said it was overdue</div></div>");
        assertNull(a.byline());
    }
}
