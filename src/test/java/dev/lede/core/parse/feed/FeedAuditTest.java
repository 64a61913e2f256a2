package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A generalisation audit of feed items' fields (issue 14): feeds written here in shapes the suites above do not
 * have, each of which failed before the rule it tests.
 */
class FeedAuditTest {

    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Canal log</title>";
    private static final String RSS = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>Canal log</title>";

    private static Article one(String xml) {
        return new FeedParser()
                .parse(Input.of(Source.of("canal.xml"), xml.getBytes(StandardCharsets.UTF_8)))
                .articles()
                .get(0);
    }

    private static Article item(String inner) {
        return one(RSS + "<item>" + inner + "<description>Levels compared.</description></item></channel></rss>");
    }

    private static Article entry(String inner) {
        return one(ATOM + "<entry>" + inner + "<summary>Levels compared.</summary></entry></feed>");
    }

    @Test
    void aFeedsAuthorsAreCleanedAsAPagesBylineIs() {
        assertEquals(
                "Ines Harrow",
                item("<title>T</title><dc:creator>By Ines Harrow</dc:creator>").byline());
        assertNull(
                entry("<title>T</title><author><name>ines@canal.example</name></author>")
                        .byline(),
                "an address");
        assertNull(
                entry("<title>T</title><author><uri>https://canal.example/ines</uri></author>")
                        .byline(),
                "a link");
        assertEquals(
                "Ines Harrow, Bo Park",
                item("<title>T</title><dc:creator>Ines Harrow</dc:creator><dc:creator>By Bo Park</dc:creator>")
                        .byline());
        assertEquals(
                "Ines Harrow",
                item("<title>T</title><dc:author>Ines Harrow</dc:author>").byline(),
                "Dublin Core's creator written as dc:author");
    }

    @Test
    void aPodcastEpisodeNamesItsAuthorInItunesAuthor() {
        assertEquals(
                "Ines Harrow",
                item("<title>T</title><itunes:author>Ines Harrow</itunes:author>")
                        .byline());
        assertEquals(
                "Bo Park",
                item("<title>T</title><dc:creator>Bo Park</dc:creator><itunes:author>Ines Harrow</itunes:author>")
                        .byline(),
                "only when nothing else names one");
    }

    @Test
    void aPlaceholderYearGivesWayToTheItemsNextDate() {
        Article a = item("<title>T</title><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>"
                + "<dc:date>2025-06-02T23:30:00-07:00</dc:date>");
        assertEquals("2025-06-02T23:30:00-07:00", a.published());
        assertNull(item("<title>T</title><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>")
                .published());
    }

    @Test
    void anRssTitleEscapedTwiceIsReadAsHtml() {
        assertEquals("Lock & weir", item("<title>Lock &amp;amp; weir</title>").headline());
        assertEquals(
                "Lock 7 – reopened",
                item("<title>Lock 7 &amp;#8211; reopened</title>").headline());
        assertEquals(
                "AT&T buys the weir",
                item("<title>AT&amp;T buys the weir</title>").headline(),
                "escaped once");
    }
}
