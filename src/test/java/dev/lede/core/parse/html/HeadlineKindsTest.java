package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The kinds of headline choice generation 13 adds, one hand-written page each: the printed h1 inside layout
 * classes that only mention a sidebar or the post's tags, the title the page's statements agree on against a
 * JSON-LD headline standing alone, the one h1 inside the article among overlays and carousels, a topic label
 * before a title's colon, and a title written in UTF-8 read twice.
 */
class HeadlineKindsTest {

    private static final String H = "Harbour board orders dredging of the inner basin";
    private static final String STORY = PageFieldsTest.STORY;

    private static Article page(String head, String body) {
        return PageFieldsTest.page(head, body);
    }

    @Test
    void anH1InsideALayoutThatOnlyMentionsASidebarIsPrinted() {
        // Readability keeps a block whose class also says it holds the content; WordPress's taxonomy classes and a
        // theme's has- states describe the post, not the block.
        String[] wrappers = {
            "<div class=\"content-sidebar-wrap\">",
            "<div class=\"ArticleBody_withSidebar\">",
            "<div class=\"post tag-recommended category-popular-reads\">",
            "<div class=\"post has-comments\">"
        };
        for (String wrapper : wrappers) {
            Article a = page(
                    "<title>Dredging the basin | Wexmoor Courier</title>",
                    wrapper + "<h1>" + H + "</h1>" + STORY + "</div>");
            assertEquals(H, a.headline(), wrapper);
        }
        Article sidebar = page(
                "<title>Dredging the basin | Wexmoor Courier</title>",
                "<div class=\"sidebar-widget\"><h1>Most read this week on the quays</h1></div><article>" + STORY
                        + "</article>");
        assertEquals("Dredging the basin", sidebar.headline(), "a sidebar's h1 is still not the headline");
    }

    @Test
    void theTitleThePagesStatementsAgreeOnBeatsAJsonLdHeadlineAlone() {
        String description = "Read about the dredging plans the harbour board approved this week for the basin.";
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + description
                + "\"}</script>"
                + "<meta property=\"og:title\" content=\"" + H + "\">"
                + "<meta name=\"twitter:title\" content=\"" + H + "\">"
                + "<title>" + H + " | Wexmoor Courier</title>";
        assertEquals(H, page(head, "<article>" + STORY + "</article>").headline(), "no h1: the agreed title");
        assertEquals(
                H,
                page(head, "<article><h1>" + H + "</h1>" + STORY + "</article>").headline(),
                "the h1 agrees with the agreed title");
        // One element naming both properties is one statement: JSON-LD's headline keeps its trust.
        String one = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + H
                + "\"}</script>"
                + "<meta property=\"og:title twitter:title\" content=\"Basin to be dredged before spring\">"
                + "<title>Dredging news</title>";
        assertEquals(H, page(one, "<article>" + STORY + "</article>").headline());
    }

    @Test
    void theOneH1InsideTheArticleAmongOverlaysAndCarousels() {
        Article a = page(
                "<title>Basin dredging ordered after groundings | Wexmoor Courier</title>",
                "<article><header><h1>" + H + " after groundings</h1></header>" + STORY + "</article>"
                        + "<div class=\"subscribe-overlay\"><h1>Subscribe to the Wexmoor Courier today</h1></div>"
                        + "<div class=\"carousel\"><h1>Ferry pier reopens to fishing crews</h1></div>");
        assertEquals(H + " after groundings", a.headline());
    }

    @Test
    void aShortH1ThatIsOnlyTheTopicBeforeTheTitlesColonIsALabel() {
        Article a = page(
                "<title>Dredging: What the Basin Closure Means | Wexmoor Courier</title>",
                "<div class=\"hero\"><h1>Dredging</h1></div><article>" + STORY + "</article>");
        assertEquals("Dredging: What the Basin Closure Means", a.headline());
        Article whole = page(
                "<title>Dredging | Wexmoor Courier</title>",
                "<div class=\"hero\"><h1>Dredging</h1></div><article>" + STORY + "</article>");
        assertEquals("Dredging", whole.headline(), "an h1 that is the title without its site part is the headline");
    }

