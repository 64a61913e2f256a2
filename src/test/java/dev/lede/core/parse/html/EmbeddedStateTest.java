package dev.lede.core.parse.html;

import static dev.lede.core.parse.html.PageFieldsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages whose fields are only in their script's state (docs/extraction.md, "Generation 20"): Next.js's {@code __NEXT_DATA__}
 * and Arc XP's {@code Fusion.globalContent}, read by the names publishing systems give the fields, and only where
 * the markup and JSON-LD give nothing. Our own invented pages.
 */
class EmbeddedStateTest {

    private static final String H = "Harbour board orders dredging of the inner basin";
    private static final String FIRST = "The harbour board voted on Tuesday to dredge the inner basin before spring,"
            + " after two cargo ships ran aground on the silt bar in a single week.";
    private static final String SECOND = "Fishing crews will moor at the ferry pier while the dredger works, the board"
            + " said, and the fees for the month will be waived for every boat on the register.";
    private static final String THIRD = "The work will close the north quay for a month, and the ferry will call at the"
            + " south quay instead, {as it did} during the storm repairs two winters ago.";

    /** A client-rendered Next.js page: a shell in the markup, the story in the page props. */
    private static String nextShell(String story) {
        return "<div id=\"__next\"><nav><a href=\"/\">Wexmoor Courier</a></nav><p>Loading…</p></div>"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"menu\":"
                + "[{\"title\":\"News\",\"url\":\"/news\"}],\"article\":" + story + "}},\"page\":\"/news/[slug]\","
                + "\"buildId\":\"b1\"}</script>";
    }

    private static final String NEXT_STORY = "{\"slug\":\"dredging\",\"title\":\"" + H + "\",\"publishedAt\":"
            + "\"2025-06-02T09:00:00+01:00\",\"authors\":[{\"name\":\"Ines Harrow\",\"slug\":\"ines\"},{\"name\":"
            + "\"Tomas Reyl\"}],\"body\":\"<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>\"}";

    @Test
    void aClientRenderedNextPageIsReadFromItsState() {
        Article a = page("", nextShell(NEXT_STORY));
        assertEquals(H, a.headline());
        assertEquals("Ines Harrow, Tomas Reyl", a.byline());
        assertEquals("2025-06-02T09:00:00+01:00", a.published());
        assertTrue(a.bodyText().startsWith(FIRST), a.bodyText());
        assertTrue(a.bodyText().contains(THIRD), a.bodyText());
        assertFalse(a.bodyText().contains("Loading"), a.bodyText());
    }

    @Test
    void arcXpsGlobalContentGivesTheStoryItsFieldsAndText() {
        String fusion = "<script>window.Fusion=window.Fusion||{};Fusion.arcSite=\"courier\";"
                + "Fusion.globalContentConfig={\"source\":\"story\"};"
                + "Fusion.globalContent={\"_id\":\"ABC\",\"type\":\"story\",\"headlines\":{\"basic\":\"" + H
                + "\"},\"first_publish_date\":\"2025-06-02T08:00:00Z\",\"display_date\":\"2025-06-03T10:00:00Z\","
                + "\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Ines Harrow\"}]},\"content_elements\":["
                + "{\"type\":\"text\",\"content\":\"" + FIRST + "\"},{\"type\":\"image\",\"caption\":\"The quay\"},"
                + "{\"type\":\"header\",\"level\":2,\"content\":\"What comes next\"},{\"type\":\"text\",\"content\":\""
                + SECOND + "\"},{\"type\":\"list\",\"items\":[{\"type\":\"text\",\"content\":\"Quay shut\"}]},"
                + "{\"type\":\"text\",\"content\":\"" + THIRD + "\"}]};Fusion.globalContentConfig={\"source\":"
                + "\"story\"};</script>";
        Article a = page("<title>" + H + "</title>", "<div id=\"fusion-app\"></div>" + fusion);
        assertEquals(H, a.headline());
        assertEquals("Ines Harrow", a.byline());
        assertEquals("2025-06-02", a.published().substring(0, 10), "first published, not the date shown as updated");
        String body = a.bodyText();
        assertTrue(body.startsWith(FIRST), body);
        assertTrue(body.contains("What comes next"), body);
        assertTrue(body.contains("Quay shut"), body);
        assertTrue(body.endsWith(THIRD), body);
        assertFalse(body.contains("The quay"), "a picture's caption block is no text block: " + body);
    }

    @Test
    void theMarkupAndItsMetadataComeFirst() {
        String markup = "<article><h1>Quay closes for a month of dredging</h1><p class=\"byline\">By Ann Lee</p>"
                + "<time datetime=\"2025-05-30T10:00:00Z\">May 30, 2025</time><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article>";
        Article a = page("<title>Quay closes for a month of dredging</title>", markup + nextShell(NEXT_STORY));
        assertEquals("Quay closes for a month of dredging", a.headline());
        assertEquals("Ann Lee", a.byline());
        assertEquals("2025-05-30", a.published().substring(0, 10));
        assertFalse(a.bodyText().contains("as it did"), "the markup holds the story: " + a.bodyText());
    }

    @Test
    void aStateWithoutADatedStoryGivesNothing() {
        String undated =
                "{\"title\":\"" + H + "\",\"authors\":[{\"name\":\"Ines Harrow\"}],\"body\":\"<p>" + FIRST + "</p>\"}";
        Article a = page("", nextShell(undated));
        assertNull(a.published());
        assertFalse(a.bodyText().contains("silt bar"), a.bodyText());
    }
}
