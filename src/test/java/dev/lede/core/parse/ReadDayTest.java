package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No date after the day an input was read (and the next, for zones ahead of UTC) is its own: each date source of
 * the HTML, feed and plain-text parsers gives way to the next (issue 14). The read time is pinned here; io stamps
 * it on every input it reads.
 */
class ReadDayTest {

    /** Read late on 10 March 2026 (UTC): the last day a date may fall on is 11 March. */
    private static final Instant READ = Instant.parse("2026-03-10T21:30:00Z");

    private static final String STORY = "<p>The harbour board voted on Tuesday to dredge the inner basin before spring,"
            + " after two cargo ships ran aground on the silt bar in a single week, and the work will close the north"
            + " quay for a month.</p><p>Fishing crews will moor at the ferry pier while the dredger works, the board"
            + " said, and fees will be waived.</p>";
    private static final String H = "Harbour board orders dredging of the inner basin";

    private static List<Article> parse(String text, Instant readAt) {
        Input input = Input.of(Source.of("in"), text.getBytes(StandardCharsets.UTF_8));
        return new Parsers(InputFormat.AUTO)
                .parse(readAt == null ? input : input.readAt(readAt))
                .articles();
    }

    private static String page(String head, String header) {
        return "<!doctype html><html><head><title>" + H + "</title>" + head + "</head><body><article><h1>" + H + "</h1>"
                + header + STORY + "</article></body></html>";
    }

    private static String jsonLd(String published) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + H
                + "\",\"datePublished\":\"" + published + "\"}</script>";
    }

    private static String published(String text, Instant readAt) {
        return parse(text, readAt).get(0).published();
    }

    @Test
    void aJsonLdDateAfterTomorrowGivesWayToTheTimeShown() {
        String html = page(jsonLd("2031-01-01T00:00:00Z"), "<time datetime=\"2026-03-09\">9 March 2026</time>");
        assertEquals("2026-03-09", published(html, READ));
        String alone = page(jsonLd("2031-01-01T00:00:00Z"), "");
        assertNull(published(alone, READ));
        assertEquals("2031-01-01T00:00:00Z", published(alone, null), "read at an unknown time, no date is too late");
    }

    @Test
    void everyMetadataSourceAfterTomorrowGivesWayToTheNext() {
        String html = page(
                jsonLd("2027-05-01T09:00:00Z")
                        + "<meta property=\"article:published_time\" content=\"2026-12-24T09:00:00Z\">"
                        + "<meta property=\"article:modified_time\" content=\"2026-03-02T10:00:00+01:00\">",
                "");
        assertEquals("2026-03-02T10:00:00+01:00", published(html, READ));
    }

    @Test
    void tomorrowAsThePageStatesItIsStillItsDay() {
        // 11 March in New York is already 12 March in UTC: the page's own day counts, and it is tomorrow.
        String html = page(jsonLd("2026-03-11T22:30:00-05:00"), "");
        assertEquals("2026-03-11T22:30:00-05:00", published(html, READ));
        assertNull(published(page(jsonLd("2026-03-12T06:00:00+14:00"), ""), READ), "the day after tomorrow");
    }

    @Test
    void aShownDateAfterTomorrowIsNoDate() {
        String later = page("", "<p class=\"meta\">Published 12 June 2027</p>");
        assertNull(published(later, READ));
        String both = page("", "<p class=\"meta\">Event on 12 June 2027 · Posted 2 March 2026</p>");
        assertEquals("2026-03-02", published(both, READ), "the first date the line shows that can be the page's");
    }

    @Test
    void aDateInTheUrlAfterTomorrowIsNoDate() {
        String html = page("<link rel=\"canonical\" href=\"https://news.example/2027/01/05/dredging\">", "");
        assertNull(published(html, READ));
        assertEquals("2027-01-05", published(html, Instant.parse("2027-01-06T08:00:00Z")));
    }

    @Test
    void aFeedItemDatedNextYearHasTheNextDateOrNone() {
        String rss = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Q</title>"
                + "<item><title>Regatta</title><pubDate>Sat, 06 Mar 2027 10:00:00 +0000</pubDate>"
                + "<dc:date>2026-03-01T08:00:00+01:00</dc:date><description>Entries open.</description></item>"
                + "<item><title>Fireworks</title><pubDate>Sat, 06 Mar 2027 10:00:00 +0000</pubDate>"
                + "<description>Over the quay.</description></item></channel></rss>";
        List<Article> items = parse(rss, READ);
        assertEquals("2026-03-01T08:00:00+01:00", items.get(0).published());
        assertNull(items.get(1).published());
        assertTrue(items.get(1).problems().isEmpty(), "a readable date is no problem");
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Q</title><entry><title>Regatta</title>"
                + "<published>2027-03-06T10:00:00Z</published><updated>2026-03-10T23:50:00-08:00</updated>"
                + "<summary>Entries open.</summary></entry></feed>";
        assertEquals("2026-03-10T23:50:00-08:00", parse(atom, READ).get(0).published());
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Q\",\"items\":[{\"id\":\"1\","
                + "\"title\":\"Regatta\",\"content_text\":\"Entries open.\",\"date_published\":\"2027-03-06T10:00:00Z\","
                + "\"date_modified\":\"2026-03-09T10:00:00Z\"}]}";
        assertEquals("2026-03-09T10:00:00Z", parse(json, READ).get(0).published());
    }

    @Test
    void aTextFilesDateAfterTomorrowIsLeftOutAndSaidSo() {
        String text = "Title: " + H + "\nDate: 2026-03-12\n\nThe board voted on Tuesday.\n";
        Input input = Input.of(Source.of("a.txt"), text.getBytes(StandardCharsets.UTF_8));
        Parsed parsed = new Parsers(InputFormat.AUTO).parse(input.readAt(READ));
        assertNull(parsed.articles().get(0).published());
        assertEquals(
                List.of("a.txt: date \"2026-03-12\" is after the day it was read; left out"),
                parsed.problems().stream().map(Problem::describe).toList());
        assertEquals("2026-03-11", published(text.replace("03-12", "03-11"), READ));
    }
}
