package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.Place;
import dev.lede.core.state.ReadingState;
import dev.lede.io.StateStore;
import dev.lede.io.StdinKind;
import dev.lede.io.fetch.FeedServer;
import dev.lede.io.fetch.FetchLock;
import dev.lede.ui.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** subscribe, unsubscribe, subscriptions, import, fetch and prune as a person runs them. */
class SubscriptionCommandsTest {

    private static final String BODY =
            "<p>" + "Harbour dues rise for the third year running, the port board said. ".repeat(12) + "</p>";

    @TempDir
    Path home;

    private final FeedServer server = new FeedServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_STATE_HOME", home.resolve("state").toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        return environment;
    }

    private CliRun run(String... args) {
        return CliRun.withEnvironment(environment(), StdinKind.NOTHING, new byte[0], args);
    }

    private Path library() {
        return home.resolve("data/lede/library");
    }

    private void serve(String path, String title, int items, String date) {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title + "</title>");
        for (int i = 1; i <= items; i++) {
            feed.append("<item><guid>")
                    .append(path)
                    .append(i)
                    .append("</guid><title>")
                    .append(title)
                    .append(" story ")
                    .append(i)
                    .append("</title><link>http://127.0.0.1:9")
                    .append(path)
                    .append(i)
                    .append("</link><pubDate>")
                    .append(date)
                    .append("</pubDate><description><![CDATA[")
                    .append(BODY)
                    .append("]]></description></item>");
        }
        String text = feed.append("</channel></rss>").toString();
        server.on(path, exchange -> FeedServer.send(exchange, 200, text));
    }

    /**
     * {@code lede fetch} ended while a feed still answers (Ctrl-C; here SIGTERM, which runs the same shutdown
     * hooks): it says what was left undone, as a reader quit while R fetches does, where it ended without a word.
     */
    @Test
    void anInterruptedFetchSaysWhatIsLeft() throws Exception {
        serve("/slow", "Slow", 1, "Wed, 02 Dec 2026 08:00:00 GMT");
        assertEquals(0, run("subscribe", server.url("/slow"), "--name", "Slow").exitCode());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS); // a feed that does not answer yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FeedServer.send(exchange, 503, "");
        });
        Path errors = home.resolve("fetch.err");
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        dev.lede.Main.class.getName(),
                        "fetch")
                .redirectOutput(home.resolve("fetch.out").toFile())
                .redirectError(errors.toFile());
        child.environment().putAll(environment());
        long asked = server.count("/slow");
        Process fetch = child.start();
        try {
            for (int i = 0; i < 3_000 && server.count("/slow") == asked; i++) {
                Thread.sleep(10);
            }
            assertTrue(server.count("/slow") > asked, "the fetch asked for the feed");
            fetch.destroy();
            assertTrue(fetch.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            release.countDown();
            fetch.destroyForcibly();
        }
        assertEquals(
                "lede: fetch interrupted (0 of 1 feeds done, 0 new); lede fetch fetches the rest\n",
                Files.readString(errors));
    }

    private List<Path> articles() throws IOException {
        if (!Files.isDirectory(library())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(library())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void subscribeListUnsubscribe() throws IOException {
        CliRun subscribed =
                run("subscribe", server.url("/a"), "--name", "Harbour", "--tag", "local", "--full-text", "off");
        assertEquals(0, subscribed.exitCode(), subscribed.err());
        assertEquals(
                "subscribed to " + server.url("/a") + " as Harbour; lede fetch gets its items\n", subscribed.out());
        assertEquals(
                server.url("/a") + " \"~Harbour\" local full-text=off\n",
                Files.readString(home.resolve("config/lede/subscriptions")));
        CliRun again = run("subscribe", server.url("/a"));
        assertEquals(1, again.exitCode());
        assertEquals("lede: " + server.url("/a") + ": already subscribed as Harbour\n", again.err());
        assertEquals(2, run("subscribe", "ftp://x.example/f").exitCode());
        assertEquals(2, run("subscribe", server.url("/b"), "--name", "a/b").exitCode());
        assertEquals(
                2, run("subscribe", server.url("/b"), "--full-text", "maybe").exitCode());

        assertEquals(
                "Harbour\t" + server.url("/a") + "\tlocal\tnever\t0 new\t-\n",
                run("subscriptions").out());
        String opml = run("subscriptions", "--opml").out();
        assertTrue(
                opml.contains("<outline type=\"rss\" text=\"Harbour\" title=\"Harbour\" xmlUrl=\"" + server.url("/a")
                        + "\" category=\"local\"/>"),
                opml);

        CliRun gone = run("unsubscribe", "Harbour");
        assertEquals(0, gone.exitCode(), gone.err());
        assertEquals("", Files.readString(home.resolve("config/lede/subscriptions")));
        assertEquals(2, run("unsubscribe", "Harbour").exitCode(), "a name no subscription has is a wrong command line");
    }

    /**
     * A list written by an earlier lede with one feed under https and http: the second line, now skipped as the same
     * feed, is removed by its name, that line alone, with its feed state; the URL still names the subscription, and
     * removing it says that the other line is the same feed and stays (found by qa21: no command could name the
     * skipped line, so {@code lede fetch} exited 1 at every run until the file was edited by hand).
     */
    @Test
    void unsubscribeRemovesASkippedDuplicateLineByItsName() throws IOException {
        Path list = home.resolve("config/lede/subscriptions");
        Files.createDirectories(list.getParent());
        String first = "https://quay.example/rss \"~quay.example\"\n";
        String duplicate = "http://quay.example/rss \"~quay.example-2\"\n";
        String other = "https://tides.example/atom \"~Tides\"\n";
        Files.writeString(list, first + duplicate + other);
        Path state = home.resolve("state/lede/feeds/quay.example-2");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "");
        Files.createDirectories(library().resolve("quay.example-2"));

        CliRun removed = run("unsubscribe", "quay.example-2");
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals("lede: " + list + ":2: the same feed as line 1; line skipped\n", removed.err());
        assertEquals(
                "removed line 2 of " + list + ", http://quay.example/rss (quay.example-2): the same feed as line 1,"
                        + " quay.example, which stays subscribed; its articles stay in "
                        + library().resolve("quay.example-2") + "\n",
                removed.out());
        assertEquals(first + other, Files.readString(list));
        assertFalse(Files.exists(state));
        CliRun listed = run("subscriptions");
        assertEquals("", listed.err());

        Files.writeString(list, first + duplicate + other);
        CliRun byUrl = run("unsubscribe", "http://quay.example/rss");
        assertEquals(0, byUrl.exitCode(), byUrl.err());
        assertEquals(
                "unsubscribed from https://quay.example/rss (quay.example); quay.example-2 (http://quay.example/rss)"
                        + " is the same feed and stays subscribed\n",
                byUrl.out());
        assertEquals(duplicate + other, Files.readString(list));
    }

    /**
     * The same feed over http and https (same host, port and path) is subscribed to once, by {@code subscribe} as by
     * {@code import}, and named either way by {@code fetch} and {@code unsubscribe} (found by qa19: the http address
     * came in beside the https one as {@code quay.example-2}, and each item was listed twice).
     */
    @Test
    void theSameFeedOverHttpAndHttpsIsSubscribedToOnce() throws IOException {
        serve("/rss", "Quay", 1, "Wed, 02 Dec 2026 09:00:00 GMT");
        String http = server.url("/rss");
        String https = http.replaceFirst("^http:", "https:");
        assertEquals(0, run("subscribe", http).exitCode());
        Path list = home.resolve("config/lede/subscriptions");
        String written = Files.readString(list);

        CliRun again = run("subscribe", https.replace("/rss", "/rss#latest"));
        assertEquals(1, again.exitCode(), "as for the same address twice");
        assertEquals("", again.out());
        assertEquals("lede: " + https + "#latest: already subscribed as 127.0.0.1 (" + http + ")\n", again.err());
        assertEquals(written, Files.readString(list));

        Path urls = home.resolve("urls");
        Files.writeString(
                urls, https + " \"~Quay\"\nhttps://tides.example/atom\nhttp://TIDES.example:80/atom \"~Tides\"\n");
        CliRun imported = run("import", urls.toString());
        assertEquals(1, imported.exitCode());
        assertEquals("lede: " + urls + ":3: the same feed as line 2; line skipped\n", imported.err());
        assertEquals("imported 1 subscription from " + urls + " (1 already there); 1 skipped\n", imported.out());
        Path opml = home.resolve("feeds.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"Wind\" xmlUrl=\"https://wind.example/rss\"/>"
                        + "<outline text=\"Wind plain\" xmlUrl=\"http://wind.example/rss\"/>"
                        + "<outline text=\"Quay\" xmlUrl=\"" + https + "\"/></body></opml>");
        CliRun fromOpml = run("import", opml.toString());
        assertEquals(0, fromOpml.exitCode(), fromOpml.err());
        assertEquals("imported 1 subscription from " + opml + " (2 already there)\n", fromOpml.out());
        assertEquals(
                written + "https://tides.example/atom \"~tides.example\"\nhttps://wind.example/rss \"~Wind\"\n",
                Files.readString(list));

        CliRun fetched = run("fetch", https);
        assertEquals(0, fetched.exitCode(), fetched.err());
        assertEquals(1, server.count("/rss"), "fetched at the address it is subscribed at");
        assertEquals(0, run("unsubscribe", https).exitCode());
        assertFalse(Files.readString(list).contains(http), Files.readString(list));
    }

    @Test
    void aNameOrUrlWithControlCharactersIsRefusedWithoutSendingThemToTheTerminal() {
        CliRun badName = run("subscribe", server.url("/a"), "--name", "x\u001b[2Jy");
        assertEquals(2, badName.exitCode());
        assertEquals(
                "lede: --name x^[[2Jy: cannot be a folder name (no / or \\, no control character, not starting "
                        + "with a dot, no spaces around it, at most 100 characters)\n",
                badName.err());
        CliRun badUrl = run("subscribe", "http://a.example/\u001b]0;owned\u0007 b");
        assertEquals(2, badUrl.exitCode());
        assertEquals(
                "lede: http://a.example/^[]0;owned^G b: malformed URL (a control or invisible character, U+001B, at "
                        + "character 18)\n",
                badUrl.err());
    }

    @Test
    void aListFolderThatCannotBeMadeIsOneLineNamingIt() throws IOException {
        // A file where the config folder should be: as a read-only folder would, it refuses the list.
        Files.writeString(home.resolve("config"), "not a folder");
        CliRun subscribed = run("subscribe", server.url("/a"));
        assertEquals(1, subscribed.exitCode());
        assertEquals("lede: " + home.resolve("config/lede/subscriptions") + ": not a directory\n", subscribed.err());
    }

    @Test
    void aStateFolderThatCannotBeMadeIsOneLineNamingIt() throws IOException {
        run("subscribe", server.url("/a"), "--name", "quay");
        Files.writeString(home.resolve("state"), "not a folder");
        CliRun pruned = run("prune", "--older-than", "3");
        assertEquals(1, pruned.exitCode());
        assertEquals("lede: " + home.resolve("state/lede") + ": not a directory\n", pruned.err());
    }

    @Test
    void badLinesAreNamedAndSkipped() throws IOException {
        Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(home.resolve("config/lede/subscriptions"), "not a url\n" + server.url("/a") + " \"~ok\"\n");
        CliRun listed = run("subscriptions");
        assertEquals(1, listed.exitCode());
        assertEquals(
                "lede: " + home.resolve("config/lede/subscriptions")
                        + ":1: not an http or https URL: \"not\"; line skipped\n",
                listed.err());
        assertTrue(listed.out().startsWith("ok\t"), listed.out());
    }

    @Test
    void fetchOfAListWithALineSkippedExitsOneAsSubscriptionsDoes() throws IOException {
        serve("/a", "Quay", 1, "Mon, 01 Dec 2025 10:00:00 GMT");
        Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(home.resolve("config/lede/subscriptions"), "not a url\n" + server.url("/a") + " \"~ok\"\n");
        CliRun fetched = run("fetch");
        assertTrue(fetched.err().contains(":1: not an http or https URL: \"not\"; line skipped"), fetched.err());
        assertTrue(Files.isDirectory(library().resolve("ok")), "the usable line is fetched");
        assertEquals(run("subscriptions").exitCode(), fetched.exitCode(), fetched.err());
        assertEquals(ExitCodes.SOME_FAILED, fetched.exitCode());
    }

    @Test
    void importOfANamedPipeIsRefusedAtOnce() throws Exception {
        Path fifo = home.resolve("feeds.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "skipped: mkfifo could not make a FIFO");
        CliRun imported = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> run("import", fifo.toString()));
        assertEquals(3, imported.exitCode());
        assertEquals("lede: " + fifo + ": a named pipe, not a file; not a subscription list\n", imported.err());
    }

    @Test
    void importOfWhatCannotBeReadSaysWhyOnce() throws IOException {
        CliRun folder = run("import", home.toString());
        assertEquals(3, folder.exitCode());
        assertEquals("lede: " + home + ": a folder, not a subscription list\n", folder.err());
        Path underAFile = Files.writeString(home.resolve("plain.txt"), "x").resolve("urls");
        CliRun refused = run("import", underAFile.toString());
        assertEquals(3, refused.exitCode());
        assertEquals("lede: " + underAFile + ": cannot be read (not a directory)\n", refused.err());
    }

    @Test
    void importReadsOpmlAndNewsboatUrls() throws IOException {
        Path opml = home.resolve("feeds.opml");
        Files.writeString(
                opml,
                "<?xml version=\"1.0\"?><opml version=\"1.0\"><body><outline text=\"News\">"
                        + "<outline type=\"rss\" text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/></outline></body></opml>");
        CliRun fromOpml = run("import", opml.toString());
        assertEquals(0, fromOpml.exitCode(), fromOpml.err());
        assertEquals("imported 1 subscription from " + opml + "\n", fromOpml.out());

        Path urls = home.resolve("urls");
        Files.writeString(
                urls,
                "# newsboat\nhttps://quay.example/rss \"~Quay again\"\nhttps://tides.example/atom tides\n"
                        + "\"query:Unread Articles:unread = \\\"yes\\\"\"\nexec:~/bin/feed\n");
        CliRun fromUrls = run("import", urls.toString());
        assertEquals(1, fromUrls.exitCode());
        assertEquals(
                "lede: " + urls + ":4: query: feeds are not supported; line skipped\n" + "lede: " + urls
                        + ":5: exec: feeds are not supported; line skipped\n",
                fromUrls.err(),
                "the feed already subscribed is counted in the summary, not said again");
        assertEquals("imported 1 subscription from " + urls + " (1 already there); 2 skipped\n", fromUrls.out());
        assertEquals(
                "https://quay.example/rss \"~Quay\" News\nhttps://tides.example/atom \"~tides.example\" tides\n",
                Files.readString(home.resolve("config/lede/subscriptions")));
        assertEquals(3, run("import", home.resolve("missing").toString()).exitCode());
    }

    @Test
    void aTagTheListCouldNotReadBackAsTheSameTagIsAUsageError() {
        // A newline would split the list's line, "~x" would be read back as the name, "full-text=off" as the
        // option, an escape would reach the terminal from lede subscriptions.
        for (String tag : List.of("", " ", "x\ny", "\u001b[31mred", "~x", "full-text=off")) {
            CliRun refused = run("subscribe", "https://quay.example/rss", "--tag", tag);
            assertEquals(ExitCodes.USAGE, refused.exitCode(), tag + ": " + refused.err());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("lede: --tag "), refused.err());
            assertTrue(refused.err().contains(": cannot be a tag ("), refused.err());
            assertFalse(refused.err().contains("\u001b"), refused.err());
        }
        assertEquals("", run("subscriptions").out(), "nothing was subscribed");
        CliRun spaced = run("subscribe", "https://quay.example/rss", "--tag", "local news", "--tag", "a~b");
        assertEquals(0, spaced.exitCode(), spaced.err());
        assertTrue(
                run("subscriptions").out().contains("\tlocal news,a~b\t"),
                run("subscriptions").out());
    }

    @Test
    void importOfDashReadsThePipeAsTheOtherCommandsDo() throws IOException {
        byte[] opml = ("<opml version=\"2.0\"><body><outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/>"
                        + "</body></opml>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun piped = CliRun.withEnvironment(environment(), StdinKind.DATA, opml, "import", "-");
        assertEquals(0, piped.exitCode(), piped.err());
        assertEquals("imported 1 subscription from -\n", piped.out());
        assertEquals(
                "https://quay.example/rss \"~Quay\"\n", Files.readString(home.resolve("config/lede/subscriptions")));

        CliRun terminal = CliRun.withEnvironment(environment(), StdinKind.TERMINAL, opml, "import", "-");
        assertEquals(ExitCodes.USAGE, terminal.exitCode());
        assertEquals("lede: -: stdin is a terminal; pipe a file in (curl URL | lede import -)\n", terminal.err());

        CliRun empty = CliRun.withEnvironment(environment(), StdinKind.DATA, new byte[0], "import", "-");
        assertEquals(ExitCodes.NOTHING_READ, empty.exitCode());
        assertEquals("lede: -: no feeds in it\n", empty.err());
    }

    @Test
    void importsSummaryNamesAFileWithControlCharactersAsEveryOtherLineDoes() throws IOException {
        Path opml = home.resolve("feeds\u001b[31mred.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/></body></opml>");
        CliRun imported = run("import", opml.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(
                "imported 1 subscription from " + dev.lede.core.text.Sanitizer.visibleLine(opml.toString()) + "\n",
                imported.out());
        assertFalse(imported.out().contains("\u001b"), "no escape sequence reaches the terminal");
    }

    @Test
    void importSaysWhichFeedItRenamedBecauseItsNameWasTaken() throws IOException {
        run("subscribe", "https://harbour.example/rss", "--name", "harbour");
        Path opml = home.resolve("feeds.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"harbour\" xmlUrl=\"https://other.example/harbour\"/>"
                        + "<outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/></body></opml>");
        CliRun imported = run("import", opml.toString());
        assertEquals(0, imported.exitCode(), "a renamed feed is imported: " + imported.err());
        assertEquals(
                "lede: " + opml + ": https://other.example/harbour: the name harbour is taken; imported as harbour-2\n",
                imported.err());
        assertTrue(run("subscriptions").out().contains("harbour-2\t"), "under the name said");
    }

    @Test
    void importSaysEachProblemOnceOnStderrAndCountsInTheSummaryOnce() throws IOException {
        Path page = home.resolve("page.opml");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>Quay</title></head><body>news</body></html>");
        CliRun notOpml = run("import", page.toString());
        assertEquals(3, notOpml.exitCode());
        assertEquals("lede: " + page + ": not an OPML file (root element <html>)\n", notOpml.err());
        assertEquals("", notOpml.out(), "no summary of nothing imported");

        Path binary = home.resolve("feeds.png");
        byte[] picture = new byte[3000];
        new java.util.Random(7).nextBytes(picture);
        picture[8] = 0;
        Files.write(binary, picture);
        CliRun notText = run("import", binary.toString());
        assertEquals(3, notText.exitCode());
        assertEquals("lede: " + binary + ": binary file, not a subscription list\n", notText.err(), "one line");
        assertEquals("", notText.out());

        Path empty = home.resolve("empty.opml");
        Files.writeString(empty, "<opml version=\"2.0\"><body></body></opml>");
        CliRun none = run("import", empty.toString());
        assertEquals(3, none.exitCode());
        assertEquals("lede: " + empty + ": no feeds in it\n", none.err());
        assertEquals("", none.out());

        Path opml = home.resolve("feeds.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/>"
                        + "<outline text=\"Tides\" xmlUrl=\"ftp://tides.example/feed\"/></body></opml>");
        run("subscribe", "https://quay.example/rss", "--name", "Quay");
        CliRun again = run("import", opml.toString());
        assertEquals(1, again.exitCode());
        assertEquals(
                "lede: " + opml + ": feed \"Tides\": not an http or https URL; skipped\n",
                again.err(),
                "the skipped feed once; the one already subscribed is no problem");
        assertEquals("imported 0 subscriptions from " + opml + " (1 already there); 1 skipped\n", again.out());
        assertEquals(
                "https://quay.example/rss \"~Quay\"\n", Files.readString(home.resolve("config/lede/subscriptions")));
    }

    @Test
    void importCountsATagLeftOutAsAWarningNotASkippedFeed() throws IOException {
        // The feed is imported without the tag: said on stderr, but nothing was skipped (found by qa8: the summary
        // said "imported 1 subscription …; 1 skipped" of one feed, and the status was 1).
        Path opml = home.resolve("tagged.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"full-text=off\">"
                        + "<outline text=\"Quay\" xmlUrl=\"https://quay.example/rss\"/></outline></body></opml>");
        CliRun imported = run("import", opml.toString());
        assertEquals(
                "lede: " + opml + ": feed \"Quay\": \"full-text=off\" cannot be a tag; left out\n", imported.err());
        assertEquals("imported 1 subscription from " + opml + "\n", imported.out());
        assertEquals(0, imported.exitCode(), "every feed was imported");
        assertEquals(
                "https://quay.example/rss \"~Quay\"\n", Files.readString(home.resolve("config/lede/subscriptions")));
    }

    @Test
    void fetchWritesArticlesNamesFailuresAndOpensWithoutArguments() throws IOException {
        serve("/a", "Quay Daily", 3, "Wed, 02 Dec 2026 08:00:00 GMT");
        server.on("/broken", exchange -> FeedServer.send(exchange, 500, "oops"));
        run("subscribe", server.url("/a"), "--name", "quay", "--tag", "local");
        run("subscribe", server.url("/broken"), "--name", "broken");

        CliRun fetched = run("fetch");
        assertEquals(1, fetched.exitCode());
        assertEquals("lede: broken: HTTP 500 Internal Server Error\n", fetched.err());
        assertEquals("2 feeds: 3 new, 0 updated, 0 unchanged, 1 failed\n", fetched.out());
        assertEquals(3, articles().size());
        assertTrue(articles().get(0).toString().endsWith(".txt"));
        assertTrue(articles().get(0).getParent().endsWith("quay"));

        CliRun tagged = run("fetch", "local");
        assertEquals(0, tagged.exitCode(), tagged.err());
        assertEquals("1 feed: 0 new, 0 updated, 1 unchanged\n", tagged.out());
        assertEquals(2, run("fetch", "nothing-by-that-name").exitCode());
        assertTrue(run("subscriptions")
                .out()
                .contains("broken\t" + server.url("/broken") + "\t-\tnever\t0 new\tHTTP 500 Internal Server Error\n"));

        CliRun opened = run();
        assertTrue(opened.out().contains("Quay Daily story 1"), opened.out());
        CliRun listed = run("list");
        assertEquals(0, listed.exitCode(), listed.err());
        assertEquals(
                3,
                listed.out()
                        .lines()
                        .filter(line -> line.contains("Quay Daily story"))
                        .count(),
                "every command opens the fetched library with no input, as the reader does: " + listed.out());
    }

    @Test
    void aSecondFetchWhileOneRunsSaysSo() throws IOException {
        serve("/a", "Quay", 1, "Wed, 02 Dec 2026 08:00:00 GMT");
        run("subscribe", server.url("/a"));
        Optional<FetchLock> held = FetchLock.tryAcquire(home.resolve("state/lede/fetch.lock"));
        assertTrue(held.isPresent());
        try (FetchLock lock = held.get()) {
            CliRun second = run("fetch");
            assertEquals(1, second.exitCode());
            assertEquals(
                    "lede: another lede fetch is running (pid "
                            + ProcessHandle.current().pid() + "); this one does nothing\n",
                    second.err());
            assertEquals(List.of(), articles());
        }
        assertEquals(0, run("fetch").exitCode());
    }

    /** The reader's R kept out by another fetch says so, then, once that fetch has ended, that it ended. */
    @Test
    void theReadersFetchKeptOutSaysWhenTheOtherFetchEnds() throws Exception {
        serve("/a", "Quay", 1, "Wed, 02 Dec 2026 08:00:00 GMT");
        run("subscribe", server.url("/a"));
        java.util.concurrent.BlockingQueue<Event> events = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader;
        try (FetchLock held =
                FetchLock.tryAcquire(home.resolve("state/lede/fetch.lock")).orElseThrow()) {
            reader = new Thread(() -> new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.empty(), line -> {})
                    .accept(events::add));
            reader.start();
            Event ended = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            while (ended instanceof Event.FetchProgressed) {
                ended = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            String running = "another lede fetch is running (pid "
                    + ProcessHandle.current().pid() + ")";
            assertEquals(new Event.FetchEnded(0, 0, 0, running), ended);
            assertEquals(null, events.poll(1500, java.util.concurrent.TimeUnit.MILLISECONDS), "not while it runs");
        }
        Event over = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(
                new Event.NoticeOutdated(
                        "another lede fetch is running (pid "
                                + ProcessHandle.current().pid() + ")",
                        "the other lede fetch ended"),
                over);
        reader.join(5000);
        assertFalse(reader.isAlive());
    }

    /** Subscribes, as "old", to a feed served here of two items dated 40 days ago (for set keep and prune). */
    private void subscribeToTwoItemsOf40DaysAgo() {
        String old = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.now(ZoneOffset.UTC).minusDays(40).atStartOfDay(ZoneOffset.UTC));
        serve("/old", "Old", 2, old);
        run("subscribe", server.url("/old"), "--name", "old");
    }

    @Test
    void fetchSaysTheConfigsProblemsAndGoesByTheConfigNamedBeforeIt() throws IOException {
        subscribeToTwoItemsOf40DaysAgo();
        Path config = home.resolve("config/lede/config");
        Files.writeString(config, "set keep forever\n");
        CliRun fetched = run("fetch");
        assertEquals(0, fetched.exitCode(), "a bad line is no failure: " + fetched.err());
        assertEquals(1, fetched.err().lines().count(), fetched.err());
        assertTrue(fetched.err().startsWith("lede: " + config + ":1: keep must be a number of days"), fetched.err());
        assertEquals(2, articles().size());

        Path named = Files.writeString(home.resolve("keep.conf"), "set keep 30\n");
        CliRun pruning = run("--config", named.toString(), "fetch");
        assertEquals(0, pruning.exitCode(), pruning.err());
        assertTrue(pruning.out().contains("pruned 2 articles dated more than 30 days ago"), pruning.out());
        assertEquals(List.of(), articles());

        String missing = home.resolve("missing.conf").toString();
        CliRun none = run("--config", missing, "fetch");
        assertEquals(0, none.exitCode(), none.err());
        assertEquals("lede: " + missing + ": no such file; defaults used\n", none.err());
    }

    @Test
    void fetchAndPruneTakeTheConfigAfterTheirNameAsEveryCommandDoes() throws IOException {
        subscribeToTwoItemsOf40DaysAgo();
        String missing = home.resolve("missing.conf").toString();
        CliRun fetched = run("fetch", "--config", missing);
        assertEquals(0, fetched.exitCode(), fetched.err());
        assertEquals("lede: " + missing + ": no such file; defaults used\n", fetched.err());
        assertEquals(2, articles().size());

        Path named = Files.writeString(home.resolve("keep.conf"), "set keep 30\n");
        CliRun pruned = run("prune", "--config", named.toString());
        assertEquals(0, pruned.exitCode(), pruned.err());
        assertTrue(pruned.out().contains("pruned 2 articles dated more than 30 days ago"), pruned.out());
        assertEquals(List.of(), articles());
    }

    @Test
    void theReadersFetchPrunesByTheReadersOwnConfigNotTheDefaultFile() throws IOException {
        subscribeToTwoItemsOf40DaysAgo();
        Files.writeString(home.resolve("config/lede/config"), "set keep 1\n");
        List<dev.lede.ui.Event> events = new java.util.ArrayList<>();

        // The reader ran with a --config FILE that keeps all: the default file's keep is not its say.
        new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.empty(), line -> {}).accept(events::add);
        assertEquals(2, articles().size(), "nothing pruned: " + events);

        new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.of(30), line -> {}).accept(events::add);
        assertEquals(List.of(), articles(), "pruned by the reader's keep: " + events);
    }

    @Test
    void theReadersFetchKeepsWhatLedeFetchWouldPrintForAfterTheScreenOnceEach() {
        serve("/a", "Quay", 1, "Wed, 02 Dec 2026 09:00:00 GMT");
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/a");
            FeedServer.send(exchange, 301, "");
        });
        server.on("/missing", exchange -> FeedServer.send(exchange, 404, "no"));
        run("subscribe", server.url("/old"), "--name", "quay");
        run("subscribe", server.url("/missing"), "--name", "lost");
        List<String> afterQuit = new java.util.ArrayList<>();
        ReaderFetch fetch = new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.empty(), afterQuit::add);
        fetch.accept(event -> {});
        fetch.accept(event -> {}); // the second R: the 404 again, said once
        assertEquals(
                List.of(
                        "lede: lost: HTTP 404 Not Found",
                        "lede: quay: moved permanently to " + server.url("/a") + "; subscription updated"),
                afterQuit);
    }

    /**
     * Twenty teasers whose pages' server refuses: one line for the feed with the count and the first failure, the
     * same on {@code lede fetch}'s stderr and after the reader's R, where there were twenty lines saying the same.
     */
    @Test
    void itemsWhosePagesCannotBeFetchedAreOneLinePerFeedOnStderrAndAfterTheReader() throws IOException {
        java.util.concurrent.atomic.AtomicReference<String> round =
                new java.util.concurrent.atomic.AtomicReference<>("a");
        server.on("/teasers", exchange -> {
            StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Coast</title>");
            for (int i = 1; i <= 20; i++) {
                feed.append("<item><guid>")
                        .append(round.get())
                        .append(i)
                        .append("</guid><title>Teaser ")
                        .append(i)
                        .append("</title><link>http://127.0.0.1:9/t")
                        .append(i)
                        .append("</link><pubDate>Wed, 02 Dec 2026 08:00:00 GMT</pubDate>")
                        .append("<description>The quay is open again after the storm …</description></item>");
            }
            FeedServer.send(exchange, 200, feed.append("</channel></rss>").toString());
        });
        run("subscribe", server.url("/teasers"), "--name", "coast", "--full-text", "on");

        String line = "lede: coast: full text not fetched for 20 items (first: http://127.0.0.1:9/t1: connection "
                + "refused); their summaries are kept\n";
        CliRun fetched = run("fetch");
        assertEquals(0, fetched.exitCode(), fetched.err());
        assertEquals(line, fetched.err());
        assertEquals("1 feed: 20 new, 0 updated, 0 unchanged\n", fetched.out());
        assertEquals(20, articles().size());

        round.set("b"); // twenty new items, their pages on the same refusing server
        List<String> afterQuit = new java.util.ArrayList<>();
        List<dev.lede.ui.Event> events = new java.util.ArrayList<>();
        new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.empty(), afterQuit::add).accept(events::add);
        assertEquals(List.of(line.strip()), afterQuit);
        // The status line counts the feed at once (FetchUpdate), the line above following the reader's end.
        assertEquals(new dev.lede.ui.Event.FetchEnded(1, 20, 0, null, true, false, 1), events.get(events.size() - 1));
    }

    @Test
    void theReadersFetchNamesTheFolderItCannotUseAndWhy() throws IOException {
        run("subscribe", server.url("/a"), "--name", "quay");
        Files.writeString(home.resolve("state"), "not a folder");
        List<dev.lede.ui.Event> events = new java.util.ArrayList<>();
        new ReaderFetch(environment(), 1 << 20, java.util.OptionalInt.empty(), line -> {}).accept(events::add);
        assertEquals(
                new dev.lede.ui.Event.FetchEnded(0, 0, 0, home.resolve("state/lede") + ": not a directory"),
                events.get(events.size() - 1));
    }

    @Test
    void pruneDeletesNothingWhenTheStarsCannotBeRead() throws IOException {
        // A state file from a newer lede, or damaged, hides which articles are starred: pruning by it deleted them.
        subscribeToTwoItemsOf40DaysAgo();
        assertEquals(0, run("fetch").exitCode());
        Path state = home.resolve("state/lede/state");
        Files.createDirectories(state.getParent());
        for (byte[] unreadable : List.of(
                "lede-state 99\nabc\trs\t-\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'l', 'e', 'd', 'e', (byte) 0xff, '\n'})) {
            Files.write(state, unreadable);
            CliRun pruned = run("prune", "--older-than", "30");
            assertEquals(1, pruned.exitCode(), pruned.err());
            assertTrue(
                    pruned.err().startsWith("lede: nothing pruned: " + state + " could not be read ("), pruned.err());
            assertEquals(1, pruned.err().lines().count(), pruned.err());
            assertEquals(2, articles().size(), "nothing deleted");
            assertTrue(Files.exists(state), "the state file is left as it is");

            Files.writeString(home.resolve("config/lede/config"), "set keep 30\n");
            CliRun fetched = run("fetch");
            assertTrue(
                    fetched.err().contains("lede: nothing pruned: " + state + " could not be read ("), fetched.err());
            assertEquals(2, articles().size(), "nothing deleted by fetch either");
            Files.delete(home.resolve("config/lede/config"));
        }
    }

    @Test
    void pruneDeletesNothingWhileAStateSetAsideIsThere() throws IOException {
        // The reader sets an unreadable state aside and starts afresh; the stars in the set-aside file are
        // still the user's, so a later prune (or R with set keep) must not delete by the fresh, starless state.
        subscribeToTwoItemsOf40DaysAgo();
        assertEquals(0, run("fetch").exitCode());
        Path folder = home.resolve("state/lede");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("state"), "lede-state 99\nabc\trs\t-\n");
        new dev.lede.io.StateStore(folder, warning -> {}).load(); // as the reader does: set aside
        Path aside;
        try (var files = Files.list(folder)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("state.unreadable-"))
                    .findFirst()
                    .orElseThrow();
        }

        CliRun pruned = run("prune", "--older-than", "30");
        assertEquals(1, pruned.exitCode(), pruned.err());
        assertTrue(pruned.err().startsWith("lede: nothing pruned: " + aside + " holds a reading state"), pruned.err());
        assertEquals(2, articles().size(), "nothing deleted");

        Files.delete(aside);
        assertEquals(0, run("prune", "--older-than", "30").exitCode());
        assertEquals(0, articles().size(), "pruned once the set-aside state is gone");
    }

    /**
     * The read marks and places of the articles a prune deletes go with them: kept, they grew the state file by
     * every article ever read, all of it read at every start (found by qa29: a year of a heavy reader's marks,
     * 218,000, made the reader's open 2.5 times as slow and twice as large).
     */
    @Test
    void pruneForgetsTheReadMarksOfWhatItDeletesAndKeepsTheRest() throws IOException {
        String old = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.now(ZoneOffset.UTC).minusDays(40).atStartOfDay(ZoneOffset.UTC));
        String recent = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.now(ZoneOffset.UTC).minusDays(2).atStartOfDay(ZoneOffset.UTC));
        serve("/old", "Old", 2, old);
        serve("/new", "New", 1, recent);
        run("subscribe", server.url("/old"), "--name", "old");
        run("subscribe", server.url("/new"), "--name", "new");
        assertEquals(0, run("fetch").exitCode());
        List<ArticleId> olds = new ArrayList<>();
        ArticleId fresh = null;
        for (Path file : articles()) {
            ArticleId id = new ArticleId(
                    Files.readAllLines(file, StandardCharsets.UTF_8).get(0).substring("Id: ".length()));
            if (file.getParent().endsWith("old")) {
                olds.add(id);
            } else {
                fresh = id;
            }
        }
        ArticleId elsewhere = new ArticleId("0123456789ab"); // an article of some other folder
        StateStore reader = new StateStore(home.resolve("state/lede"), warning -> {});
        ReadingState before = reader.save(ReadingState.EMPTY
                .withRead(olds.get(0), true)
                .withPlace(olds.get(0), new Place(4, 10))
                .withRead(olds.get(1), true)
                .withStarred(olds.get(1), true)
                .withRead(fresh, true)
                .withRead(elsewhere, true));

        CliRun pruned = run("prune", "--older-than", "30");
        assertEquals(0, pruned.exitCode(), pruned.err());
        assertEquals("pruned 1 article dated more than 30 days ago (1 starred kept)\n", pruned.out());
        ReadingState after = new StateStore(home.resolve("state/lede"), warning -> {}).peek();
        assertFalse(after.isRead(olds.get(0)), "the deleted article's mark went with it");
        assertEquals(Place.TOP, after.place(olds.get(0)));
        assertTrue(after.isRead(olds.get(1)) && after.isStarred(olds.get(1)), "a starred article stays, marks and all");
        assertTrue(after.isRead(fresh));
        assertTrue(after.isRead(elsewhere), "what the prune did not delete is not its to forget");

        // A reader open all along saves a change of its own: the forgotten mark does not come back with it.
        reader.save(before.withStarred(fresh, true));
        ReadingState merged = new StateStore(home.resolve("state/lede"), warning -> {}).peek();
        assertFalse(merged.isRead(olds.get(0)));
        assertTrue(merged.isStarred(fresh));
    }

    @Test
    void pruneKeepsStarredAndRecentArticles() throws IOException {
        String old = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.now(ZoneOffset.UTC).minusDays(40).atStartOfDay(ZoneOffset.UTC));
        String recent = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.now(ZoneOffset.UTC).minusDays(2).atStartOfDay(ZoneOffset.UTC));
        serve("/old", "Old", 3, old);
        serve("/new", "New", 2, recent);
        run("subscribe", server.url("/old"), "--name", "old");
        run("subscribe", server.url("/new"), "--name", "new");
        assertEquals(0, run("fetch").exitCode());
        Path starredFile = articles().stream()
                .filter(p -> p.getParent().endsWith("old"))
                .findFirst()
                .orElseThrow();
        String id =
                Files.readAllLines(starredFile, StandardCharsets.UTF_8).get(0).substring("Id: ".length());
        new StateStore(home.resolve("state/lede"), warning -> {})
                .save(ReadingState.EMPTY.withStarred(new ArticleId(id), true));
        Files.writeString(library().resolve("old/notes.txt"), "Mine, not fetched.\n");

        assertEquals(2, run("prune").exitCode(), "no --older-than and no keep setting");
        for (String bad : List.of("x", "0", "36501")) {
            CliRun refused = run("prune", "--older-than", bad);
            assertEquals(2, refused.exitCode(), refused.err());
            assertTrue(
                    refused.err()
                            .matches("lede: Invalid value for option '--older-than': .*" + bad
                                    + ".* give 1 to 36500 days \\(lede prune --help lists the options\\)\n"),
                    "one line naming the option and the range, as --width and --max-size: " + refused.err());
        }
        CliRun pruned = run("prune", "--older-than", "30");
        assertEquals(0, pruned.exitCode(), pruned.err());
        assertEquals("pruned 2 articles dated more than 30 days ago (1 starred kept)\n", pruned.out());
        assertTrue(Files.exists(starredFile));
        assertTrue(Files.exists(library().resolve("old/notes.txt")));
        assertEquals(5 - 2 + 1, articles().size());
        assertEquals(0, run("fetch").exitCode());
        assertEquals(4, articles().size(), "pruned items are not fetched again");

        Files.writeString(home.resolve("config/lede/config"), "set keep 1\n");
        CliRun kept = run("fetch");
        assertTrue(kept.out().contains("pruned 2 articles dated more than 1 day ago (1 starred kept)\n"), kept.out());
        assertFalse(Files.exists(library().resolve("new"))
                && articles().stream().anyMatch(p -> p.getParent().endsWith("new")));
    }
}
