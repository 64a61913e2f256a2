package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedParserTest {

    private final JsonFeedParser parser = new JsonFeedParser();

    private Parsed parseText(String json) {
        return parser.parse(Input.of(Source.of("feed.json"), json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsJsonFeed10WithHtmlContentAndRelativeUrls() {
        Parsed parsed = parser.parse(Fixtures.input("jsonfeed10.json"));
        assertEquals(List.of(), parsed.problems());
        Article first = parsed.articles().get(0);
        assertEquals(Format.JSONFEED, first.format());
        assertEquals(new Source("jsonfeed10.json", 1), first.source());
        assertEquals("Elmstead Weekly", first.site());
        assertEquals("Bus depot to get solar roof", first.headline());
        assertEquals("https://elmstead.example/stories/bus-depot", first.url());
        assertEquals("Hal Quimby", first.byline());
        assertEquals("2025-06-01T10:00:00-05:00", first.published());
        assertEquals(
                List.of(
                        new Block.Paragraph("Panels will cover the depot by March.", List.of(new LinkMark(27, 1))),
                        new Block.Paragraph("Work starts “soon”.")),
                first.body());
        assertEquals(List.of(new Link(1, "the depot", "https://elmstead.example/depot")), first.links());
    }

    @Test
    void keepsContentTextAsParagraphsAndInheritsTheFeedAuthor() {
        Article second =
                parser.parse(Fixtures.input("jsonfeed10.json")).articles().get(1);
        assertEquals(
                List.of(
                        new Block.Paragraph("Two hundred dogs took part."),
                        new Block.Paragraph("The winner was a terrier named Biscuit.")),
                second.body());
        assertEquals("Elmstead Newsroom", second.byline());
        assertEquals("2025-06-02", second.published());
    }

    @Test
    void readsJsonFeed11AuthorsSummaryAndExternalUrl() {
        Parsed parsed = parser.parse(Fixtures.input("jsonfeed11.json"));
        Article first = parsed.articles().get(0);
        assertEquals("Edda Lorne, Vik Sand", first.byline());
        assertEquals("https://ravenmoor.example/p/reservoir", first.url(), "a URL id stands in for url");
        assertEquals("2025-06-05T07:30:00Z", first.published(), "date_modified when nothing else");
        assertEquals("After a dry spring, the reservoir is full again.", first.lede());
        Article second = parsed.articles().get(1);
        assertEquals("https://elsewhere.example/wind-farm", second.url());
        assertEquals("Post Staff", second.byline());
        assertNull(second.published());
        assertEquals(2, parsed.articles().size());
        assertEquals(
                List.of(new Problem("jsonfeed11.json", "1 item has no title, link or content; skipped")),
                parsed.problems());
        assertEquals(new Source("jsonfeed11.json", 2), second.source());
    }

    @Test
    void recoversItemsBeforeTheDamageInATruncatedFeed() {
        Parsed parsed = parser.parse(Fixtures.input("broken-truncated.json"));
        assertEquals(
                List.of("Bridge inspection passed", "Harvest fair returns"),
                parsed.articles().stream().map(Article::headline).toList());
        assertEquals("No faults found.", parsed.articles().get(0).lede());
        assertEquals(1, parsed.problems().size());
        assertTrue(
                parsed.problems().get(0).message().startsWith("malformed JSON Feed (unterminated string"),
                parsed.problems().get(0).message());
    }

    @Test
    void onlyAFeedThatBreaksOffIsCutShort() {
        assertTrue(parser.items(Fixtures.input("broken-truncated.json")).cutShort());
        String whole =
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"title\": \"Hi\"}]}";
        assertFalse(items(whole).cutShort());
        assertFalse(items(whole + " junk").cutShort(), "text after the feed's value leaves out no item");
    }

    private FeedItems items(String json) {
        return parser.items(Input.of(Source.of("feed.json"), json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAFeedWhoseVersionUrlSaysHttp() {
        Parsed parsed = parseText("{\"version\": \"http://jsonfeed.org/version/1\", \"title\": \"Site\","
                + " \"items\": [{\"id\": \"1\", \"title\": \"Hello\"}]}");
        assertEquals(List.of(), parsed.problems());
        assertEquals("Hello", parsed.articles().get(0).headline());
    }

    @Test
    void rejectsJsonThatIsNotAJsonFeed() {
        assertEquals(
                List.of(new Problem("feed.json", "not a JSON Feed (no jsonfeed.org version)")),
                parseText("{\"version\": \"2\", \"items\": []}").problems());
        assertEquals(
                List.of(new Problem("feed.json", "not a JSON Feed (no top-level object)")),
                parseText("[1, 2]").problems());
        assertTrue(parseText("").problems().get(0).message().startsWith("not a JSON Feed (invalid JSON"));
    }

    @Test
    void toleratesWrongTypesInsideItems() {
        Parsed parsed = parseText("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":7,"
                + "\"items\":[{\"title\":[\"x\"],\"content_text\":\"Body\",\"authors\":\"nobody\"},42]}");
        assertEquals(1, parsed.articles().size());
        assertEquals("Body", parsed.articles().get(0).headline());
        assertNull(parsed.articles().get(0).site());
    }

    @Test
    void stripsControlCharactersFromJsonStrings() {
        Parsed parsed = parseText("{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"title\":"
                + "\"Alarm\\u001b[2J\\u0007 bells\",\"content_text\":\"ok\"}]}");
        assertEquals("Alarm bells", parsed.articles().get(0).headline());
    }

    @Test
    void numericDatesAreReadInTheOrderTheFeedsOtherItemsShow() {
        Parsed parsed =
                parseText("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Site\", \"items\": ["
                        + "{\"id\": \"1\", \"title\": \"One\", \"date_published\": \"03/17/2015\"},"
                        + "{\"id\": \"2\", \"title\": \"Two\", \"date_published\": \"05/03/2015\"}]}");
        assertEquals(
                List.of("2015-03-17", "2015-05-03"),
                parsed.articles().stream().map(Article::published).toList());
    }
}
