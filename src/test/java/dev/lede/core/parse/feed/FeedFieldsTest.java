package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles, bodies and bylines from the less common forms feeds use for them. */
class FeedFieldsTest {

    private static List<Article> parse(String xml) {
        return new FeedParser()
                .parse(Input.of(Source.of("feed.xml"), xml.getBytes(StandardCharsets.UTF_8)))
                .articles();
    }

    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quay notes</title>";

    @Test
    void atomXhtmlTitleComesOutAsText() {
        Article a = parse(
                        ATOM
                                + "<entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Ferry <em>timetable</em>"
                                + " &amp; fares</div></title><content type=\"text\">The winter timetable starts.</content></entry></feed>")
                .get(0);
        assertEquals("Ferry timetable & fares", a.headline());
    }

    @Test
    void atom03Base64ContentIsDecoded() {
        String html = Base64.getEncoder()
                .encodeToString("<p>The lock gates open at noon.</p>".getBytes(StandardCharsets.UTF_8));
        Article a = parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><title>Lock gates</title>"
                        + "<content type=\"text/html\" mode=\"base64\">" + html + "</content></entry></feed>")
                .get(0);
        assertEquals("The lock gates open at noon.", a.bodyText());
    }

    @Test
    void atomAuthorNameFillsTheByline() {
        Article a = parse(ATOM
                        + "<entry><title>Tides</title><author><name>Wren Hollis</name><email>wren@quay.example</email>"
                        + "</author><content type=\"text\">High water at six.</content></entry></feed>")
                .get(0);
        assertEquals("Wren Hollis", a.byline());
    }

    @Test
    void rssDcCreatorAndAuthorFillTheByline() {
        List<Article> items =
                parse("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Q</title>"
                        + "<item><title>One</title><dc:creator>Ines Marlow</dc:creator><description>First.</description></item>"
                        + "<item><title>Two</title><author>tom@quay.example (Tom Ashby)</author><description>Second.</description></item>"
                        + "<item><title>Three</title><author>Ada Penn &lt;ada@quay.example&gt;</author><description>Third.</description></item>"
                        + "<item><title>Four</title><author>desk@quay.example</author><description>Fourth.</description></item>"
                        + "</channel></rss>");
        assertEquals("Ines Marlow", items.get(0).byline());
        assertEquals("Tom Ashby", items.get(1).byline());
        assertEquals("Ada Penn", items.get(2).byline());
        assertNull(items.get(3).byline(), "an address alone names nobody");
        assertTrue(items.stream().allMatch(a -> a.headline() != null));
    }

    @Test
    void aNameWhoseFirstWordIsAByWordElsewhereIsKeptWhole() {
        List<Article> items =
                parse("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Q</title>"
                        + "<item><title>One</title><dc:creator>Di Zhang</dc:creator></item>"
                        + "<item><title>Two</title><dc:creator>Von Miller</dc:creator></item>"
                        + "<item><title>Three</title><dc:creator>Von Anna Schmidt</dc:creator></item>"
                        + "<item><title>Four</title><dc:creator>By Reuters</dc:creator></item>"
                        + "</channel></rss>");
        assertEquals("Di Zhang", items.get(0).byline());
        assertEquals("Von Miller", items.get(1).byline());
        assertEquals("Anna Schmidt", items.get(2).byline(), "German \"by\" before a whole name");
        assertEquals("Reuters", items.get(3).byline());
    }

    @Test
    void aChannelTitleEscapedOnceMoreInCdataIsReadAsItsItemsTitlesAre() {
        Article a = parse("<rss version=\"2.0\"><channel><title><![CDATA[News &amp; Views]]></title>"
                        + "<item><title><![CDATA[Tom &amp; Jerry]]></title></item></channel></rss>")
                .get(0);
        assertEquals("Tom & Jerry", a.headline());
        assertEquals("News & Views", a.site());
    }
}
