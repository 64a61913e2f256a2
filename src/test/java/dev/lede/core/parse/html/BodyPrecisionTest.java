package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.STORY;
import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the body keeps and drops (docs/extraction.md: the rules behind the wcxb-dev body rows). */
class BodyPrecisionTest {

    /** A paragraph of the story after a box, so that a rule taking the box cannot take the story's end with it. */
    private static final String MORE_STORY =
            "<p>Fishing crews will moor at the ferry pier while the dredger works, the board said on Tuesday"
                    + " evening, and the fees for the month will be waived for every boat on the harbour register.</p>";

    @Test
    void aStreamedPagesHiddenSegmentIsReadInItsPlaceholdersPlace() {
        Article a = page(
                "",
                "<nav><a href=\"/\">Home</a></nav><main><template id=\"B:0\"></template></main>"
                        + "<footer>Footer text</footer>"
                        + "<div hidden id=\"S:0\"><article><h1>Harbour board orders dredging</h1>" + STORY
                        + "</article></div><script>$RC(\"B:0\",\"S:0\")</script>");
        assertTrue(a.bodyText().startsWith("The harbour board voted on Tuesday"), a.bodyText());
        assertTrue(a.bodyText().endsWith("fees will be waived."), a.bodyText());
    }

    @Test
    void classWordsThatDescribeThePageNameNoBlock() {
        assertFalse(ClassHints.naming("main main-with-sidebar").contains("sidebar"));
        assertFalse(ClassHints.naming("ArticleBody_withSidebar").contains("Sidebar"));
        assertFalse(ClassHints.naming("post has-comments tag-related hero--sidebar")
                .matches(".*(comment|related|sidebar).*"));
        assertTrue(ClassHints.naming("sidebar-with-ads").contains("sidebar"), "a sidebar holding ads is a sidebar");
        assertTrue(ClassHints.naming("withdrawn-sidebar").contains("sidebar"), "\"with\" only as a word of its own");
    }

    @Test
    void aLayoutNamedWithItsSidebarIsTheArticleNotASidebar() {
        // "…-with-sidebar" names the layout holding the article beside a sidebar; the disclosure outside it is long
        // enough to pass for an article when the layout is thrown away as a sidebar (on a page this short the scorer
        // keeps the disclosure beside the story too).
        String disclosure = "<div class=\"disclosure\"><p>"
                + "Some of the offers on this site come from partners who may pay us when a reader follows a link. "
                        .repeat(7)
                + "</p></div>";
        Article a = page(
                "",
                disclosure + "<main><div class=\"container\"><article class=\"template template-with-sidebar\">"
                        + "<div class=\"articleContent\">" + STORY + MORE_STORY
                        + "</div><div class=\"sidebar-with-ads\">"
                        + "<p>Half price moorings this week only, book now at the harbour office before the offer ends"
                        + " on Sunday night.</p></div></article></div></main>");
        assertTrue(a.bodyText().contains("The harbour board voted on Tuesday"), a.bodyText());
        assertTrue(a.bodyText().contains("fees for the month will be waived"), a.bodyText());
        assertFalse(a.bodyText().contains("Half price"), "a sidebar with ads is still a sidebar: " + a.bodyText());
    }

    @Test
    void aHeadingsAnchorMadeFromItsTextSaysNothingAboutTheBlock() {
        // A wiki's section heading: the anchor "…promotion…" is the heading's own words, not a promotion box.
        Article a = page(
                "",
                "<article>" + STORY + "<h3><span class=\"mw-headline\" id=\"Dredging_fee_promotion_row\">Dredging fee"
                        + " promotion row</span><span class=\"mw-editsection\">[<a href=\"/edit\">edit</a>]</span></h3>"
                        + MORE_STORY + "<div id=\"promo\">Half price moorings this week only</div></article>");
        assertTrue(a.bodyText().contains("Dredging fee promotion row"), a.bodyText());
        assertFalse(
                a.bodyText().contains("Half price"), "an id that is no heading's text still counts: " + a.bodyText());
    }

    @Test
    void aHiddenDivWithoutAPlaceholderStaysHidden() {
        Article a = page(
                "",
                "<article>" + STORY + "</article><div hidden id=\"S:3\"><p>A draft paragraph the page never shows,"
                        + " long enough to be read as prose if it were kept by mistake.</p></div>");
        assertEquals(2, a.body().size(), a.bodyText());
    }

