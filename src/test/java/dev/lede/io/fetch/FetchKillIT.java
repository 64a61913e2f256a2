package dev.lede.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.PlainTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code lede fetch} (the packaged jar) at random moments, 50 times and more:
 * never a partial article file, never an item written twice, and the next fetch completes the work.
 */
class FetchKillIT {

    private static final int FEEDS = 16;
    private static final int ITEMS = 20;
    private static final int KILLS = 50;
    private static final String PAGE_TEXT = "The lock keeper opened the gates at dawn and the barges went through. ";

    @TempDir
    Path home;

    @Test
    void killedFetchesLeaveNoPartialFileAndTheNextCompletes() throws Exception {
        Path jar = Path.of(System.getProperty("lede.jar", "target/lede.jar"));
        Assumptions.assumeTrue(
                Files.isRegularFile(jar), "no " + jar + ": run `./mvnw verify` (the jar is built in `package`)");
        long seed = Long.getLong("lede.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        try (FeedServer server = new FeedServer()) {
            serve(server);
            StringBuilder list = new StringBuilder();
            for (int f = 0; f < FEEDS; f++) {
                list.append(server.url("/feed" + f))
                        .append(" \"~feed")
                        .append(f)
                        .append("\"\n");
            }
            Files.createDirectories(home.resolve("config/lede"));
            Files.writeString(home.resolve("config/lede/subscriptions"), list);

            int kills = 0;
            int finished = 0;
            for (int round = 0; kills < KILLS && round < KILLS * 3; round++) {
                Process fetch = start(jar);
                Thread.sleep(150 + random.nextInt(1500));
                if (fetch.isAlive()) {
                    fetch.destroyForcibly(); // SIGKILL
                    kills++;
                } else {
                    finished++;
                }
                assertTrue(fetch.waitFor(30, TimeUnit.SECONDS));
                checkLibrary("after round " + round + " (seed " + seed + ")", false);
            }
            assertTrue(kills >= KILLS, "only " + kills + " fetches were still running when killed (seed " + seed + ")");

            Process complete = start(jar);
            assertTrue(complete.waitFor(120, TimeUnit.SECONDS));
            String summary = new String(complete.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(
                    0,
                    complete.exitValue(),
                    summary + new String(complete.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            checkLibrary(
                    "after the complete fetch (seed " + seed + ", " + finished + " runs ended before their kill)",
                    true);

            int before = server.requests().size();
            Process again = start(jar);
            assertTrue(again.waitFor(60, TimeUnit.SECONDS));
            assertEquals(
                    FEEDS + " feeds: 0 new, 0 updated, " + FEEDS + " unchanged\n",
                    new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            List<FeedServer.Request> last =
                    server.requests().subList(before, server.requests().size());
            assertEquals(FEEDS, last.size(), "one conditional request a feed, no page fetched again: " + last);
        }
    }

    private Process start(Path jar) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "fetch");
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_STATE_HOME", home.resolve("state").toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    /** Every visible file a whole article under the id its name carries, no item twice; when complete, every item. */
    private void checkLibrary(String when, boolean complete) throws IOException {
        Path library = home.resolve("data/lede/library");
        if (!Files.isDirectory(library)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(library)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Set<String> titles = new HashSet<>();
        List<String> temporaries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                temporaries.add(name);
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"), when + ": " + file + " is cut short");
            Article article = new PlainTextParser()
                    .parse(Input.of(Source.of(name), bytes))
                    .articles()
                    .get(0);
            assertTrue(
                    name.endsWith("-" + article.id().value() + ".txt"), when + ": " + name + " holds " + article.id());
            assertTrue(article.bodyText().contains(PAGE_TEXT.strip()), when + ": " + name + " lacks its full text");
            assertTrue(
                    text.contains(
                            "Related:\n- Upstream locks reopen after the winter repairs <https://elsewhere.example/upstream>\n"),
                    when + ": " + name + "\n" + text);
            assertTrue(titles.add(article.headline()), when + ": " + article.headline() + " written twice");
        }
        if (complete) {
            assertEquals(List.of(), temporaries, when + ": temporary files left");
            assertEquals(FEEDS * ITEMS, titles.size(), when);
        }
    }

    /** Feeds of teasers with ETags, each item's page served a little slowly, so a kill finds work in progress. */
    private static void serve(FeedServer server) {
        for (int f = 0; f < FEEDS; f++) {
            List<String[]> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(new String[] {
                    "f" + f + "i" + i,
                    "Barge " + i + " of feed " + f,
                    server.url("/page/" + f + "/" + i),
                    "Wed, 02 Dec 2026 " + String.format("%02d:%02d:00 GMT", i % 24, f),
                    "<p>Teaser " + i + " …</p>"
                });
            }
            String feed = FeedServer.rss("Canal " + f, items);
            String etag = "\"feed" + f + "\"";
            server.on("/feed" + f, exchange -> {
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    FeedServer.send(exchange, 304, new byte[0]);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", etag);
                FeedServer.send(exchange, 200, feed);
            });
        }
        String page = "<html><head><title>Barge</title></head><body><article><h1>Barge</h1>"
                + ("<p>" + PAGE_TEXT.repeat(10) + "</p>").repeat(3) + "</article><aside><h2>Related</h2><ul>"
                + "<li><a href=\"https://elsewhere.example/upstream\">Upstream locks reopen after the winter repairs</a></li>"
                + "<li><a href=\"https://elsewhere.example/downstream\">Downstream moorings fill up for the festival</a></li></ul></aside></body></html>";
        server.on("/page/", exchange -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FeedServer.send(exchange, 200, page);
        });
    }
}
