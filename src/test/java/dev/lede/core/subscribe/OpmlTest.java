package dev.lede.core.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OPML in the shapes feed readers export: flat 1.0, folders, categories, odd attribute case. */
class OpmlTest {

    @Test
    void aFlatOpml10ListAsNewsboatExportsIt() {
        String opml = """
                <?xml version="1.0"?>
                <opml version="1.0">
                  <head><title>newsboat - Exported Feeds</title></head>
                  <body>
                    <outline type="rss" xmlUrl="https://harbour.example/feed.xml" htmlUrl="https://harbour.example/" title="Harbour News"/>
                    <outline type="rss" xmlUrl="https://tides.example/atom.xml" htmlUrl="" title=""/>
                  </body>
                </opml>
                """;
        assertEquals(
                List.of(
                        new Subscription("https://harbour.example/feed.xml", "Harbour News", List.of(), FullText.AUTO),
                        new Subscription("https://tides.example/atom.xml", "tides.example", List.of(), FullText.AUTO)),
                Opml.read("feeds.opml", opml).subscriptions());
    }

    /** A list cut short loses what followed the cut: the feeds before it come in, and the loss is said. */
    @Test
    void aListCutShortIsSaidAndItsFeedsBeforeTheCutKept() {
        String cut = "<opml version=\"2.0\"><body>\n"
                + "<outline type=\"rss\" text=\"Harbour\" xmlUrl=\"https://harbour.example/feed.xml\"/>\n"
                + "<outline type=\"rss\" text=\"Tides\" xmlUrl=\"https://tides.example/atom.xml\"";
        SubscriptionList read = Opml.read("feeds.opml", cut);
        assertEquals(
                List.of(new Subscription("https://harbour.example/feed.xml", "Harbour", List.of(), FullText.AUTO)),
                read.subscriptions());
        assertEquals(
                List.of(new Problem(
                        "feeds.opml",
                        "malformed OPML (no closing </opml>, the file may be truncated); what followed the cut is"
                                + " lost")),
                read.problems());
        // Whole, the same list has no problem.
        assertEquals(
                List.of(), Opml.read("feeds.opml", cut + "/></body></opml>\n").problems());
    }

    @Test
    void markupEscapedOnceMoreThanXmlNeedsIsReadAsHtmlInNamesAndTags() {
        // Exporters that escape a title already holding HTML or entities: after XML decoding, "<b>" and "&amp;"
        // are still there, and would be printed as they are in the name and the folder.
        String opml = """
                <opml version="2.0"><body>
                  <outline text="&lt;i&gt;Local&lt;/i&gt; &amp;amp; Near">
                    <outline type="rss" title="&lt;b&gt;Harbour&lt;/b&gt; News &amp;amp; Tides &amp;#8212; Daily"
                        xmlUrl="https://harbour.example/feed.xml"/>
                    <outline type="rss" title="AT&amp;T &lt; 3 &gt; 2" xmlUrl="https://att.example/feed.xml"/>
                  </outline>
                </body></opml>
                """;
        assertEquals(
                List.of(
                        new Subscription(
                                "https://harbour.example/feed.xml",
                                "Harbour News & Tides \u2014 Daily",
                                List.of("Local & Near"),
                                FullText.AUTO),
                        new Subscription(
                                "https://att.example/feed.xml",
                                "AT&T < 3 > 2",
                                List.of("Local & Near"),
                                FullText.AUTO)),
                Opml.read("escaped.opml", opml).subscriptions());
    }

    @Test
    void escapeSequencesAndBidiControlsInATitleOrCategoryNeverReachTheNameOrTags() {
        // The name and tags are printed as they are by lede subscriptions and lede fetch, and the name is a folder.
        String opml = """
                <opml version="2.0"><body>
                  <outline type="rss" title="Har&#x202e;bour \u009b31m&#x200b;News&#x2066;" category="lo&#x202e;cal"
                      xmlUrl="https://harbour.example/feed.xml"/>
                </body></opml>
                """;
        SubscriptionList list = Opml.read("hostile.opml", opml);
        assertEquals(
                List.of(new Subscription(
                        "https://harbour.example/feed.xml", "Harbour News", List.of("local"), FullText.AUTO)),
                list.subscriptions());
        assertEquals(List.of(), list.problems());
    }

    @Test
    void aCategoryTheListWouldReadAsANameOrAnOptionIsNoTag() {
        // Written as they are, "~x" would come back from the list as the feed's name, "full-text=off" as its mode.
        String opml = "<opml version=\"2.0\"><body><outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\""
                + " category=\"~harbour,full-text=off,tides\"/></body></opml>";
        SubscriptionList list = Opml.read("x.opml", opml);
        assertEquals(
                List.of(new Subscription(
                        "https://quay.example/rss", "Quay", List.of("harbour", "tides"), FullText.AUTO)),
                list.subscriptions());
        assertEquals(
                List.of(new Problem(
                        "x.opml", "feed \"Quay\": \"full-text=off\" cannot be a tag; left out", Problem.Kind.WARNING)),
                list.problems());
    }

    @Test
    void foldersAndCategoriesBecomeTags() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Subscriptions</title><dateCreated>Mon, 30 Nov 2026 10:00:00 GMT</dateCreated></head>
                  <body>
                    <outline text="Local" title="Local">
                      <outline text="City / Hall" title="City / Hall">
                        <outline type="rss" text="Council Watch" xmlUrl="https://council.example/rss" category="/politics/budget,votes"/>
                      </outline>
                    </outline>
                    <outline text="Weather" type="rss" XMLURL="https://weather.example/feed"/>
                    <outline text="Broken" type="rss" xmlUrl="javascript:alert(1)"/>
                    <outline text="Again" type="rss" xmlUrl="https://weather.example/feed"/>
                  </body>
                </opml>
                """;
        SubscriptionList list = Opml.read("inoreader.xml", opml);
        assertEquals(
                List.of(
                        new Subscription(
                                "https://council.example/rss",
                                "Council Watch",
                                List.of("Local", "City / Hall", "politics", "budget", "votes"),
                                FullText.AUTO),
                        new Subscription("https://weather.example/feed", "Weather", List.of(), FullText.AUTO)),
                list.subscriptions());
        assertEquals(
                List.of(
                        new Problem("inoreader.xml", "feed \"Broken\": not an http or https URL; skipped"),
                        new Problem("inoreader.xml", "feed \"Again\": listed twice; skipped")),
                list.problems());
    }

    @Test
    void aTitleWithASlashStillMakesAFolderName() {
        String opml =
                "<opml version=\"2.0\"><body><outline text=\"..News/Views\" xmlUrl=\"https://n.example/f\"/></body></opml>";
        assertEquals(
                "News-Views", Opml.read("x.opml", opml).subscriptions().get(0).name());
    }

    @Test
    void whatIsWrittenReadsBack() {
        List<Subscription> feeds = List.of(
                new Subscription("https://a.example/f?x=1&y=2", "A & B <news>", List.of("one", "two"), FullText.AUTO),
                new Subscription("https://b.example/f", "B \"quoted\"", List.of(), FullText.AUTO));
        assertEquals(feeds, Opml.read("mine.opml", Opml.write(feeds)).subscriptions());
    }

    @Test
    void somethingElseIsNamed() {
        assertEquals(
                List.of(new Problem("x.xml", "not an OPML file (root element <rss>)")),
                Opml.read("x.xml", "<rss version=\"2.0\"></rss>").problems());
    }
}