    @Test
    void aLinkWrappedInSpansInsideAParagraphStaysInTheSentence() {
        Article a = page(
                "",
                "<article><p><i>This is partly a reply to </i><span><span><a href=\"/pcd\"><i>the dredging plan"
                        + "</i></a></span></span><i>, and partly a note on the harbour.</i></p>" + STORY
                        + "</article>");
        assertTrue(a.bodyText().startsWith("This is partly a reply to the dredging plan, and partly"), a.bodyText());
    }

    @Test
    void aLineThatOnlyCreditsAPictureGoesAndACaptionThatDescribesItStays() {
        Article a = page(
                "",
                "<article>" + STORY + "<figure><img src=\"d.jpg\" alt=\"\"><figcaption>Image source: Getty Images."
                        + "</figcaption></figure><figure><img src=\"q.jpg\" alt=\"\"><figcaption>The dredger at the north"
                        + " quay on Monday.</figcaption></figure></article>");
        assertFalse(a.bodyText().contains("Getty"), a.bodyText());
        assertTrue(a.bodyText().contains("The dredger at the north quay on Monday."), a.bodyText());
    }

    @Test
    void anAltTextThatRepeatsThePageGoesAndOneThatDescribesThePictureStays() {
        Article a = page(
                "<title>Harbour board orders dredging of the inner basin</title>",
                "<article><h1>Harbour board orders dredging of the inner basin</h1>"
                        + "<img src=\"lead.jpg\" alt=\"Harbour board orders dredging of the inner basin\">" + STORY
                        + "<figure><img src=\"a.jpg\" alt=\"Photo for story\"></figure>"
                        + "<figure><img src=\"b.jpg\" alt=\"Photo for story\"></figure>"
                        + "<figure><img src=\"c.jpg\" alt=\"The dredger Maren at the north quay\">"
                        + "<figcaption>The dredger Maren at the north quay, on Monday.</figcaption></figure>"
                        + "<figure><img src=\"d.jpg\" alt=\"Two trawlers tied up at the ferry pier in fog\"></figure>"
                        + MORE_STORY + "</article>");
        String body = a.bodyText();
        assertFalse(body.contains("[image: Harbour board"), body);
        assertFalse(body.contains("Photo for story"), body);
        assertFalse(body.contains("[image: The dredger Maren"), body);
        assertTrue(body.contains("The dredger Maren at the north quay, on Monday."), body);
        assertTrue(body.contains("[image: Two trawlers tied up at the ferry pier in fog]"), body);
    }

    @Test
    void aLinePointingToAnotherStoryIsARelatedHeadlineNotBody() {
        Article a = page(
                "",
                "<article>" + STORY + "<p><strong>» Also read:</strong> <a href=\"/ferry-fees\">Ferry pier fees"
                        + " frozen for a second winter</a></p><p>See also: the board's <a href=\"/minutes\">minutes"
                        + "</a> of the meeting.</p>" + MORE_STORY + "</article>");
        String body = a.bodyText();
        assertFalse(body.contains("Ferry pier fees"), body);
        assertTrue(body.contains("See also: the board's minutes"), body);
        assertTrue(body.contains("harbour register"), body);
        assertEquals(
                List.of(new RelatedHeadline(
                        "Ferry pier fees frozen for a second winter", "https://news.example/ferry-fees")),
                a.related());
    }

    @Test
    void anAuthorsBlurbThatCallsTheAuthorByOneNameGoes() {
        Article a = page(
                "<meta name=\"author\" content=\"Tove Marsh\">",
                "<article>" + STORY + MORE_STORY + "<p>Maren is a dredger built in 1998 for the river ports.</p>"
                        + "<p>Tove is a reporter on the harbour beat. She writes the weekly tide column.</p></article>");
        String body = a.bodyText();
        assertFalse(body.contains("Tove is a reporter"), body);
        assertTrue(body.contains("Maren is a dredger"), body);
    }

