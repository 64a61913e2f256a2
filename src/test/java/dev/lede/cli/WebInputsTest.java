package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 4: pages and feeds given as URLs, gzip files and bytes on stdin, through the real commands. */
class WebInputsTest {

    static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8">
            <title>Tidal mill reopens at Kessford | The Kessford Courier</title>
            <meta property="og:title" content="Tidal mill reopens at Kessford">
            <meta property="og:site_name" content="The Kessford Courier">
            <meta name="author" content="Imogen Tallis">
            <meta property="article:published_time" content="2024-03-05T08:00:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Tidal mill reopens at Kessford</h1>
            <p>The restored tidal mill on the Kess estuary ground its first sack of flour in ninety years on Monday,
            after a six-year restoration paid for by the <a href="/trust">Kessford Mill Trust</a> and a village
            lottery that ran every Saturday.</p>
            <p>Volunteers will open the mill to visitors on the first weekend of every month, tides allowing,
            and the flour will be sold in the village shop from April.</p>
            <p>The trust says the wheel turns for about four hours on each ebb tide, enough for two hundred
            kilograms of wholemeal, and that a second pair of stones will be fitted next year.</p>
            </article><footer>Copyright the Kessford Courier</footer></body></html>
            """;

    static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Kessford Courier</title><link>https://courier.example/</link>
            <item><title>Ferry fares frozen for the winter</title><link>https://courier.example/ferry</link>
            <author>desk@courier.example (Owen Marsh)</author><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
            <description><![CDATA[<p>The island ferry will keep its <a href="/fares">summer fares</a> until March.</p>
            <img src="https://track.example/p.gif" width="1" height="1" alt="">]]></description></item>
            <item><title>Lifeboat crew called out twice</title><link>https://courier.example/lifeboat</link>
            <description>Two call-outs in one night kept the crew busy.</description></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/page.html", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), false);
        serve("/feed.xml", "application/rss+xml", FEED.getBytes(StandardCharsets.UTF_8), false);
        serve("/feed.xml.gz", "application/gzip", gzip(FEED.getBytes(StandardCharsets.UTF_8)), false);
        serve("/encoded.xml", "application/rss+xml", gzip(FEED.getBytes(StandardCharsets.UTF_8)), true);
        serve("/final.html", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), false);
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/final.html");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(String path, String type, byte[] body, boolean contentEncoding) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            if (contentEncoding) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aMalformedUrlWithAControlInsideIsNamedOnceAndTheProblemPlacedInWhatTheLineShows() {
        CliRun run = CliRun.of("list", "http://example.com/\u001Bab c");
        assertEquals(3, run.exitCode(), run.err());
        // The line never holds ESC itself, written out as ^[ where it stands; the URL is named once, not twice.
        assertEquals(
                "lede: http://example.com/^[ab c: malformed URL (a control or invisible character, U+001B, at character"
                        + " 20)\n",
                run.err());
    }

    @Test
    void aFeedUrlBecomesOneRecordPerItemNamedUrlHashN() {
        CliRun run = CliRun.of("export", base + "/feed.xml");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains("\"source\":\"" + base + "/feed.xml#1\",\"format\":\"rss\""), lines.get(0));
        assertTrue(
                lines.get(0).contains("\"title\":\"Ferry fares frozen for the winter\",\"byline\":\"Owen Marsh\""),
                lines.get(0));
        assertTrue(lines.get(0).contains("\"published\":\"2024-03-05T09:30:00Z\""), lines.get(0));
        assertTrue(
                lines.get(0).contains("\"body\":\"The island ferry will keep its summer fares until March.\""),
                lines.get(0));
        assertTrue(lines.get(1).contains("\"source\":\"" + base + "/feed.xml#2\""), lines.get(1));
        assertEquals("", run.err());
    }

    /** `lede show URL`: a page's one article needs no number, as a file's does; a feed of more asks for one. */
    @Test
    void showOfAUrlAloneShowsItsOneArticleAndAFeedOfMoreAsksForANumber() {
        CliRun page = CliRun.of("show", "--no-state", base + "/page.html");
        assertEquals(0, page.exitCode(), page.err());
        assertEquals(CliRun.of("show", "--no-state", "1", base + "/page.html").out(), page.out());
        assertTrue(page.out().startsWith("Tidal mill reopens at Kessford\n"), page.out());

        CliRun feed = CliRun.of("show", "--no-state", base + "/feed.xml");
        assertEquals(ExitCodes.USAGE, feed.exitCode(), feed.out());
        assertEquals(
                "lede: " + base + "/feed.xml holds 2 articles; name one: lede show N " + base
                        + "/feed.xml (lede list numbers them)\n",
                feed.err());
    }

    @Test
    void gzipFeedsOverHttpReadLikePlainOnes() {
        String plain = CliRun.of("export", base + "/feed.xml").out();
        for (String path : List.of("/feed.xml.gz", "/encoded.xml")) {
            CliRun run = CliRun.of("export", base + path);
            assertEquals(0, run.exitCode(), path + ": " + run.err());
            assertEquals(plain.replace(base + "/feed.xml#", base + path + "#"), run.out(), path);
        }
    }

    @Test
    void aPageUrlBecomesItsArticleWithMetadataAndAbsoluteLinks() {
        CliRun run = CliRun.of("export", base + "/page.html");
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(line.contains("\"source\":\"" + base + "/page.html\",\"format\":\"html\""), line);
        assertTrue(line.contains("\"title\":\"Tidal mill reopens at Kessford\""), line);
        assertTrue(line.contains("\"byline\":\"Imogen Tallis\""), line);
        assertTrue(
                line.contains("\"url\":\"" + base + "/page.html\""),
                "a page without og:url is at its address: " + line);
        assertTrue(line.contains("\"site\":\"The Kessford Courier\""), line);
        assertTrue(line.contains("\"body\":\"The restored tidal mill"), line);
        assertFalse(line.contains("Copyright"), line);
    }

    /** A page asked for at one address and redirected to another is known by both: a link to either finds it. */
    @Test
    void aRedirectedPageIsFoundByWhereTheRedirectsEnded() throws IOException {
        Path linking = Files.writeString(
                dir.resolve("linking.txt"),
                "Harbour pilots finish their winter training.\n\nBoth pilots passed.\n\nRelated:\n"
                        + "- Weather turns cold over the weekend <" + base + "/final.html>\n"
                        + "- Snow closes the mountain pass <" + base + "/moved>\n");
        CliRun run = CliRun.of("list", "--no-state", base + "/moved", linking.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("1\t"), lines.get(0));
        assertEquals("1 1", lines.get(1).split("\t", -1)[3], lines.get(1));
    }

    @Test
    void aMissingUrlIsOneLineOnStderrAndExitThreeAlone() {
        CliRun alone = CliRun.of("export", base + "/missing");
        assertEquals(ExitCodes.NOTHING_READ, alone.exitCode());
        assertEquals("", alone.out());
        List<String> errors = alone.err().lines().toList();
        assertEquals(1, errors.size(), alone.err());
        assertEquals("lede: " + base + "/missing: HTTP 404 Not Found", errors.get(0));

        CliRun mixed = CliRun.of("export", base + "/missing", base + "/page.html");
        assertEquals(ExitCodes.SOME_FAILED, mixed.exitCode());
        assertEquals(1, mixed.out().lines().count());
        assertEquals(1, mixed.err().lines().count(), mixed.err());
    }

    @Test
    void pagesAndFeedsOnStdinExportLikeTheirFiles() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path feed = Files.writeString(dir.resolve("feed.xml"), FEED);
        for (Path file : List.of(page, feed)) {
            byte[] bytes = Files.readAllBytes(file);
            String fromFile = CliRun.of("export", file.toString()).out();
            CliRun fromStdin = CliRun.withStdinBytes(bytes, "export", "-");
            assertEquals(0, fromStdin.exitCode(), fromStdin.err());
            assertEquals(fromFile.replace("\"source\":\"" + file, "\"source\":\"-"), fromStdin.out(), file.toString());
        }
    }

    @Test
    void gzipFilesAndGzipOnStdinReadTransparently() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.xml"), FEED);
        Path gz = Files.write(dir.resolve("feed.xml.gz"), gzip(FEED.getBytes(StandardCharsets.UTF_8)));
        String plain = CliRun.of("export", feed.toString()).out();
        assertEquals(2, plain.lines().count(), plain);

        CliRun fromGz = CliRun.of("export", gz.toString());
        assertEquals(0, fromGz.exitCode(), fromGz.err());
        assertEquals(plain.replace(feed + "#", gz + "#"), fromGz.out());

        CliRun fromStdin = CliRun.withStdinBytes(gzip(PAGE.getBytes(StandardCharsets.UTF_8)), "export", "-");
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertTrue(fromStdin.out().contains("\"title\":\"Tidal mill reopens at Kessford\""), fromStdin.out());
    }
}
