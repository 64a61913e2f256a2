package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.fetch.FeedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of a fetched library, as a person uses it (the packaged jar in tmux): files that arrive, change or go
 * while it is open, R fetching from a local server, and {@code lede fetch}'s progress on a terminal.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class SubscriptionsReaderIT {

    private static final String HARBOUR = "Title: Harbour board meets on Tuesday\nDate: 2026-12-01T10:00:00Z\n\n"
            + "The harbour board met to talk about ferries, fuel and the winter timetable for a long while.\n";
    private static final String STRIKE = "Title: Ferry strike ends after three days\nDate: 2026-12-04T09:00:00Z\n\n"
            + "The ferry crews went back to work this morning after the board agreed to the new timetable.\n";
    private static final String RAIN = "Title: Rain again over the western hills\nDate: 2026-11-21T08:00:00Z\n\n"
            + "Rain again, with wind from the west and a cold front moving over the hills by evening.\n";

    /**
     * Said by the shell once lede has exited: the test waits for it, since a reader writes its caches as it
     * quits (the first screen and its listing, the start-up cache) and the temporary folder goes right after.
     */
    private static final String EXITED = "; echo lede-exited; sleep 60";

    @TempDir
    Path dir;

    /** The XDG folders of this test only, as a shell prefix. */
    private String environment() {
        return "XDG_CACHE_HOME=" + Launch.quoted(dir.resolve("cache")) + " XDG_STATE_HOME="
                + Launch.quoted(dir.resolve("state"))
                + " XDG_CONFIG_HOME=" + Launch.quoted(dir.resolve("config")) + " XDG_DATA_HOME="
                + Launch.quoted(dir.resolve("data"))
                + " ";
    }

    @Test
    void filesCopiedInOrDeletedShowUpWhileTheReaderIsOpen() throws Exception {
        Path library = dir.resolve("library");
        Path harbour = Files.createDirectories(library.resolve("harbour"));
        Path weather = Files.createDirectories(library.resolve("weather"));
        Launch.write(harbour, "20261201-harbour.txt", HARBOUR);
        Launch.write(weather, "20261121-rain.txt", RAIN);
        Path elsewhere = Launch.write(Files.createDirectories(dir.resolve("incoming")), "20261204-strike.txt", STRIKE);
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    90,
                    20,
                    environment() + Launch.lede(Launch.quoted(library)) + EXITED); // the list alone: both columns
            String first = tmux.expect(
                    "the two articles, with their folders and dates",
                    s -> s.contains("Harbour board meets")
                            && s.contains("Rain again")
                            && s.contains("(2 articles, 2 unread)"));
            assertTrue(first.contains("harbour") && first.contains("1 Dec 2026"), first);
            tmux.keys("j"); // the selection is on the second article: it must stay there
            Thread.sleep(500); // the watch starts once the library is complete, a moment after it is drawn

            Files.copy(elsewhere, harbour.resolve("20261204-strike.txt"));
            long copied = System.nanoTime();
            String arrived = tmux.expect(
                    "the copied file joins the list",
                    s -> s.contains("Ferry strike ends") && s.contains("(3 articles, 3 unread)"));
            long millis = (System.nanoTime() - copied) / 1_000_000;
            assertTrue(millis < 2_500, "arrived after " + millis + " ms:\n" + arrived);
            assertTrue(selectedRow(arrived).contains("Rain again"), "the selection stayed:\n" + arrived);

            Files.delete(harbour.resolve("20261201-harbour.txt"));
            String gone = tmux.expect(
                    "the deleted file leaves the list",
                    s -> !s.contains("Harbour board meets") && s.contains("(2 articles, 2 unread)"));
            assertTrue(selectedRow(gone).contains("Rain again"), gone);

            Launch.write(
                    weather,
                    "20261121-rain.txt",
                    RAIN.replace("Rain again over the western hills", "Rain clears by noon"));
            tmux.expect(
                    "the changed file shows its new headline",
                    s -> s.contains("Rain clears by noon")
                            && !s.contains("Rain again over")
                            && s.contains("(2 articles,"));
            tmux.keys("q");
            tmux.expect("lede has exited", s -> s.contains("lede-exited"));
        }
    }

    @Test
    void rFetchesTheSubscriptionsAndTheNewArticlesJoinTheList() throws Exception {
        try (FeedServer server = new FeedServer()) {
            List<String[]> items = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                items.add(new String[] {
                    "tide-" + i,
                    "Tide table for day " + i,
                    server.url("/tides/" + i),
                    "Thu, 0" + i + " Dec 2026 06:00:00 +0000",
                    "<p>High water at " + (5 + i) + ":20 and low water at " + (11 + i)
                            + ":40, with a strong current off the pier head in the afternoon.</p>"
                });
            }
            String feed = FeedServer.rss("Island tides", items);
            server.on("/tides.xml", exchange -> FeedServer.send(exchange, 200, feed));
            subscribe(server.url("/tides.xml") + " \"~tides\" full-text=off\n");
            Path old = Files.createDirectories(dir.resolve("data/lede/library/courier"));
            Launch.write(old, "20261130-harbour.txt", HARBOUR);

            try (Tmux tmux = new Tmux()) {
                tmux.start(120, 20, environment() + Launch.lede("") + EXITED);
                tmux.expect(
                        "the fetched library, one article",
                        s -> s.contains("Harbour board meets") && s.contains("(1 article"));
                tmux.keys("R");
                String done = tmux.expect(
                        "R: three new, in the list",
                        s -> s.contains("3 new") && s.contains("Tide table for day 3") && s.contains("(4 articles,"));
                assertTrue(done.contains("Tide table for day 1") && done.contains("tides"), done);
                assertTrue(selectedRow(done).contains("Harbour board meets"), "the selection stayed:\n" + done);

                tmux.keys("R");
                tmux.expect("R again: nothing new", s -> s.contains("0 new"));
                tmux.keys("Q"); // the reader is on the article it opened while it was the only one: q goes to the list
                // first
                tmux.expect("lede has exited", s -> s.contains("lede-exited"));
            }
            assertEquals(2, server.count("/tides.xml"));
        }
    }

    /**
     * A teaser whose page cannot be fetched for its full text: the status line said only "1 new", the failure coming
     * only after quitting. It counts the feed at once, within 80 columns, and the line still follows the reader.
     */
    @Test
    void rSaysOnTheStatusLineThatAFeedsFullTextWasNotFetched() throws Exception {
        try (FeedServer server = new FeedServer()) {
            String feed = FeedServer.rss("Island tides", List.<String[]>of(new String[] {
                "tide-1",
                "Tide table for the week",
                server.url("/tides/missing.html"),
                "Thu, 03 Dec 2026 06:00:00 +0000",
                "<p>High water at six …</p>"
            }));
            server.on("/tides.xml", exchange -> FeedServer.send(exchange, 200, feed));
            server.on("/tides/missing.html", exchange -> FeedServer.send(exchange, 404, "gone"));
            subscribe(server.url("/tides.xml") + " \"~tides\"\n");
            Path old = Files.createDirectories(dir.resolve("data/lede/library/courier"));
            Launch.write(old, "20261130-harbour.txt", HARBOUR);

            try (Tmux tmux = new Tmux()) {
                tmux.start(80, 20, environment() + Launch.lede("") + EXITED);
                tmux.expect("the fetched library, one article", s -> s.contains("(1 article"));
                tmux.keys("R");
                String done = tmux.expect(
                        "R: one new, its full text not fetched",
                        s -> s.contains("1 new") && s.contains("(2 articles,"));
                String status = done.lines()
                        .filter(line -> line.contains("1 new"))
                        .findFirst()
                        .orElse("");
                assertTrue(
                        status.contains("1 new · full text missing in 1 feed (details on quit)"),
                        "the whole note on the status line:\n" + done);
                tmux.keys("Q"); // the reader is on the article it opened while it was the only one
                String after = tmux.expect("lede has exited", s -> s.contains("lede-exited"));
                assertTrue(
                        after.replace("\n", "") // the terminal wraps the line at 80 columns
                                .contains("lede: tides: full text not fetched for 1 item ("
                                        + server.url("/tides/missing.html")
                                        + ": HTTP 404 Not Found); its summary is kept"),
                        after);
            }
        }
    }

    @Test
    void ledeFetchShowsItsProgressOnATerminal() throws Exception {
        try (FeedServer server = new FeedServer()) {
            String quick = FeedServer.rss("Quick", List.<String[]>of(new String[] {
                "q1",
                "Quick news",
                server.url("/q/1"),
                "Thu, 03 Dec 2026 06:00:00 +0000",
                "<p>Quick news from the quay, where the morning boat left on time.</p>"
            }));
            server.on("/quick.xml", exchange -> FeedServer.send(exchange, 200, quick));
            server.on("/slow.xml", exchange -> {
                try {
                    Thread.sleep(4_000); // long enough to read the progress line
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FeedServer.send(exchange, 200, FeedServer.rss("Slow", List.<String[]>of(new String[] {
                    "s1",
                    "Slow news",
                    server.url("/s/1"),
                    "Thu, 03 Dec 2026 07:00:00 +0000",
                    "<p>Slow news from the hills, where the post van arrived a day late again.</p>"
                })));
            });
            subscribe(server.url("/quick.xml") + " \"~quick\" full-text=off\n" + server.url("/slow.xml")
                    + " \"~slow\" full-text=off\n");
            try (Tmux tmux = new Tmux()) {
                tmux.start(100, 10, environment() + Launch.lede("fetch") + "; echo exit=$?; sleep 60");
                tmux.expect("progress while the slow feed is out", s -> s.contains("1/2 feeds · 1 new"));
                String end = tmux.expect("the summary", s -> s.contains("exit="));
                assertTrue(end.contains("2 feeds: 2 new, 0 updated, 0 unchanged"), end);
                assertTrue(end.contains("exit=0"), end);
                assertFalse(end.contains("1/2 feeds"), "the progress line is cleared:\n" + end);
            }
        }
    }

    private void subscribe(String lines) throws IOException {
        Files.createDirectories(dir.resolve("config/lede"));
        Files.writeString(dir.resolve("config/lede/subscriptions"), lines);
    }

    private static String selectedRow(String screen) {
        return screen.lines().filter(line -> line.startsWith("▸")).findFirst().orElse("");
    }
}
