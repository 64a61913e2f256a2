package dev.lede.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.PlainTextParser;
import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.FeedItem;
import dev.lede.core.subscribe.FullText;
import dev.lede.core.subscribe.Subscription;
import dev.lede.io.BuildInfo;
import dev.lede.io.FetchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FetchRun} against a real HTTP server on 127.0.0.1: every answer a feed server may give. */
class FetchRunTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final String LONG =
            "<p>" + "The council met for six hours and agreed on nothing but the date of the next meeting. ".repeat(12)
                    + "</p>";

    @TempDir
    Path home;

    private final FeedServer server = new FeedServer();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        never.countDown();
        server.close();
    }

    private SubscriptionPaths paths() {
        return new SubscriptionPaths(
                home.resolve("config/subscriptions"), home.resolve("library"), home.resolve("state"));
    }

    private List<FeedOutcome> fetch(Instant at, FetchOptions options, Subscription... subscriptions) {
        return new FetchRun(paths(), options, Clock.fixed(at, ZoneOffset.UTC))
                .run(List.of(subscriptions), (d, t, a) -> {});
    }

    private FeedOutcome fetch(Instant at, Subscription subscription) {
        return fetch(at, FetchOptions.defaults(), subscription).get(0);
    }

    private static Subscription feed(String name, String url) {
        return new Subscription(url, name, List.of(), FullText.OFF);
    }

    private static String items(int count, String prefix) {
        List<String[]> items = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(new String[] {
                prefix + i,
                "Story " + prefix + i,
                "http://127.0.0.1:9/" + prefix + i,
                "Wed, 02 Dec 2026 0" + (i % 10) + ":00:00 GMT",
                LONG
            });
        }
        return FeedServer.rss("Harbour News", items);
    }

    private List<Path> files(String name) throws IOException {
        Path folder = paths().folder(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    private static Article read(Path file) throws IOException {
        return new PlainTextParser()
                .parse(Input.of(Source.of(file.toString()), Files.readAllBytes(file)))
                .articles()
                .get(0);
    }

    @Test
    void anUnchangedFeedWithAnEtagCostsOne304() throws IOException {
        server.on("/etag", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FeedServer.send(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            FeedServer.send(exchange, 200, items(3, "e"));
        });
        Subscription feed = feed("etag", server.url("/etag"));
        FeedOutcome first = fetch(NOW, feed);
        assertEquals(FeedOutcome.Kind.FETCHED, first.kind());
        assertEquals(3, first.added());
        FeedOutcome second = fetch(NOW.plusSeconds(60), feed);
        assertEquals(FeedOutcome.Kind.UNCHANGED, second.kind());
        assertEquals("\"v1\"", server.requests().get(1).ifNoneMatch());
        assertEquals(3, files("etag").size());
    }

    @Test
    void anUnchangedFeedWithLastModifiedCostsOne304() throws IOException {
        String stamp = "Wed, 02 Dec 2026 09:00:00 GMT";
        server.on("/lm", exchange -> {
            if (stamp.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                FeedServer.send(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("Last-Modified", stamp);
            FeedServer.send(exchange, 200, items(2, "m"));
        });
        Subscription feed = feed("lm", server.url("/lm"));
        assertEquals(2, fetch(NOW, feed).added());
        assertEquals(
                FeedOutcome.Kind.UNCHANGED, fetch(NOW.plusSeconds(60), feed).kind());
        assertNull(server.requests().get(0).ifModifiedSince());
        assertEquals(stamp, server.requests().get(1).ifModifiedSince());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 308})
    void aPermanentRedirectUpdatesTheSubscription(int status) throws IOException {
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            FeedServer.send(exchange, status, new byte[0]);
        });
        server.on("/new", exchange -> FeedServer.send(exchange, 200, items(1, "r")));
        SubscriptionFile list = new SubscriptionFile(paths().list());
        list.write("# mine\n" + server.url("/old") + " \"~moved\" news\n");
        Subscription feed = list.read().subscriptions().get(0);
        FeedOutcome outcome = fetch(NOW, feed);
        assertEquals(server.url("/new"), outcome.movedTo());
        assertEquals(
                List.of("moved: moved permanently to " + server.url("/new") + "; subscription updated"),
                FetchRun.applyMoves(list, List.of(outcome)));
        assertEquals("# mine\n" + server.url("/new") + " \"~moved\" news\n", Files.readString(paths().list()));
        assertEquals(1, files("moved").size());
    }

    @Test
    void aPermanentRedirectToAnAddressAlreadySubscribedIsSaidNotDroppedSilently() throws IOException {
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            FeedServer.send(exchange, 301, new byte[0]);
        });
        server.on("/new", exchange -> FeedServer.send(exchange, 200, items(1, "d")));
        SubscriptionFile list = new SubscriptionFile(paths().list());
        String text = server.url("/new") + " \"~kept\"\n" + server.url("/old") + " \"~Old Atom\"\n";
        list.write(text);
        FeedOutcome outcome = fetch(NOW, list.read().subscriptions().get(1));
        assertEquals(
                List.of("Old Atom: moved permanently to " + server.url("/new")
                        + ", which kept is subscribed to; lede unsubscribe 'Old Atom' drops this one"),
                FetchRun.applyMoves(list, List.of(outcome)));
        assertEquals(text, Files.readString(paths().list()), "the list is left as it was");
    }

    /**
     * A feed moved from http to https: its line takes the https address under the same name, so its folder and its
     * items' ids stay. The two addresses are one feed ({@code Subscription.feedKey}), which is no other
     * subscription's: the move is written, not refused as a double of itself. (A test server without TLS cannot
     * answer at the https address, so the outcome is the one such a fetch gives.)
     */
    @Test
    void aFeedMovedFromHttpToHttpsKeepsItsNameAndItsLine() throws IOException {
        String http = server.url("/feed");
        String https = http.replaceFirst("^http:", "https:");
        SubscriptionFile list = new SubscriptionFile(paths().list());
        list.write(http + " \"~quay\" news\n");
        Subscription feed = list.read().subscriptions().get(0);
        FeedOutcome moved = new FeedOutcome(feed, FeedOutcome.Kind.FETCHED, 1, 0, null, https, List.of(), 0);
        assertEquals(
                List.of("quay: moved permanently to " + https + "; subscription updated"),
                FetchRun.applyMoves(list, List.of(moved)));
        assertEquals(https + " \"~quay\" news\n", Files.readString(paths().list()));
    }

    @Test
    void aTemporaryRedirectLeavesTheSubscriptionAsItIs() throws IOException {
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            FeedServer.send(exchange, 302, new byte[0]);
        });
        server.on("/new", exchange -> FeedServer.send(exchange, 200, items(1, "t")));
        FeedOutcome outcome = fetch(NOW, feed("temp", server.url("/old")));
        assertEquals(FeedOutcome.Kind.FETCHED, outcome.kind());
        assertNull(outcome.movedTo());
    }

    @Test
    void goneIsMarkedAndNeverAskedAgain() {
        server.on("/gone", exchange -> FeedServer.send(exchange, 410, new byte[0]));
        Subscription feed = feed("Gone News", server.url("/gone"));
        FeedOutcome first = fetch(NOW, feed);
        assertEquals(FeedOutcome.Kind.FAILED, first.kind());
        assertTrue(first.reason().startsWith("HTTP 410 Gone"), first.reason());
        FeedOutcome second = fetch(NOW.plus(Duration.ofDays(1)), feed);
        assertEquals(FeedOutcome.Kind.SKIPPED, second.kind());
        assertTrue(second.reason().contains("lede unsubscribe 'Gone News' removes it"), second.reason());
        assertEquals(1, server.count("/gone"));
    }

    private FeedOutcome unwatched(Instant at, Subscription subscription) {
        return new FetchRun(
                        paths(),
                        FetchOptions.defaults(),
                        Clock.fixed(at, ZoneOffset.UTC),
                        FailureNotice.Audience.UNWATCHED)
                .run(List.of(subscription), (d, t, a) -> {})
                .get(0);
    }

    /**
     * A fetch nobody watches (cron every 30 minutes) says a failure when it starts and when its reason changes, then
     * once a day while it lasts, and says when the feed answers again; each fetch still counts it as failed.
     */
    @Test
    void aLastingFailureIsSaidWhenItStartsOrChangesThenOnceADay() {
        AtomicInteger status = new AtomicInteger(500);
        server.on("/down", exchange -> {
            if (status.get() == 200) {
                FeedServer.send(exchange, 200, items(1, "d"));
            } else {
                FeedServer.send(exchange, status.get(), new byte[0]);
            }
        });
        Subscription feed = feed("down", server.url("/down"));
        FeedOutcome first = unwatched(NOW, feed);
        assertEquals("HTTP 500 Internal Server Error", first.notice());
        List<String> notices = new java.util.ArrayList<>();
        for (int run = 1; run < 48; run++) {
            FeedOutcome outcome = unwatched(NOW.plus(Duration.ofMinutes(30L * run)), feed);
            assertEquals(FeedOutcome.Kind.FAILED, outcome.kind());
            if (outcome.notice() != null) {
                notices.add(outcome.notice());
            }
        }
        assertEquals(List.of(), notices, "not said again within the day");
        assertEquals(
                "HTTP 500 Internal Server Error (failing since 2026-12-02 12:00)",
                unwatched(NOW.plus(Duration.ofHours(24)), feed).notice(),
                "said again a day later, with since when");
        status.set(502);
        assertEquals(
                "HTTP 502 Bad Gateway (failing since 2026-12-02 12:00)",
                unwatched(NOW.plus(Duration.ofHours(25)), feed).notice(),
                "a new reason is said at once");
        status.set(200);
        FeedOutcome back = unwatched(NOW.plus(Duration.ofHours(26)), feed);
        assertEquals(List.of("fetched again after failing since 2026-12-02 12:00"), back.warnings());
        assertEquals(List.of(), unwatched(NOW.plus(Duration.ofHours(27)), feed).warnings(), "said once");

        status.set(502);
        assertNull(
                unwatched(NOW.plus(Duration.ofHours(28)), feed).notice(),
                "failing again the same way within the day: not said again at once");
        status.set(200);
        assertEquals(
                List.of(),
                unwatched(NOW.plus(Duration.ofHours(29)), feed).warnings(),
                "nor its end, as its start was not said");
    }

    /** At a terminal every fetch says every failure, with since when once it has lasted beyond one fetch. */
    @Test
    void aFetchAtATerminalSaysEveryFailure() {
        server.on("/down", exchange -> FeedServer.send(exchange, 500, new byte[0]));
        Subscription feed = feed("down", server.url("/down"));
        assertEquals("HTTP 500 Internal Server Error", fetch(NOW, feed).notice());
        assertEquals(
                "HTTP 500 Internal Server Error (failing since 2026-12-02 12:00)",
                fetch(NOW.plusSeconds(1800), feed).notice());
        assertEquals(
                "HTTP 500 Internal Server Error (failing since 2026-12-02 12:00)",
                fetch(NOW.plusSeconds(3600), feed).notice());
    }

    /** A feed gone (410) is said when it goes, then once a day to a fetch nobody watches: never silent for good. */
    @Test
    void aGoneFeedIsRemindedOnceADay() {
        server.on("/gone", exchange -> FeedServer.send(exchange, 410, new byte[0]));
        Subscription feed = feed("gone", server.url("/gone"));
        assertTrue(unwatched(NOW, feed).notice().startsWith("HTTP 410 Gone"));
        assertNull(unwatched(NOW.plus(Duration.ofHours(1)), feed).notice());
        assertNull(unwatched(NOW.plus(Duration.ofHours(23)), feed).notice());
        FeedOutcome dayLater = unwatched(NOW.plus(Duration.ofHours(24)), feed);
        assertEquals(FeedOutcome.Kind.SKIPPED, dayLater.kind());
        assertTrue(dayLater.notice().startsWith("gone (the server answered 410)"), dayLater.notice());
        assertNull(unwatched(NOW.plus(Duration.ofHours(25)), feed).notice());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void retryAfterIsHonoured(int status) {
        server.on("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            FeedServer.send(exchange, status, new byte[0]);
        });
        Subscription feed = feed("busy", server.url("/busy"));
        FeedOutcome first = fetch(NOW, feed);
        assertEquals(FeedOutcome.Kind.FAILED, first.kind());
        assertTrue(first.reason().contains("not asked before 2026-12-02 12:02"), first.reason());
        assertEquals(FeedOutcome.Kind.SKIPPED, fetch(NOW.plusSeconds(60), feed).kind());
        assertEquals(1, server.count("/busy"));
        assertEquals(FeedOutcome.Kind.FAILED, fetch(NOW.plusSeconds(121), feed).kind());
        assertEquals(2, server.count("/busy"));
    }

    @Test
    void aGzippedFeedIsRead() throws IOException {
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            FeedServer.send(exchange, 200, FeedServer.gzip(items(4, "g")));
        });
        assertEquals(4, fetch(NOW, feed("gz", server.url("/gz"))).added());
        assertEquals("gzip", server.requests().get(0).acceptEncoding());
        assertEquals(4, files("gz").size());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.on("/silent", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FeedOutcome outcome = fetch(
                        NOW,
                        FetchOptions.defaults().withReadTimeout(Duration.ofMillis(300)),
                        feed("silent", server.url("/silent")))
                .get(0);
        assertEquals(FeedOutcome.Kind.FAILED, outcome.kind());
        assertEquals("timed out after 0.3 s", outcome.reason());
    }

    /**
     * The reader's Esc interrupts the thread running the fetch: it stops at once, not after the 20 s a silent
     * server is given, the feed it stopped is no failure and keeps its state, and the next fetch asks it again.
     */
    @Test
    void anInterruptStopsTheFetchAndLeavesTheFeedsNotDoneAsTheyWere() throws Exception {
        server.on("/quick", exchange -> FeedServer.send(exchange, 200, items(1, "q")));
        server.on("/silent", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CountDownLatch quickDone = new CountDownLatch(1);
        AtomicReference<List<FeedOutcome>> outcomes = new AtomicReference<>();
        List<Subscription> feeds = List.of(feed("quick", server.url("/quick")), feed("silent", server.url("/silent")));
        Thread fetching = new Thread(() ->
                outcomes.set(new FetchRun(paths(), FetchOptions.defaults(), Clock.fixed(NOW, ZoneOffset.UTC))
                        .run(feeds, (done, total, added) -> quickDone.countDown())));
        fetching.start();
        assertTrue(quickDone.await(10, java.util.concurrent.TimeUnit.SECONDS));
        long asked = System.nanoTime();
        fetching.interrupt();
        fetching.join(Duration.ofSeconds(15).toMillis());
        assertFalse(fetching.isAlive(), "still fetching after the interrupt");
        assertTrue(
                Duration.ofNanos(System.nanoTime() - asked).toSeconds() < 5,
                "stopped only after " + Duration.ofNanos(System.nanoTime() - asked));
        assertEquals(FeedOutcome.Kind.FETCHED, outcomes.get().get(0).kind());
        assertEquals(FeedOutcome.Kind.STOPPED, outcomes.get().get(1).kind());
        assertNull(outcomes.get().get(1).reason());
        assertFalse(Files.exists(paths().feedStates().resolve("silent")), "no failure kept for a feed stopped");
        assertEquals(1, files("quick").size());
    }

    @Test
    void aLibraryFolderThatCannotBeWrittenIsTheFeedsFailureNamingItAndWhy() throws IOException {
        server.on("/a", exchange -> FeedServer.send(exchange, 200, items(1, "a")));
        Files.writeString(home.resolve("library"), "a file where the library folder should be");
        FeedOutcome outcome = fetch(NOW, feed("quay", server.url("/a")));
        assertEquals(FeedOutcome.Kind.FAILED, outcome.kind());
        assertEquals(paths().folder("quay") + ": not a directory", outcome.reason());
        // A folder without write permission: the JDK's message is the bare path.
        assertEquals(
                "/srv/lede/library/quay: permission denied",
                FeedFetch.reason(new java.nio.file.AccessDeniedException("/srv/lede/library/quay"), server.url("/a")));
    }

    @Test
    void aBinaryAnswerFailsAsBinaryWithoutItsBytesInTheReason() throws IOException {
        byte[] picture = new byte[5000];
        new java.util.Random(3).nextBytes(picture);
        picture[40] = 0;
        server.on("/logo", exchange -> FeedServer.send(exchange, 200, picture));
        FeedOutcome outcome = fetch(NOW, FetchOptions.defaults(), feed("logo", server.url("/logo")))
                .get(0);
        assertEquals(FeedOutcome.Kind.FAILED, outcome.kind());
        assertEquals("binary file, not a feed", outcome.reason());
    }

    @Test
    void aMalformedFeedFailsAndATruncatedOneGivesWhatItCan() throws IOException {
        server.on("/junk", exchange -> FeedServer.send(exchange, 200, "<html><body>Not a feed at all</body></html>"));
        String whole = items(3, "c");
        server.on(
                "/cut",
                exchange -> FeedServer.send(exchange, 200, whole.substring(0, whole.lastIndexOf("<item>") + 30)));
        List<FeedOutcome> outcomes =
                fetch(NOW, FetchOptions.defaults(), feed("junk", server.url("/junk")), feed("cut", server.url("/cut")));
        assertEquals(FeedOutcome.Kind.FAILED, outcomes.get(0).kind());
        assertTrue(
                outcomes.get(0).reason().startsWith("not an RSS, RDF or Atom feed"),
                outcomes.get(0).reason());
        assertEquals(FeedOutcome.Kind.FETCHED, outcomes.get(1).kind());
        assertTrue(outcomes.get(1).added() >= 2, "items before the cut are kept");
        assertTrue(
                outcomes.get(1).warnings().get(0).startsWith("malformed feed"),
                outcomes.get(1).warnings().toString());
    }

    @Test
    void aWebPageThatNamesItsFeedSaysWhichToSubscribeTo() {
        // RSS Autodiscovery: a page names its feeds with <link rel="alternate" type="application/rss+xml">.
        server.on(
                "/site",
                exchange -> FeedServer.send(
                        exchange,
                        200,
                        "<!doctype html><html><head><title>Quay</title>"
                                + "<link rel=\"stylesheet\" href=\"/s.css\">"
                                + "<link rel=\"feed alternate\" type=\"application/rss+xml\" title=\"Quay\" href=\"/feed.xml\">"
                                + "</head><body>Welcome</body></html>"));
        server.on("/plain", exchange -> FeedServer.send(exchange, 200, "<html><body>No feed here</body></html>"));
        List<FeedOutcome> outcomes = fetch(
                NOW, FetchOptions.defaults(), feed("site", server.url("/site")), feed("plain", server.url("/plain")));
        assertEquals(FeedOutcome.Kind.FAILED, outcomes.get(0).kind());
        assertEquals(
                "not an RSS, RDF or Atom feed (root element <html>); the page names its feed: "
                        + server.url("/feed.xml") + " (subscribe to that instead)",
                outcomes.get(0).reason());
        assertEquals(
                "not an RSS, RDF or Atom feed (root element <html>)",
                outcomes.get(1).reason());
    }

    @Test
    void aHugeFeedIsRefusedAtTheSizeLimit() throws IOException {
        server.on("/huge", exchange -> FeedServer.send(exchange, 200, items(400, "h")));
        FeedOutcome outcome = fetch(
                        NOW, FetchOptions.defaults().withMaxBytes(64 * 1024), feed("huge", server.url("/huge")))
                .get(0);
        assertEquals(FeedOutcome.Kind.FAILED, outcome.kind());
        assertEquals("larger than the 64 KiB limit (--max-size)", outcome.reason());
        assertEquals(List.of(), files("huge"));
    }

    @Test
    void aSummaryOnlyItemGetsItsPagesTextAndRelatedLinks() throws IOException {
        String page =
                "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>" + LONG + LONG
                        + "</article><aside><h2>Related</h2><ul>"
                        + "<li><a href=\"https://other.example/quay-reopens\">Quay reopens after the storm</a></li>"
                        + "<li><a href=\"/tide-tables\">New tide tables for the winter</a></li></ul></aside></body></html>";
        server.on("/story.html", exchange -> FeedServer.send(exchange, 200, page));
        server.on(
                "/teasers",
                exchange -> FeedServer.send(exchange, 200, FeedServer.rss("Coast", List.<String[]>of(new String[] {
                    "s1",
                    "Ferry returns",
                    server.url("/story.html"),
                    "Wed, 02 Dec 2026 08:00:00 GMT",
                    "<p>The ferry is back on the water after a month …</p>"
                }))));
        FeedOutcome outcome = fetch(NOW, new Subscription(server.url("/teasers"), "coast", List.of(), FullText.AUTO));
        assertEquals(1, outcome.added());
        Article article = read(files("coast").get(0));
        assertTrue(article.bodyText().contains("agreed on nothing but the date"), article.bodyText());
        assertEquals(
                List.of(
                        new RelatedHeadline("Quay reopens after the storm", "https://other.example/quay-reopens"),
                        new RelatedHeadline("New tide tables for the winter", server.url("/tide-tables"))),
                article.related());
        assertEquals("Coast", article.site());

        // The same feed under full-text off keeps the teaser and never asks for the page.
        fetch(NOW, new Subscription(server.url("/teasers"), "coast-off", List.of(), FullText.OFF));
        assertEquals(1, server.count("/story.html"));
        assertTrue(read(files("coast-off").get(0)).bodyText().startsWith("The ferry is back on the water"));
    }

    /**
     * An item naming no author whose page names nobody either gets no byline: the page's own stand-in, its site's
     * name, is no person (the feed's title is the item's site). A page that names its writer gives the byline.
     */
    @Test
    void aFullTextItemTakesNoBylineFromAPageSignedByItsSite() throws IOException {
        String unsigned = "<html><head><title>Ferry returns | Quay Post</title>"
                + "<meta property=\"og:site_name\" content=\"Quay Post\"></head>"
                + "<body><article><h1>Ferry returns</h1>" + LONG + LONG + "</article></body></html>";
        String signed = "<html><head><title>Crane replaced | Quay Post</title>"
                + "<meta property=\"og:site_name\" content=\"Quay Post\">"
                + "<meta name=\"author\" content=\"Lena Ortiz\"></head>"
                + "<body><article><h1>Crane replaced</h1>" + LONG + LONG + "</article></body></html>";
        server.on("/ferry.html", exchange -> FeedServer.send(exchange, 200, unsigned));
        server.on("/crane.html", exchange -> FeedServer.send(exchange, 200, signed));
        server.on(
                "/teasers",
                exchange -> FeedServer.send(
                        exchange,
                        200,
                        FeedServer.rss(
                                "Quay Post",
                                List.<String[]>of(
                                        new String[] {
                                            "s1",
                                            "Ferry returns",
                                            server.url("/ferry.html"),
                                            "Wed, 02 Dec 2026 08:00:00 GMT",
                                            "<p>The ferry is back on the water after a month …</p>"
                                        },
                                        new String[] {
                                            "s2",
                                            "Crane replaced",
                                            server.url("/crane.html"),
                                            "Wed, 02 Dec 2026 09:00:00 GMT",
                                            "<p>The old crane went on Monday …</p>"
                                        }))));
        FeedOutcome outcome = fetch(NOW, new Subscription(server.url("/teasers"), "quay", List.of(), FullText.AUTO));
        assertEquals(2, outcome.added());
        List<Path> written = files("quay");
        String ferryFile = Files.readString(written.get(0));
        Article ferry = read(written.get(0));
        assertTrue(ferry.bodyText().contains("agreed on nothing but the date"), ferry.bodyText());
        assertFalse(ferryFile.contains("By:"), ferryFile);
        assertNull(ferry.byline());
        assertEquals("Quay Post", ferry.site());
        assertEquals("Lena Ortiz", read(written.get(1)).byline());
    }

    /**
     * The written item keeps every address its article is known by: the feed's link, its permalink guid, the
     * page's own canonical and {@code og:url}, and where the link's redirects ended; read back, each is an address.
     */
    @Test
    void aFullTextItemKeepsItsLinkThePagesOwnAddressesAndWhereTheRedirectsEnded() throws IOException {
        String page = "<html><head><title>Ferry returns</title>"
                + "<link rel=\"canonical\" href=\"https://coast.example/news/ferry-returns\">"
                + "<meta property=\"og:url\" content=\"https://m.coast.example/ferry\">"
                + "</head><body><article><h1>Ferry returns</h1>" + LONG + LONG + "</article></body></html>";
        server.on("/story.html", exchange -> FeedServer.send(exchange, 200, page));
        server.on("/s/1", exchange -> {
            exchange.getResponseHeaders().add("Location", "/story.html");
            FeedServer.send(exchange, 302, new byte[0]);
        });
        server.on(
                "/teasers",
                exchange -> FeedServer.send(exchange, 200, FeedServer.rss("Coast", List.<String[]>of(new String[] {
                    "https://coast.example/p/118",
                    "Ferry returns",
                    server.url("/s/1"),
                    "Wed, 02 Dec 2026 08:00:00 GMT",
                    "<p>The ferry is back on the water after a month …</p>"
                }))));
        FeedOutcome outcome = fetch(NOW, new Subscription(server.url("/teasers"), "coast", List.of(), FullText.AUTO));
        assertEquals(1, outcome.added());
        Article article = read(files("coast").get(0));
        assertTrue(article.bodyText().contains("agreed on nothing but the date"), article.bodyText());
        assertEquals(server.url("/s/1"), article.url());
        assertEquals(
                List.of(
                        server.url("/s/1"),
                        "https://coast.example/p/118",
                        "https://coast.example/news/ferry-returns",
                        "https://m.coast.example/ferry",
                        server.url("/story.html")),
                article.addresses());
    }

    @Test
    void pagesThatCannotBeFetchedKeepTheSummariesWithOneLinePerFeedWhateverWentWrong() throws IOException {
        server.on("/gone.html", exchange -> FeedServer.send(exchange, 404, "no"));
        String refused = "http://127.0.0.1:9/refused.html";
        server.on(
                "/teasers",
                exchange -> FeedServer.send(
                        exchange,
                        200,
                        FeedServer.rss(
                                "Coast",
                                List.<String[]>of(
                                        new String[] {
                                            "g1",
                                            "Ferry returns",
                                            server.url("/gone.html"),
                                            "Wed, 02 Dec 2026 08:00:00 GMT",
                                            "<p>The ferry is back on the water after a month …</p>"
                                        },
                                        new String[] {
                                            "r1",
                                            "Quay reopens",
                                            refused,
                                            "Wed, 02 Dec 2026 09:00:00 GMT",
                                            "<p>The quay is open again after the storm …</p>"
                                        }))));
        FeedOutcome outcome = fetch(NOW, new Subscription(server.url("/teasers"), "coast", List.of(), FullText.AUTO));
        assertEquals(2, outcome.added());
        assertEquals(
                List.of("full text not fetched for 2 items (first: " + server.url("/gone.html")
                        + ": HTTP 404 Not Found); their summaries are kept"),
                outcome.warnings(),
                "one line for the feed, naming the first failure");
        assertEquals(2, outcome.fullTextMissed());

        // A refused connection reads as a page that answered with an error.
        server.on(
                "/one",
                exchange -> FeedServer.send(exchange, 200, FeedServer.rss("Coast", List.<String[]>of(new String[] {
                    "r2", "Quay closes", refused, "Wed, 02 Dec 2026 10:00:00 GMT", "<p>The quay is shut again …</p>"
                }))));
        List<String> one = fetch(NOW, new Subscription(server.url("/one"), "coast2", List.of(), FullText.AUTO))
                .warnings();
        assertEquals(1, one.size(), one.toString());
        assertTrue(
                one.get(0)
                        .matches("full text not fetched for 1 item \\(" + java.util.regex.Pattern.quote(refused)
                                + ": [^()]+\\); its summary is kept"),
                one.toString());
    }

    @Test
    void anUpdatedItemReplacesItsFileAndKeepsItsId() throws IOException {
        AtomicReference<String> text = new AtomicReference<>(LONG);
        server.on(
                "/upd",
                exchange -> FeedServer.send(exchange, 200, FeedServer.rss("Upd", List.<String[]>of(new String[] {
                    "u1", "Budget vote", "http://127.0.0.1:9/u1", "Wed, 02 Dec 2026 07:00:00 GMT", text.get()
                }))));
        Subscription feed = feed("upd", server.url("/upd"));
        fetch(NOW, feed);
        Path file = files("upd").get(0);
        Article before = read(file);
        text.set("<p>Correction: the vote was postponed to Friday.</p>" + LONG);
        FeedOutcome outcome = fetch(NOW.plusSeconds(600), feed);
        assertEquals(0, outcome.added());
        assertEquals(1, outcome.updated());
        assertEquals(List.of(file), files("upd"));
        Article after = read(file);
        assertTrue(after.bodyText().startsWith("Correction:"), after.bodyText());
        assertEquals(before.id(), after.id());
        assertEquals(0, fetch(NOW.plusSeconds(1200), feed).updated(), "an unchanged item is not written again");
    }

    @Test
    void anItemIsNeverWrittenTwiceEvenWhenTheStateIsLost() throws IOException {
        String noGuids = FeedServer.rss("Mixed", List.<String[]>of())
                .replace(
                        "</channel>",
                        "<item><title>Linked only</title><link>http://127.0.0.1:9/l1</link><description>"
                                + LONG.replace("<", "&lt;")
                                + "</description></item><item><title>Text only</title><description>Just words, no link.</description></item>"
                                + "</channel>");
        server.on("/mixed", exchange -> FeedServer.send(exchange, 200, noGuids));
        Subscription feed = feed("mixed", server.url("/mixed"));
        assertEquals(2, fetch(NOW, feed).added());
        Files.delete(paths().feedStates().resolve("mixed")); // as if killed after the files and before the state
        assertEquals(0, fetch(NOW.plusSeconds(60), feed).added());
        assertEquals(2, files("mixed").size());
    }

    @Test
    void twoFeedsNumberingTheirItemsAlikeKeepTwoArticles() throws IOException {
        for (String name : List.of("harbour", "council")) {
            server.on(
                    "/" + name,
                    exchange -> FeedServer.send(exchange, 200, FeedServer.rss(name, List.<String[]>of(new String[] {
                        "1", "First story of " + name, "", "Wed, 02 Dec 2026 07:00:00 GMT", LONG
                    }))));
        }
        fetch(
                NOW,
                FetchOptions.defaults(),
                feed("harbour", server.url("/harbour")),
                feed("council", server.url("/council")));
        Article harbour = read(files("harbour").get(0));
        Article council = read(files("council").get(0));
        assertEquals("First story of council", council.headline());
        assertFalse(harbour.id().equals(council.id()), "one id would merge the two into one article: " + harbour.id());
    }

    @Test
    void anItemFetchedUnderItsFormerIdKeepsItsFile() throws IOException {
        server.on("/kept", exchange -> FeedServer.send(exchange, 200, items(1, "k")));
        Subscription feed = feed("kept", server.url("/kept"));
        fetch(NOW, feed);
        Path file = files("kept").get(0);
        // As an earlier lede named it: the id of the GUID alone.
        String former = FeedItem.formerId("k1").orElseThrow().value();
        Path earlier =
                file.resolveSibling(file.getFileName().toString().replaceAll("-[^-]+\\.txt$", "-" + former + ".txt"));
        Files.move(file, earlier);
        Files.delete(paths().feedStates().resolve("kept"));
        assertEquals(0, fetch(NOW.plusSeconds(60), feed).added());
        assertEquals(List.of(earlier), files("kept"));
    }

    @Test
    void aPrunedItemIsNotFetchedAgain() throws IOException {
        server.on("/p", exchange -> FeedServer.send(exchange, 200, items(2, "p")));
        Subscription feed = feed("p", server.url("/p"));
        fetch(NOW, feed);
        Files.delete(files("p").get(0));
        assertEquals(0, fetch(NOW.plusSeconds(60), feed).added());
        assertEquals(1, files("p").size());
    }

    @Test
    void anItemDeletedIsNotFetchedAgainAfterAnAnswerCutShortLeftItOut() throws IOException {
        String whole = items(4, "t");
        AtomicReference<String> answer = new AtomicReference<>(whole);
        server.on("/t", exchange -> FeedServer.send(exchange, 200, answer.get()));
        Subscription feed = feed("t", server.url("/t"));
        assertEquals(4, fetch(NOW, feed).added());
        for (Path file : files("t")) {
            if (List.of("Story t3", "Story t4").contains(read(file).headline())) {
                Files.delete(file); // deleted by hand, or pruned
            }
        }
        // The server's answer breaks off before the third item: the two deleted items are not in it.
        answer.set(whole.substring(0, whole.indexOf("<item>", whole.indexOf("Story t3") - 40)));
        FeedOutcome cut = fetch(NOW.plusSeconds(60), feed);
        assertTrue(
                cut.warnings().get(0).startsWith("malformed feed"),
                cut.warnings().toString());
        answer.set(whole);
        assertEquals(0, fetch(NOW.plusSeconds(120), feed).added(), "the whole feed again brings no deleted item back");
        assertEquals(2, files("t").size());
    }

    /**
     * A feed that shows its latest items drops one and lists it again later (it moved back up): deleted or pruned
     * meanwhile, it stays deleted. Past {@link dev.lede.core.subscribe.FeedState#DROPPED_KEPT} it is forgotten, so
     * the feed's state holds no more than that span of its items.
     */
    @Test
    void anItemTheFeedDropsAndListsAgainStaysDeleted() throws IOException {
        AtomicReference<String> answer = new AtomicReference<>(items(3, "r"));
        server.on("/r", exchange -> FeedServer.send(exchange, 200, answer.get()));
        Subscription feed = feed("r", server.url("/r"));
        assertEquals(3, fetch(NOW, feed).added());
        for (Path file : files("r")) {
            if (read(file).headline().equals("Story r1")) {
                Files.delete(file);
            }
        }
        String withoutFirst = answer.get().replaceAll("(?s)<item>(?:(?!</item>).)*Story r1<.*?</item>", "");
        answer.set(withoutFirst);
        assertEquals(0, fetch(NOW.plus(Duration.ofHours(6)), feed).added());
        answer.set(items(3, "r"));
        assertEquals(
                0,
                fetch(NOW.plus(Duration.ofDays(3)), feed).added(),
                "listed again three days later, the deleted item stays deleted");
        assertEquals(2, files("r").size());

        answer.set(withoutFirst);
        fetch(NOW.plus(Duration.ofDays(4)), feed);
        String state = Files.readString(paths().feedStates().resolve("r"));
        assertTrue(state.contains("dropped\t"), state);
        fetch(NOW.plus(Duration.ofDays(40)), feed);
        state = Files.readString(paths().feedStates().resolve("r"));
        assertFalse(state.contains("dropped\t"), "forgotten a month after the feed last listed it: " + state);
    }

    @Test
    void atMostTwoRequestsGoToOneHostAndEightInAll() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<FeedServer> hosts = new java.util.ArrayList<>();
        List<AtomicInteger> hostMost = new java.util.ArrayList<>();
        List<Subscription> feeds = new java.util.ArrayList<>();
        try {
            for (int h = 1; h <= 6; h++) {
                FeedServer host = new FeedServer("127.0.0." + h);
                AtomicInteger here = new AtomicInteger();
                AtomicInteger hereMost = new AtomicInteger();
                host.on("/f", exchange -> {
                    hereMost.accumulateAndGet(here.incrementAndGet(), Math::max);
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    now.decrementAndGet();
                    here.decrementAndGet();
                    FeedServer.send(exchange, 200, items(1, "x"));
                });
                hosts.add(host);
                hostMost.add(hereMost);
                for (int f = 0; f < 4; f++) {
                    feeds.add(feed("h" + h + "-" + f, host.url("/f?" + f)));
                }
            }
            List<FeedOutcome> outcomes = fetch(NOW, FetchOptions.defaults(), feeds.toArray(Subscription[]::new));
            assertTrue(outcomes.stream().allMatch(o -> o.kind() == FeedOutcome.Kind.FETCHED), outcomes.toString());
            hostMost.forEach(m -> assertTrue(m.get() <= PoliteClient.PER_HOST, "per host: " + m.get()));
            assertTrue(most.get() <= PoliteClient.IN_FLIGHT, "in all: " + most.get());
            assertTrue(most.get() > PoliteClient.PER_HOST, "several hosts at once: " + most.get());
            assertTrue(hosts.get(0).requests().stream()
                    .allMatch(r -> ("lede/" + BuildInfo.version()).equals(r.userAgent())));
        } finally {
            hosts.forEach(FeedServer::close);
        }
    }

    @Test
    void aConnectionDroppedBeforeAnyAnswerIsTriedOnceMore() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                // No status line, as from a server closing a kept-alive connection; the JDK's client
                // retries a GET once by itself, so the second drop is the one lede's retry answers.
                exchange.close();
                return;
            }
            FeedServer.send(exchange, 200, items(1, "f"));
        });
        server.on("/dead", exchange -> exchange.close());
        List<FeedOutcome> outcomes = fetch(
                NOW, FetchOptions.defaults(), feed("flaky", server.url("/flaky")), feed("dead", server.url("/dead")));
        assertEquals(1, outcomes.get(0).added(), String.valueOf(outcomes.get(0).reason()));
        assertEquals(FeedOutcome.Kind.FAILED, outcomes.get(1).kind());
        assertTrue(server.count("/dead") <= 4, "tried twice (each time with the JDK's own retry), not more");
    }

    @Test
    void stateSurvivesAsText() throws IOException {
        server.on("/s", exchange -> {
            exchange.getResponseHeaders().add("ETag", "W/\"abc\"");
            FeedServer.send(exchange, 200, items(2, "s"));
        });
        fetch(NOW, feed("s", server.url("/s")));
        String text = Files.readString(paths().feedStates().resolve("s"), StandardCharsets.UTF_8);
        assertTrue(text.contains("etag\tW/\"abc\"\n"), text);
        assertTrue(text.contains("last-success\t2026-12-02T12:00:00Z\n"), text);
        assertFalse(text.contains("last-error"), text);
    }
}
