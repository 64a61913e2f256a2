package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged reader in tmux, following a story: the article a related headline names lists the first
 * under "Linked from", {@code s} opens the story as a timeline, Enter opens the selected article, and
 * Esc closes the timeline; through the index, an article added while the reader is open joins the story.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class StoryEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void sShowsTheStoryAndEnterOpensAnArticleOfIt() throws Exception {
        articles(dir);
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 24, Launch.lede("--no-state " + Launch.quoted(dir)));
            tmux.expect("the list", s -> s.contains("Island bakery") && s.contains("Ferry crew"));
            tmux.keys("j", "Enter");
            String vote = tmux.expect(
                    "the vote, linked from the pilots",
                    s -> s.contains("The vote was seven to two") && s.contains("Linked from"));
            assertTrue(vote.contains("1 → Ferry crew trains two new pilots"), vote);

            tmux.keys("s");
            String story = tmux.expect("the story", s -> s.contains("Story: 2 articles"));
            assertTrue(story.indexOf("2025-03-10") < story.indexOf("2025-03-12"), "oldest first:\n" + story);
            assertTrue(story.contains(" * 2025-03-10"), "the open article is marked:\n" + story);

            tmux.keys("j", "Enter");
            tmux.expect("the pilots article opened", s -> s.contains("county school") && !s.contains("Story:"));

            tmux.keys("s");
            tmux.expect("the story again", s -> s.contains("Story: 2 articles"));
            tmux.keys("Escape");
            tmux.expect("Esc closed it", s -> !s.contains("Story:") && s.contains("county school"));

            tmux.keys("Q");
            tmux.expect("the shell again", s -> !s.contains("reading"));
        }
    }

    /** The pilots (newest) name the vote; the bakery stands alone. */
    private static void articles(Path folder) throws IOException {
        Launch.write(
                folder,
                "a-pilots.txt",
                "Date: 2025-03-12\n\nFerry crew trains two new pilots for the winter.\n"
                        + "The course runs six weeks at the county school.\n\nRelated:\nHarbour town votes to keep its last ferry running\n");
        Launch.write(
                folder,
                "b-vote.txt",
                "Date: 2025-03-10\n\nHarbour town votes to keep its last ferry running.\n"
                        + "The vote was seven to two.\n");
        Launch.write(
                folder,
                "c-bakery.txt",
                "Date: 2025-03-01\n\nIsland bakery wins a regional prize for its rye loaf.\n"
                        + "The judges came twice.\n");
    }

    /**
     * From a warm library index (the library listed from it, headlines only, its links streamed from the
     * stored targets), and a file added while the reader is open: it joins the open article's story, its
     * "Linked from" list and the timeline of {@code s}.
     */
    @Test
    void throughTheIndexAnArticleAddedWhileTheReaderIsOpenJoinsItsStory() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        articles(news);
        try (Tmux tmux = new Tmux()) {
            start(tmux, news, "first");
            tmux.expect(
                    "the first start, every file read", s -> s.contains("Island bakery") && s.contains("Ferry crew"));
            Thread.sleep(1_000); // the links are built and the resolutions stored once the library is complete
            tmux.keys("Q");
            tmux.expect("lede exits", s -> Files.exists(dir.resolve("first-exit.txt")));
        }
        try (Tmux tmux = new Tmux()) {
            start(tmux, news, "second");
            tmux.expect("the list from the index", s -> s.contains("Island bakery") && s.contains("Ferry crew"));
            tmux.keys("j", "Enter");
            String vote = tmux.expect(
                    "the vote, linked from the pilots",
                    s -> s.contains("The vote was seven to two") && s.contains("Linked from"));
            assertTrue(vote.contains("1 → Ferry crew trains two new pilots"), vote);
            tmux.keys("s");
            tmux.expect("the story", s -> s.contains("Story: 2 articles"));
            tmux.keys("Escape");
            tmux.expect("Esc closed it", s -> !s.contains("Story:") && s.contains("seven to two"));
            Thread.sleep(500); // the watch starts once the library is complete, a moment after it is drawn

            Launch.write(
                    news,
                    "d-timetable.txt",
                    "Date: 2025-03-14\n\nWinter timetable for the island ferry is published.\nTwo crossings a day.\n\n"
                            + "Related:\nHarbour town votes to keep its last ferry running\n");
            String joined = tmux.expect(
                    "the new article listed under Linked from",
                    s -> s.contains("2 → Winter timetable for the island ferry"));
            assertTrue(joined.contains("1 → Ferry crew trains two new pilots"), joined);
            tmux.keys("s");
            String story = tmux.expect("the story, grown", s -> s.contains("Story: 3 articles"));
            assertTrue(
                    story.indexOf("2025-03-10") < story.indexOf("2025-03-12")
                            && story.indexOf("2025-03-12") < story.indexOf("2025-03-14"),
                    "oldest first:\n" + story);
            tmux.keys("j", "j", "Enter"); // from the vote, the oldest, to the timetable
            tmux.expect(
                    "the new article opened from the story, its related headline resolved",
                    s -> s.contains("for the island ferry is published")
                            && s.contains("14 Mar 2025")
                            && s.contains("1 → Harbour town votes to keep its last ferry running")
                            && !s.contains("Story:"));
            tmux.keys("Q");
            tmux.expect("lede exits", s -> Files.exists(dir.resolve("second-exit.txt")));
        }
        assertEquals("exit=0", Files.readString(dir.resolve("second-exit.txt")).strip());
        assertEquals("", Files.readString(dir.resolve("second-err.txt")));
    }

    /** Runs the reader on {@code folder} with the index under this test's cache folder, kept between starts. */
    private void start(Tmux tmux, Path folder, String run) throws IOException, InterruptedException {
        tmux.start(
                100,
                24,
                "XDG_CACHE_HOME=" + Launch.quoted(dir.resolve("cache")) + " " + Launch.lede(Launch.quoted(folder))
                        + " 2>" + Launch.quoted(dir.resolve(run + "-err.txt")) + "; echo exit=$? > "
                        + Launch.quoted(dir.resolve(run + "-exit.txt")) + "; sleep 60");
    }
}