    @Test
    void theSitesRightsNoticeGoes() {
        Article a = page(
                "",
                "<article>" + STORY + MORE_STORY + "<p>Copyright © 2026 Harbour Gazette. All rights reserved. Visit our"
                        + " permissions page to republish this story in print or online.</p></article>");
        assertFalse(a.bodyText().contains("All rights reserved"), a.bodyText());
        assertTrue(a.bodyText().contains("harbour register"), a.bodyText());
    }

    @Test
    void aSignUpBoxGoesWithItsHeadingAndPitch() {
        Article byField = page(
                "",
                "<article>" + STORY + "<div class=\"x\"><h3>Harbour news in your inbox</h3><p>Every Friday.</p>"
                        + "<form><input type=\"email\" name=\"e\"><button>Go</button></form></div>" + MORE_STORY
                        + "</article>");
        assertFalse(byField.bodyText().contains("inbox"), byField.bodyText());
        assertTrue(byField.bodyText().contains("harbour register"), byField.bodyText());
        Article bySlot = page(
                "",
                "<article>" + STORY + "<div class=\"x\"><header>Harbour news in your inbox</header>"
                        + "<div class=\"HubSpotForm_embed\"></div></div>" + MORE_STORY + "</article>");
        assertFalse(bySlot.bodyText().contains("inbox"), bySlot.bodyText());
    }

    @Test
    void aFollowPromptFullOfLinksIsStillOneLine() {
        Article a = page(
                "",
                "<article>" + STORY + "<p>Catch up on our coverage, and follow us on <a href=\"/f\">Facebook</a>,"
                        + " <a href=\"/i\">Instagram</a>, <a href=\"/t\">Twitter</a> and <a href=\"/k\">TikTok</a>"
                        + " to stay up to date.</p></article>");
        assertFalse(a.bodyText().contains("follow us"), a.bodyText());
    }

    @Test
    void aPromotionGoesWithItsButtonAndTheBoldPitchBeforeIt() {
        Article a = page(
                "",
                "<article>" + STORY
                        + "<p><strong>Stop searching and start sailing. Talk to our charter experts</strong></p>"
                        + "<div class=\"crunch-button-wrapper\"><a class=\"crunch-button\" href=\"https://charter.example/\">"
                        + "Talk to us!</a></div>" + MORE_STORY + "</article>");
        assertFalse(a.bodyText().contains("charter experts"), a.bodyText());
        assertFalse(a.bodyText().contains("Talk to us"), a.bodyText());
        assertTrue(a.bodyText().contains("harbour register"), a.bodyText());
    }

    @Test
    void theSitesDisclaimerOfItsWritersViewsGoes() {
        Article a = page(
                "",
                "<article>" + STORY + "<p>Note: The views expressed on Courier.example are not necessarily those of the"
                        + " Wexmoor Courier.</p></article>");
        assertFalse(a.bodyText().contains("views expressed"), a.bodyText());
    }

    @Test
    void aPortraitAndTheNameAndTitleUnderItAreAnAuthorsCard() {
        Article a = page(
                "",
                "<article>" + STORY + "<p><img src=\"ines.png\" alt=\"Ines Harrow\"></p><p><strong>Ines Harrow</strong>"
                        + " <em>Harbour Correspondent and Sailing Writer</em></p></article>");
        assertFalse(a.bodyText().contains("Correspondent"), a.bodyText());
        assertFalse(a.bodyText().contains("[image"), a.bodyText());
        Article caption = page(
                "",
                "<article>" + STORY + "<p><img src=\"ines.png\" alt=\"Ines Harrow\"></p><p>Ines Harrow speaks to the"
                        + " crews.</p></article>");
        assertTrue(caption.bodyText().contains("Ines Harrow speaks to the crews."), caption.bodyText());
    }

    @Test
    void aRequestToSpreadTheWordGoes() {
        Article a = page("", "<article>" + STORY + "<p>Help me spread the word about this podcast!</p></article>");
        assertFalse(a.bodyText().contains("spread the word"), a.bodyText());
    }

    @Test
    void aPromptToEmailTheAuthorGoesAndAnInstructionToEmailSomeoneStays() {
        Article a = page(
                "",
                "<article>" + STORY
                        + "<p>Email the author</p><p>E-mail this story to a friend</p><p>Email the authority"
                        + " for a mooring permit.</p>" + MORE_STORY + "</article>");
        String body = a.bodyText();
        assertFalse(body.lines().anyMatch("Email the author"::equals), body);
        assertFalse(body.contains("E-mail this story"), body);
        assertTrue(body.contains("Email the authority for a mooring permit."), body);
    }

