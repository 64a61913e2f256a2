package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The generalisation audit by publishing platform (issue 14): headline, date and byline placed as WordPress, Ghost,
 * Substack, Medium, Blogger, Squarespace, Wix, Drupal, Hugo, Jekyll, news templates, Discourse, Next.js and AMP pages
 * place them, in our own invented text; each case failed before the rule it tests (docs/extraction.md, "generalisation audit").
 */
class PlatformAuditTest {

    private static final String H = "Harbour board orders dredging of the inner basin";
    private static final String STORY = PageFieldsTest.STORY;

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    private static Article inLanguage(String lang, String body) {
        String html = "<html lang=\"" + lang + "\"><head></head><body>" + body + "</body></html>";
        return Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
    }

    private static String day(Article a) {
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    private static String underHeadline(String line) {
        return "<article><h1>" + H + "</h1>" + line + STORY + "</article>";
    }

    // Dates shown as a time ago, the moment kept in an attribute.

    @Test
    void aTimeAgoKeepsItsMomentInAnAttribute() {
        String[] shapes = {
            // AMP's amp-timeago and GitHub's relative-time: a datetime attribute on an element that is no <time>.
            "<amp-timeago width=\"160\" height=\"20\" layout=\"fixed\" datetime=\"2025-06-02T09:00:00Z\">3 hours"
                    + " ago</amp-timeago>",
            "<relative-time datetime=\"2025-06-02T09:00:00Z\">3 hours ago</relative-time>",
            // The timeago plug-in's title.
            "<abbr class=\"timeago\" title=\"2025-06-02T09:00:00Z\">3 hours ago</abbr>",
            // Wix's time-ago, its title written for people.
            "<span data-hook=\"time-ago\" title=\"Jun 2, 2025\">3 hours ago</span>",
            // Unix seconds, and Discourse's milliseconds with its tiny "3h".
            "<span class=\"date\" data-timestamp=\"1748854800\">3 hours ago</span>",
            "<span class=\"relative-date\" data-time=\"1748854800000\">3h</span>",
            "<span class=\"post-date\" data-date=\"2025-06-02T09:00:00Z\">yesterday</span>",
        };
        for (String shape : shapes) {
            Article a = page("", underHeadline("<p class=\"byline\">By Ines Harrow</p>" + shape));
            assertEquals("2025-06-02", day(a), shape);
        }
    }

    @Test
    void aTimeAgoWithoutAMomentOrAMomentWithoutATimeAgoIsNoDate() {
        String[] shapes = {
            "<span class=\"timeago\">3 hours ago</span>",
            "<span data-id=\"1748854800\">3 hours ago</span>",
            "<span class=\"note\" title=\"2025-06-02T09:00:00Z\">Harbour notice</span>",
        };
        for (String shape : shapes) {
            assertEquals(null, day(page("", underHeadline(shape))), shape);
        }
    }

    // Two-digit years written year first, as Korean, Japanese, Chinese and Swedish pages write them.

    @Test
    void aTwoDigitYearFirstWhereThePagesLanguageWritesTheYearFirst() {
        String[][] cases = {
            {"ko", "입력 25.06.02 09:00"},
            {"ko-KR", "25. 6. 2. 오전 9:00"},
            {"ja", "投稿日 25/06/02"},
            {"zh-CN", "发布于 25/6/2"},
            {"sv", "Publicerad 25-06-02"},
        };
        for (String[] c : cases) {
            Article a = inLanguage(c[0], underHeadline("<p class=\"meta\">" + c[1] + "</p>"));
            assertEquals("2025-06-02", day(a), c[0] + ": " + c[1]);
        }
        Article english = inLanguage("en-US", underHeadline("<p class=\"meta\">Posted 06/02/25</p>"));
        assertEquals("2025-06-02", day(english), "American English still reads the month first");
    }

    // Bylines.

    @Test
    void drupalsSubmittedByLine() {
        Article a = page(
                "",
                underHeadline("<div class=\"submitted\"><span property=\"dc:date dc:created\" rel=\"sioc:has_creator\">"
                        + "Submitted by <a href=\"/users/ines-harrow\" class=\"username\">Ines Harrow</a> on Mon,"
                        + " 06/02/2025 - 09:00</span></div>"));
        assertEquals("Ines Harrow", a.byline());
    }

    @Test
    void drupalsUsernameInLowerCaseIsTheByline() {
        // Drupal 10's Olivero theme prints the account's name when the site set no display name.
        String[] lines = {
            "<div class=\"node__meta\"><span>By <span class=\"field field--name-uid\"><a title=\"View user profile.\""
                    + " href=\"/user/7\" class=\"username\">ines.harrow</a></span></span>, <span class=\"field"
                    + " field--name-created\"><time datetime=\"2025-06-02T09:00:00+01:00\">Mon, 06/02/2025 - 09:00</time>"
                    + "</span></div>",
            "<div class=\"submitted\">Submitted by <a href=\"/users/ines_harrow\" class=\"username\">ines_harrow</a>"
                    + " on Mon, 06/02/2025 - 09:00</div>",
        };
        for (String line : lines) {
            assertEquals(
                    line.contains("ines_") ? "ines_harrow" : "ines.harrow",
                    page("", underHeadline(line)).byline(),
                    line);
        }
        // A login name in a sentence's link, or a link of one common word, is no byline.
        Article prose = page(
                "",
                underHeadline("<p>The plan was filed by <a href=\"/user/9\">harbourteam</a> after the"
                        + " vote on Tuesday, the board said in a statement read to the meeting.</p>"));
        assertEquals(null, prose.byline());
    }

    @Test
    void aLinkToAProfileUnderAnAtIsTheAuthorsPage() {
        String[] lines = {
            // Substack's byline: the writer's profile on the platform.
            "<div class=\"pencraft\"><span class=\"profile-hover-card-target\"><a href=\"https://substack.com/@ineswrites\">"
                    + "Ines Harrow</a></span></div><div class=\"pencraft meta\">Jun 02, 2025</div>",
            // Medium's, with its tracking query and a Follow link beside it.
            "<div><a href=\"/@ineswrites?source=post_page---byline\">Ines Harrow</a> <span>·</span>"
                    + " <a href=\"/x\">Follow</a></div>",
        };
        for (String line : lines) {
            assertEquals("Ines Harrow", page("", underHeadline(line)).byline(), line);
        }
    }

    @Test
    void aLinkToAWritersPageUnderTheWordsNewsSystemsUse() {
        for (String word : new String[] {"people", "staff", "writer", "writers", "contributors", "profile", "u"}) {
            String withDate = "<div class=\"meta-row\"><a href=\"/" + word + "/ines-harrow\">Ines Harrow</a>"
                    + " <span>June 2, 2025</span></div>";
            assertEquals("Ines Harrow", page("", underHeadline(withDate)).byline(), word);
            String withPortrait = "<div class=\"meta-row\"><img src=\"/i.jpg\" alt=\"\"><a"
                    + " href=\"https://wexmoor.example/" + word + "/ines-harrow/\">Ines Harrow</a></div>";
            assertEquals("Ines Harrow", page("", underHeadline(withPortrait)).byline(), word);
        }
    }

    @Test
    void aPartAfterThePersonsInTheWritersPagePath() {
        // Wix's blog: the writer's profile at /profile/NAME/profile.
        String line =
                "<div><span data-hook=\"user-name\"><a href=\"https://wexmoor.example/profile/ineswrites/profile\">"
                        + "Ines Harrow</a></span></div>";
        assertEquals("Ines Harrow", page("", underHeadline(line)).byline());
    }

    @Test
    void aLinkToAPersonsPageInsideASentenceIsNoByline() {
        String sentence = "<p>The motion was tabled by <a href=\"/people/ines-harrow\">Ines Harrow</a>, who chairs the"
                + " board's finance committee and has pressed for dredging since the winter floods.</p>";
        assertEquals(null, page("", underHeadline(sentence)).byline());
    }

    @Test
    void aNameBesideTheDateUnderTheHeadline() {
        String[] lines = {
            // Hugo's PaperMod.
            "<div class=\"post-meta\"><span title=\"2025-06-02 09:00:00 +0000 UTC\">June 2, 2025</span>&nbsp;·&nbsp;4"
                    + " min&nbsp;·&nbsp;Ines Harrow</div>",
            // Jekyll's minima without microdata.
            "<p class=\"post-meta\"><time class=\"dt-published\" datetime=\"2025-06-02T09:00:00+00:00\">Jun 2,"
                    + " 2025</time> • Ines Harrow</p>",
            // A Next.js page's meta row: the name and the date each in an element of its own.
            "<div class=\"Article_meta__k3\"><span>Ines Harrow</span><span>Jun 2, 2025</span></div>",
        };
        for (String line : lines) {
            assertEquals("Ines Harrow", page("", underHeadline(line)).byline(), line);
        }
    }

    @Test
    void aNameBesideTheDateOutranksTheSiteTitleMarkedAsAuthor() {
        Article a = page(
                "",
                "<header><a class=\"site-title\" rel=\"author\" href=\"/\">Tidewater Notes</a></header>"
                        + underHeadline("<p class=\"post-meta\"><time datetime=\"2025-06-02\">Jun 2, 2025</time> •"
                                + " Ines Harrow</p>"));
        assertEquals("Ines Harrow", a.byline());
    }

    @Test
    void aTitleOrTopicsBesideTheDateAreNoByline() {
        String row =
                "<table><tr><td><h3><a href=\"/p/ferry\">Winter Ferries</a></h3></td><td>January 22nd, 2019</td></tr>"
                        + "</table>";
        assertEquals(null, page("", "<article>" + row + STORY + "</article>").byline());
        String topics = "<div class=\"meta\"><ul><li><span>Harbour Works</span><span>Ferries</span></li></ul><ul><li>"
                + "<span>June 5th, 2025</span></li></ul></div>";
        assertEquals(null, page("", underHeadline(topics)).byline(), "a list of topics run together");
    }

    /**
     * A section's name beside the date reads like a name ("Harbour News") but is common words the page writes in
     * lower case too; a person's name is written capitalised wherever it stands.
     */
    @Test
    void aSectionBesideTheDateIsNoByline() {
        String story = "<p>The dredging will close the slipway that local sport clubs use for rowing.</p>";
        String section = "<div class=\"post-meta\"><span>June 2, 2025</span> · <span>Local Sport</span></div>";
        assertEquals(null, page("", underHeadline(section) + story).byline());
        String person = "<div class=\"post-meta\"><span>June 2, 2025</span> · <span>Ines Harrow</span></div>";
        assertEquals("Ines Harrow", page("", underHeadline(person) + story).byline(), "a name stays a name");
    }

    // Headlines and dates around the article.

    @Test
    void theFootersCopyrightNamesTheSiteTheTitleBeginsWith() {
        Article a = page(
                "<title>Wexmoor Courier - " + H + "</title>",
                "<div class=\"post\">" + STORY + "</div><div id=\"footer\">&copy; Wexmoor Courier 2025</div>");
        assertEquals(H, a.headline());
        Article person = page(
                "<title>Ines Harrow - " + H + "</title>",
                "<div class=\"post\">" + STORY + "</div><footer>© 2025 Ines Harrow. All rights reserved.</footer>");
        assertEquals(H, person.headline(), "a personal site's owner too");
    }

    @Test
    void aDateInAMostReadListIsThatStorys() {
        Article a = page(
                "",
                "<main><article><h1>" + H + "</h1>" + STORY + "</article><aside class=\"right-rail\"><div"
                        + " class=\"most-read\"><h2>Most Read</h2><ol><li><a href=\"/x\">Lifeboat open day draws"
                        + " crowds</a><time datetime=\"2025-05-28T10:00:00Z\">May 28, 2025</time></li></ol></div>"
                        + "</aside></main>");
        assertEquals(null, day(a));
    }

    @Test
    void textOnlyScreenReadersHearIsNoPartOfTheByline() {
        // WordPress's Twenty Twenty: an icon's label for screen readers beside "By" and the author's link.
        String meta = "<ul class=\"post-meta\"><li class=\"post-author meta-wrapper\"><span class=\"meta-icon\"><span"
                + " class=\"screen-reader-text\">Post author</span><svg></svg></span><span class=\"meta-text\">By <a"
                + " href=\"/author/iharrow/\">Ines Harrow</a></span></li></ul>";
        assertEquals("Ines Harrow", page("", underHeadline(meta)).byline());
        String bootstrap = "<div class=\"author\"><span class=\"sr-only\">Written by</span>Ines Harrow</div>";
        assertEquals("Ines Harrow", page("", underHeadline(bootstrap)).byline());
    }

    @Test
    void aLineOfSeveralTimesIsReadOneTimeAtATime() {
        // GeneratePress: the updated <time> first, the published one after it, in one "posted-on" span.
        String meta = "<div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"updated\""
                + " datetime=\"2025-06-04T16:20:00+00:00\">June 4, 2025</time><time class=\"entry-date published\""
                + " datetime=\"2025-06-02T09:00:00+00:00\">June 2, 2025</time></span></div>";
        assertEquals("2025-06-02", day(page("", underHeadline(meta))));
    }

    @Test
    void repliesAndResponsesAreComments() {
        for (String word : new String[] {"responses", "replies"}) {
            Article a = page(
                    "<meta property=\"article:published_time\" content=\"2025-06-02T09:12:40Z\">",
                    underHeadline("") + "<div class=\"" + word + "\"><div><a href=\"/@tombeck\">Tom Beck</a>"
                            + "<span>Jun 3, 2025</span><p>Good news for the fleet.</p></div></div>");
            assertEquals("2025-06-02", day(a), word);
        }
    }
}
