package dev.lede.core.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionListTest {

    private static final String FILE = "/home/ana/.config/lede/subscriptions";

    @Test
    void aNewsboatUrlsFileIsRead() {
        SubscriptionList list = SubscriptionList.parse(
                FILE,
                String.join(
                        "\n",
                        "# my feeds",
                        "https://harbour.example/feed.xml \"~Harbour News\" local \"city hall\"",
                        "",
                        "https://www.tides.example/atom.xml tides full-text=off # the tide tables",
                        "\"query:Unread:unread = \\\"yes\\\"\"",
                        "exec:~/bin/make-feed",
                        "filter:~/bin/clean:https://x.example/feed",
                        "ftp://old.example/feed",
                        "https://harbour.example/feed.xml again",
                        "https://c.example/f \"~Harbour News\"",
                        "https://d.example/f \"~unclosed",
                        "https://e.example/f \"~../up\"",
                        "https://f.example/f full-text=sometimes"));
        assertEquals(
                List.of(
                        new Subscription(
                                "https://harbour.example/feed.xml",
                                "Harbour News",
                                List.of("local", "city hall"),
                                FullText.AUTO),
                        new Subscription(
                                "https://www.tides.example/atom.xml", "tides.example", List.of("tides"), FullText.OFF)),
                list.subscriptions());
        assertEquals(
                List.of(
                        new Problem(FILE + ":5", "query: feeds are not supported; line skipped"),
                        new Problem(FILE + ":6", "exec: feeds are not supported; line skipped"),
                        new Problem(FILE + ":7", "filter: feeds are not supported; line skipped"),
                        new Problem(FILE + ":8", "not an http or https URL: \"ftp://old.example/feed\"; line skipped"),
                        new Problem(FILE + ":9", "the same feed as line 2; line skipped"),
                        new Problem(FILE + ":10", "the name \"Harbour News\" is already used on line 2; line skipped"),
                        new Problem(FILE + ":11", "a quote is not closed; line skipped"),
                        new Problem(
                                FILE + ":12",
                                "the name \"../up\" cannot be a folder name (no / or \\, not starting with a dot); line skipped"),
                        new Problem(FILE + ":13", "full-text must be on, off or auto; line skipped")),
                list.problems());
    }

    @Test
    void aTagWithAControlCharacterIsALineLedeCannotUse() {
        // A tab would shift lede subscriptions' columns, an escape would reach the terminal.
        SubscriptionList list = SubscriptionList.parse(
                FILE,
                "https://a.example/f \"local\tnews\"\nhttps://b.example/f \u001b[31mred\nhttps://c.example/f ok\n");
        assertEquals(
                List.of(new Subscription("https://c.example/f", "c.example", List.of("ok"), FullText.AUTO)),
                list.subscriptions());
        assertEquals(
                List.of(
                        new Problem(FILE + ":1", "the tag \"local?news\" has a control character; line skipped"),
                        new Problem(FILE + ":2", "the tag \"?[31mred\" has a control character; line skipped")),
                list.problems());
    }

    @Test
    void aBidiOverrideInANameOrATagIsALineLedeCannotUse() {
        // lede subscriptions and lede fetch print names and tags as they are: U+202E would reverse the rest of
        // the line on a terminal that does bidi, and a zero-width space would hide in a folder name.
        SubscriptionList list = SubscriptionList.parse(
                FILE,
                "https://a.example/f \"~ev\u202eil\"\nhttps://b.example/f lo\u2066cal\nhttps://c.example/f \"~ne\u200bws\"\n");
        assertEquals(List.of(), list.subscriptions());
        assertEquals(
                List.of(
                        new Problem(
                                FILE + ":1",
                                "the name \"ev?il\" cannot be a folder name (no / or \\, not starting with a dot); line skipped"),
                        new Problem(FILE + ":2", "the tag \"lo?cal\" has a control character; line skipped"),
                        new Problem(
                                FILE + ":3",
                                "the name \"ne?ws\" cannot be a folder name (no / or \\, not starting with a dot); line skipped")),
                list.problems());
        assertEquals(false, Subscription.usableName("ev\u202eil"));
        assertEquals(Optional.empty(), Subscription.webHost("https://d.example/f?x=\u202egnp.exe"));
        assertEquals(
                List.of(new Problem(
                        FILE + ":1",
                        "malformed URL (a control or invisible character, U+202E, at character 23): "
                                + "\"https://d.example/f?x=?gnp.exe\"; line skipped")),
                SubscriptionList.parse(FILE, "https://d.example/f?x=\u202egnp.exe\n")
                        .problems());
        assertEquals(false, SubscriptionList.usableTag("t\u2069ag"));
        assertEquals(true, Subscription.usableName("Z\u00f6e \u6771\u4eac \uD83D\uDC68\u200D\uD83D\uDC69"));
    }

    @Test
    void feedsWithoutANameAreNamedByTheirHostOnceEach() {
        SubscriptionList list = SubscriptionList.parse(FILE, "https://news.example/a\nhttps://news.example/b\n");
        assertEquals(
                List.of("news.example", "news.example-2"),
                list.subscriptions().stream().map(Subscription::name).toList());
    }

    @Test
    void aWrittenLineReadsBackTheSame() {
        Subscription feed =
                new Subscription("https://q.example/f?a=1#x", "Quay \"Daily\"", List.of("a b", "c"), FullText.ON);
        String text = SubscriptionList.append("# kept\n", feed);
        assertEquals(List.of(feed), SubscriptionList.parse(FILE, text).subscriptions());
        assertEquals("# kept\n", SubscriptionList.replaceLine(text, 2, null));
        Subscription moved = feed.withUrl("https://q.example/new");
        assertEquals(
                List.of(moved),
                SubscriptionList.parse(FILE, SubscriptionList.replaceLine(text, 2, moved))
                        .subscriptions());
    }

    @Test
    void aLineIsRemovedOrReplacedByTheNumberParsingGaveItWhateverTheLineEnds() {
        Subscription moved = new Subscription("https://b.example/new", "b", List.of(), FullText.AUTO);
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            String text = "# mine" + end + "https://a.example/f" + end + "https://b.example/f" + end;
            SubscriptionList list = SubscriptionList.parse(FILE, text);
            int line = list.subscriptions().size() == 2
                    ? list.find("b.example").orElseThrow().line()
                    : -1;
            assertEquals(3, line, "b.example's line, ends " + end.length());
            assertEquals("# mine" + end + "https://a.example/f" + end, SubscriptionList.replaceLine(text, line, null));
            assertEquals(
                    "# mine" + end + "https://a.example/f" + end + "https://b.example/new \"~b\"" + end,
                    SubscriptionList.replaceLine(text, line, moved));
        }
    }

    @Test
    void mergingSkipsKnownUrlsAndRenamesTakenNames() {
        SubscriptionList present = SubscriptionList.parse(FILE, "https://a.example/f \"~News\"\n");
        SubscriptionList.Merge merge = present.merge(List.of(
                new Subscription("https://a.example/f", "Other", List.of(), FullText.AUTO),
                new Subscription("https://b.example/f", "News", List.of("x"), FullText.AUTO)));
        assertEquals(
                List.of(new Subscription("https://b.example/f", "News-2", List.of("x"), FullText.AUTO)), merge.added());
        assertEquals(List.of("https://a.example/f: already subscribed as News"), merge.skipped());
    }

    /**
     * One feed written two ways is subscribed to once (found by qa11: HTTP://HOST/feed, or the URL with a #fragment,
     * subscribed beside the same feed already there, so it was fetched twice into two folders; and by qa19: its http
     * address beside its https one, each item then listed twice). A trailing slash, {@code www.}, a path's case or
     * another port are other addresses a server may answer differently: kept apart.
     */
    @Test
    void oneFeedWrittenAnotherWayIsKnown() {
        SubscriptionList present =
                SubscriptionList.parse(FILE, "https://a.example/f?x=1 \"~News\"\nhttp://b.example \"~B\"\n");
        List<String> sameFeed = List.of(
                "HTTPS://A.Example/f?x=1",
                "https://a.example:443/f?x=1",
                "https://a.example/f?x=1#latest",
                "http://a.example/f?x=1",
                "http://a.example:80/f?x=1");
        for (String url : sameFeed) {
            SubscriptionList.Merge merge =
                    present.merge(List.of(new Subscription(url, "Other", List.of(), FullText.AUTO)));
            assertEquals(List.of(), merge.added(), url);
            assertEquals(List.of(url + ": already subscribed as News (https://a.example/f?x=1)"), merge.skipped());
            assertEquals("News", present.find(url).orElseThrow().subscription().name(), url);
        }
        assertEquals(
                List.of(" https://a.example/f?x=1: already subscribed as News"),
                present.merge(List.of(new Subscription(" https://a.example/f?x=1", "Other", List.of(), FullText.AUTO)))
                        .skipped(),
                "written the same, its address is not said twice");
        for (String url : List.of("http://b.example:80/", "https://b.example", "https://B.example:443/#top")) {
            assertEquals("B", present.find(url).orElseThrow().subscription().name(), url);
        }
        List<String> otherFeeds = List.of(
                "https://a.example/F?x=1",
                "https://a.example/f?x=2",
                "https://a.example/f/?x=1",
                "https://www.a.example/f?x=1",
                "http://a.example:443/f?x=1",
                "https://a.example:8443/f?x=1");
        for (String url : otherFeeds) {
            assertEquals(
                    1,
                    present.merge(List.of(new Subscription(url, "Other", List.of(), FullText.AUTO)))
                            .added()
                            .size(),
                    url);
        }
        SubscriptionList twice = SubscriptionList.parse(
                FILE,
                "https://a.example/f \"~One\"\nHTTPS://a.EXAMPLE/f#top \"~Two\"\nhttp://a.example/f \"~Three\"\n");
        assertEquals(1, twice.entries().size());
        assertEquals(
                List.of(
                        new Problem(FILE + ":2", "the same feed as line 1; line skipped"),
                        new Problem(FILE + ":3", "the same feed as line 1; line skipped")),
                twice.problems());
    }
}
