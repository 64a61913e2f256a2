package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.STORY;
import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocks big news templates put inside the story (issue 14's body precision), each in the shape those templates
 * write it, in our own invented text: what goes, and the lines like them that are the article's and stay.
 */
class NewsTemplateBlocksTest {

    private static final String MORE_STORY =
            "<p>Fishing crews will moor at the ferry pier while the dredger works, the board said on Tuesday"
                    + " evening, and the fees for the month will be waived for every boat on the harbour register.</p>";

    private static String body(String block) {
        Article a = page(
                "<meta name=\"author\" content=\"Ann Lee\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + block + MORE_STORY + "</article>");
        String body = a.bodyText();
        assertTrue(body.contains("harbour register"), body);
        return body;
    }

    private static String start(String block) {
        String text = Jsoup.parse(block).text();
        return text.substring(0, Math.min(18, text.length()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Controls a script wires up, written as text: captions shown and hidden, players, galleries.
                "<div class=\"credit-caption\"><b class=\"toggle-caption\"><b>toggle caption</b></b></div>",
                "<div id=\"details\"><div class=\"inline-flex\">Show Caption</div></div>",
                "<div class=\"player\"><p>Listen to this article · 5 min</p></div>",
                "<p>Listen to this story</p>",
                "<div><span>Image 1 of 5</span></div>",
                "<p>Click to enlarge</p>",
                "<p>View gallery (12 photos)</p>",
                "<p>View larger image</p>",
                "<p>Full screen</p>",
                "<p>Next article</p>",
                "<p>Save article</p>",
                "<p>Text size</p>",
                "<p>Trending now</p>",
                "<p>Reading time: 4 minutes</p>",
                "<h3>3 thoughts on “Harbour board orders dredging”</h3>",
                "<p>12 Comments</p>",
                "<p>Copy link</p>",
                "<p>Gift this article</p>",
                "<p>Print this page</p>",
                "<p>View comments</p>",
                "<div class=\"x\">Read Next</div>",
                "<p>Up next:</p>",
                // Advertising and subscription prompts.
                "<p>Story continues below advertisement</p>",
                "<p>Skip Advertisement</p>",
                "<p>Ad Feedback</p>",
                "<p>Supported by</p>",
                "<p>Comments are closed.</p>",
                "<p>Posted in <a href=\"/c/news\">News</a></p>",
                "<p>Have a tip? Send it to tips@courier.example.</p>",
                "<p>(Photo by Ann Lee/Getty Images)</p>",
                "<p>(Photo: Ann Lee for the Courier)</p>",
                "<p>Ann Lee/AP</p>",
                "<div><p>Already a subscriber? <a href=\"/login\">Log in</a></p></div>",
                "<p>Thank you for subscribing to our daily newsletter.</p>",
                "<p>By signing up, you agree to our Terms of Use and Privacy Policy. You may unsubscribe at any time,"
                        + " and we will never share your address with the harbour's other advertisers.</p>",
                "<p>By clicking Subscribe, I agree to receive the Courier's morning e-mail.</p>",
                "<p>Become a paid subscriber to read the whole story.</p>",
                "<p>Was this newsletter forwarded to you? <a href=\"/join\">Join</a> to get it every week.</p>",
                "<div><a href=\"/more\">See more</a></div>",
                // A table of contents' heading, counters, a republishing notice, a photographer's credit.
                "<h2>Table of Contents</h2>",
                "<p>In this article:</p>",
                "<p>3 MIN. READ</p>",
                "<p>(Visited 1,902 times, 364 visits today)</p>",
                "<p>Republish our articles for free, online or in print, under a Creative Commons license.</p>",
                "<p>Photographer: Ann Lee | Source: Wexmoor Courier</p>",
                "<button class=\"advertiser\">Advertiser Disclosure</button>",
                // Reaching the writer, counters, a lone related label, a filing line.
                "<p>Contact Ann Lee at ann@wexmoor.example.</p>",
                "<p>1,693 views</p>",
                "<p>Related Post</p>",
                "<p>Filed under: <a href=\"/t/harbour\">Harbour</a></p>",
                // An agency's credit, the agency first.
                "<p>Getty Images / Ann Lee</p>",
                "<p>Reuters | Ann Lee</p>",
                "<p>Ann Lee/Harbour Images via Getty Images</p>",
                // The page's own notices and pop-ups, by their class as trafilatura drops them.
                "<p class=\"disclaimer\">Accuracy and availability of these transcripts may vary; the text may be revised"
                        + " to match the audio.</p>",
                "<div class=\"ss-modal\"><p>The Courier checks every story with a board of harbour professionals who"
                        + " review it before it is published.</p><p>Suggest a change to this story.</p></div>",
            })
    void aTemplatesBlockGoes(String block) {
        String body = body(block);
        assertFalse(body.contains(start(block)), body);
    }

    @Test
    void aCoAuthorsBlurbGoesAsTheFirstAuthorsDoes() {
        String blurbs = "<p>Bo Park is a data reporter at the Courier who writes about shipping.</p>"
                + "<p>Cy Lund is a harbour pilot who has guided ships past the silt bar for twenty years.</p>";
        Article a = page(
                "<meta name=\"author\" content=\"Ann Lee, Bo Park\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + blurbs + MORE_STORY + "</article>");
        assertFalse(a.bodyText().contains("Bo Park is a data reporter"), a.bodyText());
        assertTrue(
                a.bodyText().contains("Cy Lund is a harbour pilot"),
                "a person the byline does not name: " + a.bodyText());
        Article role = page(
                "<meta name=\"author\" content=\"Ann Lee, Privacy and Security Expert\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "<p><strong>Privacy Tip:</strong> Turn on"
                        + " two-factor sign-in for the harbour portal before the work starts.</p>" + MORE_STORY
                        + "</article>");
        assertTrue(
                role.bodyText().contains("Privacy Tip:"),
                "a role the byline joins is no co-author: " + role.bodyText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A correction or an editor's note is the article's, as is a contributor's line.
                "<p>Correction: An earlier version of this story misstated the length of the quay closure.</p>",
                "<p>Editor's note: This story has been updated to add the board's vote.</p>",
                "<p>Associated Press writer Ann Lee contributed to this report.</p>",
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The dredger Maren at the north quay. (Ann Lee/Wexmoor"
                        + " Courier)</figcaption></figure>",
                // A label's words inside a sentence, or starting a longer line.
                "<p>Now it is time to <a href=\"/guide\">print</a> and post the notices.</p>",
                "<p>Read next week's column on the quay.</p>",
                "<p>Listen to the harbour master explain the plan.</p>",
                "<p>Getty Images sold the photographs to the board.</p>",
                "<p>In this article the board sets out its plan for the quay.</p>",
                "<p>Zoom in on the quay map to see which berths will close.</p>",
                "<p>3 replies to the consultation came from fishing crews.</p>",
                "<p>Supported by the harbour fund, the dredging will start in March.</p>",
                "<p>Posted in March, the notice named every berth the work would close.</p>",
                "<p>By signing up for the dredging register, crews can moor at the ferry pier without fees.</p>",
            })
    void theArticlesOwnLineStays(String block) {
        String body = body(block);
        assertTrue(body.contains(HtmlText.line(Jsoup.parse(block).text())), body);
    }

    @Test
    void aControlInsideACaptionGoesAndTheCaptionStays() {
        // A template's caption with its credit and its "hide caption" button in one line (NPR's shape).
        String body =
                body("<figure><img src=\"a.jpg\" alt=\"\"><div class=\"caption\"><p>The dredger Maren at the north"
                        + " quay on Monday. <b class=\"credit\">Ann Lee/AP</b> <b class=\"hide-caption\"><b>hide caption</b></b>"
                        + "</p></div></figure>");
        assertTrue(body.contains("The dredger Maren at the north quay on Monday."), body);
        assertFalse(body.contains("hide caption"), body);
        String figcaption = body("<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The dredger Maren at the north quay."
                + " <span>Expand</span></figcaption></figure>");
        assertTrue(figcaption.contains("The dredger Maren at the north quay."), figcaption);
        assertFalse(figcaption.contains("Expand"), figcaption);
    }

    @Test
    void aLinkedCreditAtACaptionsEndGoesAndTheCaptionStays() {
        String body = body(
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The dredger Maren at the north quay. <a"
                        + " href=\"https://images.example/1\">Ann Lee/Harbour Images via Getty Images</a></figcaption></figure>");
        assertTrue(body.contains("The dredger Maren at the north quay."), body);
        assertFalse(body.contains("Getty"), body);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Ann Lee/Wexmoor Courier</p>",
                "<p>Ann Lee / The Wexmoor Courier</p>",
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Ann Lee for Wexmoor Courier</figcaption></figure>",
                "<p>(Ann-Marie Lee for the Wexmoor Courier)</p>",
                "<p>Wexmoor Courier / Ann Lee</p>",
                // The label in an element of its own before the credit (the shape of large news sites' captions).
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption><span><span>Credit</span><span>Ann Lee/Wexmoor Courier"
                        + "</span></span></figcaption></figure>",
            })
    void aStaffCreditNamingTheSiteGoes(String block) {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\"><meta name=\"author\" content=\"Bo Park\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + block + MORE_STORY + "</article>");
        assertTrue(a.bodyText().contains("harbour register"), a.bodyText());
        assertFalse(a.bodyText().contains("Ann"), a.bodyText());
        assertFalse(a.bodyText().contains("Credit"), a.bodyText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // The site's name in the article's own lines: a sentence, a caption that describes and credits.
                "<p>Ann Lee wrote for Wexmoor Courier until 2019.</p>",
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Ann Lee at the north quay. Bo Park/Wexmoor"
                        + " Courier</figcaption></figure>",
            })
    void aLineNamingTheSiteThatIsNoStaffCreditStays(String block) {
        Article a = page(
                "<meta property=\"og:site_name\" content=\"Wexmoor Courier\"><meta name=\"author\" content=\"Bo Park\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + block + MORE_STORY + "</article>");
        assertTrue(a.bodyText().contains(HtmlText.line(Jsoup.parse(block).text())), a.bodyText());
    }

    @Test
    void aNoticeOrPopUpClassGoesButABemModifierOfThatNameStays() {
        // A BEM modifier says how a block looks, not what it is (docs/extraction.md, generation 5).
        String bem = body("<div class=\"cmp-text--disclaimer\"><p>All dredging is subject to the tides, and the board"
                + " may move the dates.</p><p>The quay reopens when the survey is done.</p></div>");
        assertTrue(bem.contains("All dredging is subject to the tides"), bem);
        String word = body("<div class=\"multimodal-transport\"><p>Lorries and barges will share the quay road during"
                + " the works.</p><p>The quay reopens when the survey is done.</p></div>");
        assertTrue(word.contains("Lorries and barges"), word);
        String inside = body("<div class=\"block-inline-blockdisclaimer\"><p>Sources: the board's minutes of the"
                + " vote, and the survey of the silt bar.</p><p>The quay reopens when the survey is done.</p></div>");
        assertTrue(inside.contains("the survey of the silt bar"), "not a word of the class: " + inside);
    }
}