    @Test
    void aTitleInUtf8ReadTwiceIsReadBack() {
        String twice = new String(
                "Harbour board’s dredging order".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        Article a = page("<title>" + twice + "</title>", "<article><h1>" + twice + "</h1>" + STORY + "</article>");
        assertEquals("Harbour board’s dredging order", a.headline());
        assertEquals("Café owners welcome the dredging", DoubleEncoding.undone("Café owners welcome the dredging"));
        assertEquals("Ã© costs ½ more", DoubleEncoding.undone("Ã© costs ½ more"), "not valid UTF-8: kept");
    }

    @Test
    void aPageWithNoTitleIsHeadedByItsFirstTextCutAfterAWordAndMarked() {
        String first = "The harbour board met on Monday evening in the old customs house to hear from the dredging "
                + "contractors, the ferry operators, the lifeboat crew and the anglers who use the inner basin "
                + "every weekend of the year";
        Article a = page("", "<article><p>" + first + "</p>" + STORY + "</article>");
        assertEquals(first.substring(0, first.lastIndexOf(' ', 160)) + "…", a.headline());

        String emoji = "Ferries " + "🚢".repeat(100);
        Article ships = page("", "<article><p>" + emoji + "</p>" + STORY + "</article>");
        assertEquals("Ferries " + "🚢".repeat(76) + "…", ships.headline(), "no half of a ship is kept");
    }

    @Test
    void aShortH1AgreesWithATitleOnlyAsAWholePartOrItsOpeningWords() {
        String title = "Harbour board orders dredging as Calder ferries wait for the tide";
        Article inside = page(
                "<title>" + title
                        + " · Wexmoor Courier</title><meta property=\"og:site_name\" content=\"Wexmoor Courier\">",
                "<article><h1>Calder</h1>" + STORY + "</article>");
        assertEquals(title, inside.headline(), "a word found inside the title is not the same headline");
        Article part = page(
                "<title>Book reviews – The Wexmoor Writing Room</title>",
                "<article><h1>Book reviews</h1>" + STORY + "</article>");
        assertEquals("Book reviews", part.headline(), "a part the title sets off by a separator");
        Article subject = page(
                "<title>DREDGING Definition &amp; Meaning - Wexmoor Dictionary</title>",
                "<article><h1>dredging</h1>" + STORY + "</article>");
        assertEquals("dredging", subject.headline(), "the subject a title for search opens with");
        Article unspaced =
                page("<title>港口委员会下令疏浚内港_新闻_威克斯摩尔</title>", "<article><h1>港口委员会下令疏浚内港</h1>" + STORY + "</article>");
        assertEquals("港口委员会下令疏浚内港", unspaced.headline(), "each character of an unspaced script is a word");
    }

    @Test
    void aPageSavedWithoutItsAddressTakesAnH1LinkingToABareHostAsTheLogo() {
        String html = "<html><head><title>wexmoor.example Dredging the inner basin at last</title></head><body>"
                + "<h1><a href=\"https://wexmoor.example/\">wexmoor.example</a></h1><article>" + STORY
                + "</article></body></html>";
        Article saved = new HtmlArticleParser()
                .parse(new dev.lede.core.parse.Input(
                        new dev.lede.core.article.Source("saved/dredging.html", 0),
                        html.getBytes(StandardCharsets.UTF_8),
                        null))
                .articles()
                .get(0);
        assertEquals("wexmoor.example Dredging the inner basin at last", saved.headline(), "not the site's name alone");
        assertEquals(
                "wexmoor.example",
                Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null)
                        .articles()
                        .get(0)
                        .headline(),
                "a page at another address links to that site's home: a heading like any other");
    }
}
