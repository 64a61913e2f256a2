package dev.lede.core.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.feed.FeedItems;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Items are known by GUID, else link, else content; feeds of every kind give their GUIDs. */
class FeedItemTest {

    private static List<FeedItems.Item> items(String feed) {
        return FeedItems.read(Input.of(Source.of("https://h.example/feed"), feed.getBytes(StandardCharsets.UTF_8)))
                .items();
    }

    @Test
    void everyFeedFormatGivesItsItemsIdentifiers() {
        assertEquals(
                "tag:h.example,2026:1",
                items("<rss version=\"2.0\"><channel><item><guid isPermaLink=\"false\">"
                                + "tag:h.example,2026:1</guid><title>A</title></item></channel></rss>")
                        .get(0)
                        .guid());
        assertEquals(
                "urn:uuid:1225c695",
                items("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:uuid:1225c695</id>"
                                + "<title>A</title></entry></feed>")
                        .get(0)
                        .guid());
        assertEquals(
                "42",
                items("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":42,\"title\":\"A\"}]}")
                        .get(0)
                        .guid());
    }

    @Test
    void theIdSurvivesAnEditAndTheVersionDoesNot() {
        String v1 = "<rss><channel><item><guid>g1</guid><title>Budget"
                + " vote</title><description>Tonight.</description></item></channel></rss>";
        String v2 = v1.replace("Tonight.", "Postponed.");
        FeedItems.Item a = items(v1).get(0);
        FeedItems.Item b = items(v2).get(0);
        assertNotEquals(a.article().id(), b.article().id(), "the content hashes differ");
        assertEquals(
                FeedItem.of("h", a.guid(), a.article()).id(),
                FeedItem.of("h", b.guid(), b.article()).id());
        assertNotEquals(
                FeedItem.of("h", a.guid(), a.article()).version(),
                FeedItem.of("h", b.guid(), b.article()).version());
    }

    @Test
    void aGuidThatIsNoAddressIsReadWithinItsFeedAndAnAddressEverywhere() {
        String numbered =
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"%s\",\"title\":\"%s\"}]}";
        FeedItems.Item harbour =
                items(numbered.formatted("42", "Ferry resumes")).get(0);
        FeedItems.Item council = items(numbered.formatted("42", "Budget vote")).get(0);
        assertNotEquals(
                FeedItem.of("harbour", harbour.guid(), harbour.article()).id(),
                FeedItem.of("council", council.guid(), council.article()).id(),
                "two feeds that number their items alike give two articles");
        assertEquals(
                FeedItem.of("harbour", harbour.guid(), harbour.article()).id(),
                FeedItem.of("harbour", harbour.guid(), council.article()).id());
        for (String global : List.of("https://h.example/2026/ferry", "tag:h.example,2026:1", "urn:uuid:1225c695")) {
            FeedItems.Item a =
                    items(numbered.formatted(global, "Ferry resumes")).get(0);
            assertEquals(
                    FeedItem.of("harbour", a.guid(), a.article()).id(),
                    FeedItem.of("ferries", a.guid(), a.article()).id(),
                    global + " names one item wherever it is found");
            assertTrue(FeedItem.formerId(a.guid()).isEmpty(), global);
        }
        assertTrue(FeedItem.formerId("42").isPresent());
        assertTrue(FeedItem.formerId(null).isEmpty());
    }

    @Test
    void withoutAGuidTheLinkThenTheContentIdentify() {
        List<FeedItems.Item> found = items("<rss><channel><item><title>A</title><link>https://h.example/a</link></item>"
                + "<item><title>A</title><link>https://h.example/a</link><description>changed</description></item>"
                + "<item><title>B</title><description>only words</description></item></channel></rss>");
        FeedItem first = FeedItem.of("h", found.get(0).guid(), found.get(0).article());
        assertEquals(
                first.id(),
                FeedItem.of("h", found.get(1).guid(), found.get(1).article()).id());
        assertNotEquals(
                first.id(),
                FeedItem.of("h", found.get(2).guid(), found.get(2).article()).id());
    }

    @Test
    void teasersAreTold() {
        Article shortOne = items("<rss><channel><item><title>A</title><link>https://h.example/a</link>"
                        + "<description>Two lines only.</description></item></channel></rss>")
                .get(0)
                .article();
        String longText = "Words enough to be an article of its own. ".repeat(20);
        Article longOne = items("<rss><channel><item><title>A</title><link>https://h.example/a</link><description>"
                        + longText + "</description></item></channel></rss>")
                .get(0)
                .article();
        Article teaser = items("<rss><channel><item><title>A</title><link>https://h.example/a</link><description>"
                        + longText + " Read more »</description></item></channel></rss>")
                .get(0)
                .article();
        assertTrue(SummaryOnly.wanted(FullText.AUTO, shortOne));
        assertFalse(SummaryOnly.wanted(FullText.AUTO, longOne));
        assertTrue(SummaryOnly.wanted(FullText.AUTO, teaser));
        assertTrue(SummaryOnly.wanted(FullText.ON, longOne));
        assertFalse(SummaryOnly.wanted(FullText.OFF, shortOne));
    }

    @Test
    void stateReadsBackAndRetryAfterTakesBothForms() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        FeedState state = new FeedState(
                "\"e\"",
                "Wed, 02 Dec 2026 09:00:00 GMT",
                now,
                "HTTP 500 Internal Server Error",
                now.plusSeconds(60),
                true,
                3,
                Map.of("abc", "v1", "def", "v2"),
                Map.of("ghi", new FeedState.Dropped("v3", java.time.LocalDate.parse("2026-11-30"))),
                new FeedState.Failures(now.minusSeconds(3600), "HTTP 500 Internal Server Error", now));
        assertEquals(state, FeedState.parse(state.toText()));
        assertEquals(FeedState.NONE, FeedState.parse("garbage\nnew\tx\n"));
        assertEquals(now.plusSeconds(120), RetryAfter.until("120", now).orElseThrow());
        assertEquals(
                Instant.parse("2026-12-02T13:00:00Z"),
                RetryAfter.until("Wed, 02 Dec 2026 13:00:00 GMT", now).orElseThrow());
        assertEquals(
                now.plus(RetryAfter.LONGEST),
                RetryAfter.until("99999999999", now).orElseThrow());
        assertTrue(RetryAfter.until("soon", now).isEmpty());
        // No day of the calendar: unreadable, not read as 28 February.
        assertTrue(RetryAfter.until("30 Feb 2027 13:00:00 GMT", now).isEmpty());
    }
}
