package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
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

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private Parsed parse(String fixture) {
        return parser.parse(Fixtures.input(fixture));
    }

    private Parsed parseText(String xml) {
        return parser.parse(Input.of(Source.of("test.xml"), xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRss091WithLatin1DeclarationAndPlainTextParagraphs() {
        Parsed parsed = parse("rss091.xml");
        assertEquals(List.of(), parsed.problems());
        assertEquals(2, parsed.articles().size());
        Article first = parsed.articles().get(0);
        assertEquals(Format.RSS, first.format());
        assertEquals("Harbourside Gazette", first.site());
        assertEquals(new Source("rss091.xml", 1), first.source());
        assertEquals("http://harbourside.example/news/ferry-timetable", first.url());
        assertEquals(
                List.of(
                        new Block.Paragraph(
                                "The Quay Line ferry will leave every twenty minutes instead of every half hour."),
                        new Block.Paragraph("Evening sailings end at 22:40, an hour later than before.")),
                first.body());
        Article second = parsed.articles().get(1);
        assertEquals("Café on Rope Walk reopens", second.headline());
        assertEquals(new Source("rss091.xml", 2), second.source());
    }

    @Test
    void resolvesRelativeRssLinksAgainstTheChannelLink() {
        Article second = parse("rss091.xml").articles().get(1);
        assertEquals("http://harbourside.example/news/cafe-reopens", second.url());
    }

    @Test
    void prefersContentEncodedAndRendersItsHtmlIntoBlocks() {
        Article article = parse("rss20-content.xml").articles().get(0);
        assertEquals("Council approves new footbridge over the Wend", article.headline());
        assertEquals("Tomas Ebbery", article.byline());
        assertEquals("2025-06-02T09:30:00+01:00", article.published());
        assertEquals("https://ledger.example/2025/06/footbridge", article.url());
        assertEquals("The Millbrook Ledger", article.site());
        List<Block> body = article.body();
        assertEquals(
                new Block.Paragraph(
                        "The footbridge will link the east bank with the market square.", List.of(new LinkMark(38, 1))),
                body.get(0));
        assertEquals(new Block.Heading(2, "What it costs", List.of()), body.get(1));
        assertEquals(new Block.ListItem("•", 0, "Design: spring", List.of()), body.get(3));
        assertEquals(new Block.ListItem("2.", 0, "Second vote", List.of()), body.get(6));
        assertEquals(new Block.Quote("We have waited long enough, said resident Ada Fell.", List.of()), body.get(7));
        assertEquals(new Block.Preformatted("span   40 m\nwidth   3 m"), body.get(8));
        assertEquals(
                new Block.Image("Drawing of the footbridge", "https://ledger.example/img/bridge.jpg"), body.get(9));
        assertEquals(
                new Block.Table(List.of(List.of("Stage", "Date"), List.of("Vote", "June")), List.of(), true),
                body.get(10));
        assertEquals(11, body.size(), "tracking pixel and script are dropped");
        assertEquals(
                List.of(
                        new Link(1, "the east bank", "https://ledger.example/places/east-bank"),
                        new Link(2, "valley board", "https://valley.example/")),
                article.links());
        assertFalse(article.bodyText().contains("short summary"), "description is not used when content exists");
        assertFalse(article.bodyText().contains("Transport"), "categories stay out of the body");
    }

    @Test
    void readsEscapedHtmlDescriptionAndAuthorNameInParentheses() {
        Article article = parse("rss20-content.xml").articles().get(1);
        assertEquals("Priya Holloway", article.byline());
        assertEquals("2002-09-07T00:00:01-04:00", article.published());
        assertEquals("https://ledger.example/2025/06/library-hours", article.url());
        assertEquals(
                List.of(
                        new Block.Paragraph("Opening until six on Saturdays."),
                        new Block.Paragraph("Sundays stay closed.")),
                article.body());
    }

    @Test
    void namesAnUntitledItemByItsTextAndUsesAPermalinkGuid() {
        Article article = parse("rss20-content.xml").articles().get(2);
        assertTrue(article.headline().startsWith("An item with no title"));
        assertEquals("https://ledger.example/2025/06/bakery-prize", article.url());
        assertNull(article.published());
        assertEquals(
                List.of(new Problem("rss20-content.xml#3", "unreadable date \"sometime last week\"")),
                article.problems());
    }

    @Test
    void joinsSeveralDublinCoreCreatorsAndReadsDcDate() {
        Article article = parse("rss20-content.xml").articles().get(3);
        assertEquals("Lena Marsh, Oskar Vell", article.byline());
        assertEquals("2025-06-04T18:00:00Z", article.published());
    }

    /** An RSS feed of one item per date, each titled by its date. */
    private Parsed feedDated(String... dates) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Quay notes</title>");
        for (String date : dates) {
            xml.append("<item><title>")
                    .append(date)
                    .append("</title><pubDate>")
                    .append(date)
                    .append("</pubDate></item>");
        }
        return parseText(xml.append("</channel></rss>").toString());
    }

    @Test
    void numericDatesAreReadInTheOrderTheFeedsOtherItemsShow() {
        // 17 is no month: the feed writes the day first, so 05/03 is the 5th of March. An Atom feed is read alike.
        assertEquals(
                List.of("2015-03-17T09:00:00Z", "2015-03-05T14:00:00Z", "2015-03-01"),
                feedDated("17/03/2015 09:00", "05/03/2015 14:00", "01/03/2015").articles().stream()
                        .map(Article::published)
                        .toList());
        assertEquals(
                List.of("2015-03-17", "2015-05-03"),
                feedDated("03/17/2015", "05/03/2015").articles().stream()
                        .map(Article::published)
                        .toList());
        Parsed atom = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quay notes</title>"
                + "<entry><title>One</title><updated>17.03.2015</updated></entry>"
                + "<entry><title>Two</title><updated>05.03.2015</updated></entry></feed>");
        assertEquals("2015-03-05", atom.articles().get(1).published());
    }

    @Test
    void numericDatesStayUnreadWhenTheFeedShowsNoOrderOrBoth() {
        for (Parsed parsed :
                List.of(feedDated("01/02/2015", "05/03/2015"), feedDated("17/03/2015", "03/17/2015", "05/03/2015"))) {
            Article ambiguous = parsed.articles().get(parsed.articles().size() - 1);
            assertNull(ambiguous.published());
            assertEquals(
                    List.of(new Problem(ambiguous.source().label(), "unreadable date \"05/03/2015\"")),
                    ambiguous.problems());
        }
    }

    @Test
    void idCoversTitleLinkAndBody() {
        Article article = parse("rss20-content.xml").articles().get(3);
        assertEquals(
                ArticleId.forContent(article.headline() + "\n" + article.url() + "\n" + article.bodyText()),
                article.id());
        assertEquals(article.id(), parse("rss20-content.xml").articles().get(3).id(), "stable across runs");
    }

    @Test
    void readsRdfItemsThatAreSiblingsOfTheChannel() {
        Parsed parsed = parse("rdf.xml");
        assertEquals(List.of(), parsed.problems());
        assertEquals(2, parsed.articles().size());
        Article first = parsed.articles().get(0);
        assertEquals(Format.RDF, first.format());
        assertEquals("Tidewater Courier", first.site());
        assertEquals("Bram Oduya", first.byline());
        assertEquals("2025-05-30T08:15:00+02:00", first.published());
        Article second = parsed.articles().get(1);
        assertEquals("2025-05-31", second.published(), "a date alone stays a date");
        assertEquals("https://tidewater.example/a/regatta", second.url(), "rdf:about stands in for a missing link");
    }

    @Test
    void readsAtom03EscapedAndInlineXmlContent() {
        Parsed parsed = parse("atom03.xml");
        assertEquals(List.of(), parsed.problems());
        Article first = parsed.articles().get(0);
        assertEquals(Format.ATOM, first.format());
        assertEquals("Imke Sarrow", first.byline(), "entry inherits the feed author");
        assertEquals("2004-12-13T08:29:29-04:00", first.published(), "issued comes before modified");
        assertEquals(
                List.of(new Block.Paragraph(
                        "Twelve new plots opened behind the old school.", List.of(new LinkMark(45, 1)))),
                first.body());
        assertEquals("http://northfield.example/school", first.links().get(0).url());
        Article second = parsed.articles().get(1);
        assertEquals("Jon Arkwell", second.byline());
        assertEquals(
                List.of(
                        new Block.Paragraph("Rehearsals are on Thursdays."),
                        new Block.Paragraph("No audition needed.")),
                second.body());
    }

    @Test
    void appliesXmlBaseAndPrefersTheAlternateLink() {
        Parsed parsed = parse("atom10-base.xml");
        assertEquals(List.of(), parsed.problems());
        Article tram = parsed.articles().get(0);
        assertEquals("Quarry Hill Herald", tram.site(), "html title rendered as text");
        assertEquals("https://quarry.example/news/2025/tram-survey", tram.url());
        assertEquals("Ruth Penhallow", tram.byline());
        assertEquals("2025-06-03T09:00:00+01:00", tram.published(), "published comes before updated");
        Article market = parsed.articles().get(1);
        assertEquals("Market hall repairs", market.headline());
        assertEquals("https://quarry.example/archive/market-hall", market.url());
        assertEquals(
                "https://quarry.example/archive/roof-plan",
                market.links().get(0).url());
        assertEquals("Herald Desk", market.byline());
    }

    @Test
    void keepsAtomTextContentAsTextParagraphs() {
        Article tram = parse("atom10-base.xml").articles().get(0);
        assertEquals(
                List.of(
                        new Block.Paragraph("Surveyors will walk the route for two weeks."),
                        new Block.Paragraph("Residents can comment online or at the town hall.")),
                tram.body());
    }

    @Test
    void usesTheSummaryWhenThereIsNoContent() {
        Article pool = parse("atom10-base.xml").articles().get(2);
        assertEquals(List.of(new Block.Paragraph("Prices stay the same until next April.")), pool.body());
    }

    @Test
    void resolvesAgainstTheFeedUrlWhenFetched() {
        String xml = "<rss><channel><title>T</title><item><title>A</title><link>/a/1</link>"
                + "<description>&lt;a href=\"b/2\"&gt;x&lt;/a&gt;</description></item></channel></rss>";
        Parsed parsed = parser.parse(
                Input.of(Source.of("https://news.example/feeds/main.xml"), xml.getBytes(StandardCharsets.UTF_8)));
        Article article = parsed.articles().get(0);
        assertEquals("https://news.example/a/1", article.url());
        assertEquals("https://news.example/feeds/b/2", article.links().get(0).url());
    }

    @Test
    void readsAtomWrittenWithANamespacePrefix() {
        Parsed parsed = parseText("<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>Prefixed</a:title>"
                + "<a:entry><a:title>Entry</a:title><a:link rel=\"alternate\" href=\"https://p.example/1\"/>"
                + "<a:author><a:name>Noor Vale</a:name></a:author><a:updated>2025-01-02T03:04:05Z</a:updated>"
                + "<a:content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</a:content></a:entry></a:feed>");
        assertEquals(List.of(), parsed.problems());
        Article article = parsed.articles().get(0);
        assertEquals(Format.ATOM, article.format());
        assertEquals("Prefixed", article.site());
        assertEquals("https://p.example/1", article.url());
        assertEquals("Noor Vale", article.byline());
        assertEquals("2025-01-02T03:04:05Z", article.published());
        assertEquals("Body", article.bodyText());
    }

    /**
     * {@code &#146;} is a well-formed XML reference, read as the Windows-1252 quote its writer meant: the feed is not
     * malformed (found by qa11: every fetch of such a feed said 'malformed feed (invalid character reference…)').
     */
    @Test
    void aReferenceToAC1CharacterIsReadAsWindows1252WithoutCallingTheFeedMalformed() {
        Parsed parsed = parseText("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>It&#146;s here &#x96; at last</title><description>Body.</description></item>"
                + "</channel></rss>");
        assertEquals("It\u2019s here \u2013 at last", parsed.articles().get(0).headline());
        assertEquals(List.of(), parsed.problems());
        Parsed broken = parseText("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>It&#146;s here</title><description>Body.</description></item>");
        assertEquals(1, broken.problems().size(), broken.problems().toString());
        assertTrue(
                broken.problems().get(0).message().startsWith("malformed feed (no closing </rss>"),
                broken.problems().get(0).message());
    }

    @Test
    void recoversItemsFromATruncatedFeedWithAProblem() {
        Parsed parsed = parse("broken-truncated.xml");
        assertEquals(2, parsed.articles().size());
        assertEquals("Canal towpath reopens", parsed.articles().get(0).headline());
        assertEquals("2025-06-04T14:05:00Z", parsed.articles().get(0).published());
        assertEquals(
                "School choir wins regional final", parsed.articles().get(1).headline());
        assertEquals(1, parsed.problems().size());
        Problem problem = parsed.problems().get(0);
        assertEquals("broken-truncated.xml", problem.source());
        assertTrue(problem.message().startsWith("malformed feed"), problem.message());
        assertTrue(problem.message().contains("truncated"), problem.message());
        assertFalse(problem.message().contains("\n"));
    }

    @Test
    void onlyAFeedThatBreaksOffIsCutShort() {
        assertTrue(parser.items(Fixtures.input("broken-truncated.xml")).cutShort());
        assertFalse(
                parser.items(Fixtures.input("broken-unclosed.xml")).cutShort(),
                "items left open inside a feed that closes lose nothing after them");
        assertFalse(parser.items(Fixtures.input("rss091.xml")).cutShort());
    }

    @Test
    void recoversItemsFromUnclosedTagsAndBadEntitiesWithAProblem() {
        Parsed parsed = parse("broken-unclosed.xml");
        assertEquals(
                List.of(
                        "Market moves indoors for winter",
                        "New cycle lane on Abbey Road",
                        "Greywell &bogus; Players stage a comedy tonight"),
                parsed.articles().stream().map(Article::headline).toList());
        assertEquals(
                "https://greywell.example/market",
                parsed.articles().get(0).url(),
                "an unclosed item keeps its own link, not the next item's");
        assertEquals(
                "The lane is painted green & runs for two kilometres.",
                parsed.articles().get(1).lede());
        assertEquals(1, parsed.problems().size());
        assertTrue(
                parsed.problems().get(0).message().contains("not closed"),
                parsed.problems().get(0).message());
        assertTrue(
                parsed.problems().get(0).message().endsWith("read 3 items"),
                parsed.problems().get(0).message());
    }

    @Test
    void expandsNoExternalOrInternalEntities() {
        Parsed parsed = parse("broken-xxe.xml");
        assertEquals(1, parsed.articles().size());
        Article article = parsed.articles().get(0);
        String everything = article.headline() + article.site() + article.bodyText();
        assertFalse(everything.contains("root:"), "no /etc/passwd content");
        assertFalse(everything.contains("lollol"), "no entity expansion");
        assertEquals("&passwd;", article.bodyText());
    }

    @Test
    void reportsADocumentThatIsNotAFeed() {
        Parsed parsed = parse("not-a-feed.xml");
        assertEquals(List.of(), parsed.articles());
        assertEquals(
                List.of(new Problem("not-a-feed.xml", "not an RSS, RDF or Atom feed (root element <html>)")),
                parsed.problems());
    }

    @Test
    void reportsEmptyInputWithoutThrowing() {
        Parsed parsed = parseText("");
        assertEquals(List.of(), parsed.articles());
        assertEquals(1, parsed.problems().size());
    }

    @Test
    void skipsEmptyItemsWithAProblem() {
        Parsed parsed = parseText("<rss><channel><item></item><item><title>Kept</title></item>"
                + "<item rdf:about=\"x\"/></channel></rss>");
        assertEquals(1, parsed.articles().size());
        assertEquals(new Source("test.xml", 2), parsed.articles().get(0).source());
        assertEquals(
                List.of(new Problem("test.xml", "2 items have no title, link or content; skipped")),
                parsed.problems(),
                "a self-closing item is not reported as unclosed");
    }

    @Test
    void stripsTerminalControlCharactersFromEverything() {
        String xml = "<rss><channel><title>Site\u001b]0;x\u0007</title><item><title>Head\u009bline\u202e</title>"
                + "<author>Ann\u0000 Lee</author><description>Body &#27;[31mred</description></item></channel></rss>";
        Article article = parseText(xml).articles().get(0);
        String everything = article.site() + article.headline() + article.byline() + article.bodyText();
        assertTrue(everything.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e), everything);
        // U+009B is CSI and "l" its final byte: a terminal would eat both, and so does the sanitizer.
        assertEquals("Headine", article.headline());
    }

    @Test
    void decodesByTheHttpCharsetThenTheDeclarationAndFallsBackOnBadUtf8() {
        byte[] latin1 = "<rss><channel><item><title>Caf\u00e9</title></item></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Parsed byHeader = parser.parse(new Input(Source.of("u"), latin1, "application/rss+xml; charset=ISO-8859-1"));
        assertEquals("Café", byHeader.articles().get(0).headline());
        assertEquals(List.of(), byHeader.problems());

        Parsed undeclared = parser.parse(Input.of(Source.of("u"), latin1));
        assertEquals("Café", undeclared.articles().get(0).headline());
        assertEquals(List.of(new Problem("u", "not valid UTF-8, read as windows-1252")), undeclared.problems());
    }

    @Test
    void aBadByteInAUtf8FeedIsCountedAndTheRestIsUtf8() {
        byte[] head = "<rss><channel><item><title>Zoë’s café ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0x81;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Parsed parsed = parser.parse(Input.of(Source.of("u"), bytes));
        assertEquals("Zoë’s café \uFFFD", parsed.articles().get(0).headline());
        assertEquals(
                List.of(new Problem("u", "1 invalid byte (not UTF-8); the rest read as UTF-8")), parsed.problems());
    }

    @Test
    void honoursAUtf32ByteOrderMark() {
        byte[] bytes = "\ufeff<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Ü</title></entry></feed>"
                .getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        assertEquals(
                "Ü",
                parser.parse(Input.of(Source.of("u"), bytes)).articles().get(0).headline());
    }

    @Test
    void honoursAUtf16ByteOrderMark() {
        byte[] bytes = "\ufeff<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Ü</title></entry></feed>"
                .getBytes(StandardCharsets.UTF_16LE);
        Parsed parsed = parser.parse(Input.of(Source.of("u"), bytes));
        assertEquals("Ü", parsed.articles().get(0).headline());
    }

    @Test
    void readsDeeplyNestedUnclosedItemsWithoutOverflowing() {
        // jsoup stops nesting at 512 levels; deeper items lose their fields, the rest are read.
        StringBuilder xml = new StringBuilder("<rss><channel>");
        int count = 5_000;
        for (int i = 0; i < count; i++) {
            xml.append("<item><title>Item ").append(i).append("</title>");
        }
        Parsed parsed = parseText(xml.toString());
        assertTrue(parsed.articles().size() > 500, "items above the depth limit are read");
        assertEquals("Item 0", parsed.articles().get(0).headline());
        assertEquals("Item 1", parsed.articles().get(1).headline());
        assertTrue(parsed.problems().get(0).message().startsWith("malformed feed"));
    }
}
