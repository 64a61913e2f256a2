package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged reader in tmux, following a story: the article a related headline names lists the first
 * under "Linked from", {@code s} opens the story as a timeline, Enter opens the selected article, and
 * Esc closes the timeline.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class StoryEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void sShowsTheStoryAndEnterOpensAnArticleOfIt() throws Exception {
        Launch.write(
                dir,
                "a-pilots.txt",
                "Date: 2025-03-12\n\nFerry crew trains two new pilots for the winter.\n"
                        + "The course runs six weeks at the county school.\n\nRelated:\nHarbour town votes to keep its last ferry running\n");
        Launch.write(
                dir,
                "b-vote.txt",
                "Date: 2025-03-10\n\nHarbour town votes to keep its last ferry running.\n"
                        + "The vote was seven to two.\n");
        Launch.write(
                dir,
                "c-bakery.txt",
                "Date: 2025-03-01\n\nIsland bakery wins a regional prize for its rye loaf.\n"
                        + "The judges came twice.\n");
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
}