    @Test
    void aListOfNothingButLinksEndingTheContentGoesWithItsHeading() {
        Article a = page(
                "",
                "<article>" + STORY + "<h3>Good articles to read together</h3><ul><li><a href=\"/a\">Ferry fares rise"
                        + " again as the harbour board weighs the cost of dredging the inner basin before the spring"
                        + " tides</a></li><li><a href=\"/b\">The lighthouse on the north quay reopens to visitors after"
                        + " three years of repairs to its lantern and its stone stair</a></li></ul></article>");
        assertFalse(a.bodyText().contains("Ferry fares"), a.bodyText());
        assertFalse(a.bodyText().contains("Good articles"), a.bodyText());
        Article sources = page(
                "",
                "<article>" + STORY + "<ul><li>Harbour board minutes, <a href=\"/m\">March 2025</a></li>"
                        + "<li>Port survey, <a href=\"/s\">2024</a></li></ul></article>");
        assertTrue(sources.bodyText().contains("Harbour board minutes"), sources.bodyText());
    }

    @Test
    void linesThatOnlyRepeatTheBylineOrTheDateOrTheirLabelsGo() {
        Article a = page(
                "<meta name=\"author\" content=\"Ines Harrow\">",
                "<article><hgroup><time>Published on June 04, 2025</time><h1>Harbour board orders dredging</h1>"
                        + "</hgroup><p>Posted By</p><p>By Ines Harrow</p><p>Published 6 hours ago</p>"
                        + "<p>Last updated: January 12, 2026.</p>" + STORY + "<p>Reviewed by,</p></article>");
        String body = a.bodyText();
        assertTrue(body.startsWith("The harbour board voted on Tuesday"), body);
        assertTrue(body.endsWith("fees will be waived."), body);
    }

    @Test
    void aSentenceThatNamesTheDateOrStartsWithByStays() {
        Article a = page(
                "<meta name=\"author\" content=\"Ines Harrow\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "<p>By Tuesday.</p>"
                        + "<p>It was published on June 4, 2025.</p><p>The board met on <time>June 4, 2025</time>.</p>"
                        + "<p>By Ines Harrow's count, six boats.</p><p>Crews will spend more time <span>on</span> the"
                        + " quay.</p><ul><li><strong>Date</strong>: the week of the spring tides, weather allowing</li>"
                        + "</ul></article>");
        String body = a.bodyText();
        assertTrue(body.contains("It was published on June 4, 2025."), body);
        assertTrue(body.contains("The board met on June 4, 2025."), body);
        assertTrue(body.contains("By Tuesday."), body);
        assertTrue(body.contains("By Ines Harrow's count, six boats."), body);
        assertTrue(body.contains("Crews will spend more time on the quay."), body);
        assertTrue(body.contains("Date: the week of the spring tides"), body);
    }

    @Test
    void anAuthorsBiographyGoesAndTheAuthorNamedInTheStoryStays() {
        Article a = page(
                "<meta name=\"author\" content=\"Ines Harrow, Bo Park\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "<p>Ines Harrow has asked the board for"
                        + " the minutes of the vote.</p>" + MORE_STORY
                        + "<p>Ines Harrow has covered the harbour for the"
                        + " Courier since 2009. She lives in Portwick with two dogs.</p><p>Dr. Bo Park, Science Editor,"
                        + " studied marine biology in Bergen, and his reports on the silt bar won a prize.</p></article>");
        String body = a.bodyText();
        assertTrue(body.contains("Ines Harrow has asked the board"), body);
        assertTrue(body.endsWith("every boat on the harbour register."), body);
        Article company = page(
                "<meta name=\"author\" content=\"Portwick Ferries\">",
                "<article><h1>Harbour board orders dredging</h1>" + STORY + "<p>Portwick Ferries has run the crossing"
                        + " since 1990, and its first boat will leave an hour late while the dredger works.</p></article>");
        assertTrue(company.bodyText().contains("Portwick Ferries has run the crossing"), company.bodyText());
    }
}
