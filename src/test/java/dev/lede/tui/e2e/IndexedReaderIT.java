package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader through the library index, on the packaged jar in tmux: a second start lists unchanged files
 * from the index, shows what changed while lede was closed (a file edited, one added, one deleted), and
 * `/` finds a word that only the body of an unchanged file holds, searched in the index, not in memory.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class IndexedReaderIT {

    private static final String KEPT = "Harbour pilots vote to strike";
    private static final String EDITED_BEFORE = "Ferry timetable changes";
    private static final String EDITED_AFTER = "Ferry timetable reversed";
    private static final String DELETED = "Lighthouse keeper retires";
    private static final String ADDED = "Quay market reopens";

    @TempDir
    Path dir;

    @Test
    void aSecondStartShowsWhatChangedWhileClosedAndSearchesBodiesThroughTheIndex() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Launch.write(news, "a.txt", KEPT + " over night shifts.\n\nThe vote was close; the quartermaster abstained.\n");
        Launch.write(news, "b.txt", EDITED_BEFORE + " for the winter season.\n\nFewer crossings after ten.\n");
        Launch.write(news, "c.txt", DELETED + " after forty years.\n\nThe lamp is automatic now.\n");
        try (Tmux tmux = new Tmux()) {
            start(tmux, news, "first");
            tmux.expect(
                    "the first start, every file read",
                    s -> s.contains(KEPT) && s.contains(DELETED) && s.contains("3 articles"));
            tmux.keys("q");
            awaitExit(tmux, "first");
        }
        assertTrue(Files.isRegularFile(dir.resolve("cache/lede/index.db")), "no index was written");

        Files.writeString(news.resolve("b.txt"), EDITED_AFTER + " after complaints.\n\nThe old times are back.\n");
        Files.setLastModifiedTime(
                news.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(news.resolve("c.txt"));
        Launch.write(news, "d.txt", ADDED + " on Saturday.\n\nStalls return to the pier.\n");
        try (Tmux tmux = new Tmux()) {
            start(tmux, news, "second");
            String screen = tmux.expect(
                    "the second start, with what changed while lede was closed",
                    s -> s.contains(KEPT) && s.contains(EDITED_AFTER) && s.contains(ADDED) && s.contains("3 articles"));
            assertFalse(screen.contains(DELETED) || screen.contains(EDITED_BEFORE), screen);
            tmux.keys("/");
            tmux.keys("-l", "quartermaster");
            tmux.keys("Enter");
            tmux.expect(
                    "a body word of the unchanged file found through the index",
                    s -> s.contains("1/1 matching “quartermaster”") && s.contains(KEPT) && !s.contains(ADDED));
            tmux.keys("q"); // back from the search to the whole list
            tmux.expect("the whole list again", s -> s.contains(ADDED));
            tmux.keys("q");
            awaitExit(tmux, "second");
        }
        assertEquals("exit=0", Files.readString(dir.resolve("second-exit.txt")).strip());
        assertEquals("", Files.readString(dir.resolve("second-err.txt")));
    }

    /**
     * One index holds every folder lede opened, and the reader's search asks it as a whole: a folder of one
     * article, searched for a word ten articles of another folder hold in their headlines, was answered with one
     * of theirs (as many as it has articles) and found nothing of its own (by hand with the jar before the fix:
     * {@code 0/0 matching “quartermaster”}).
     */
    @Test
    void aSmallFolderFindsItsOwnArticleWhenALargerOneInTheSameIndexMatchesFirst() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        for (int i = 0; i < 10; i++) {
            Launch.write(other, "o" + i + ".txt", "Quartermaster report " + i + "\n\nThe stores were counted.\n");
        }
        Path small = Files.createDirectories(dir.resolve("small"));
        Launch.write(
                small, "a.txt", KEPT + " over night shifts.\n\nThe vote was close; the quartermaster abstained.\n");
        Launch.write(
                small, "b.txt", ADDED + " on Saturday.\n\nStalls return to the pier.\n"); // a list, not one article
        try (Tmux tmux = new Tmux()) {
            start(tmux, other, "other");
            tmux.expect("the other folder, in the index", s -> s.contains("10 articles"));
            tmux.keys("q");
            awaitExit(tmux, "other");
        }
        try (Tmux tmux = new Tmux()) {
            start(tmux, small, "small");
            tmux.expect("the small folder", s -> s.contains(KEPT) && s.contains("2 articles"));
            tmux.keys("/");
            tmux.keys("-l", "quartermaster");
            tmux.keys("Enter");
            tmux.expect(
                    "its own article found, though ten of the other folder's match first",
                    s -> s.contains("1/1 matching “quartermaster”") && s.contains(KEPT));
            tmux.keys("q");
            tmux.keys("q");
            awaitExit(tmux, "small");
        }
        assertEquals("", Files.readString(dir.resolve("small-err.txt")));
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

    private void awaitExit(Tmux tmux, String run) throws IOException, InterruptedException {
        Path exit = dir.resolve(run + "-exit.txt");
        tmux.expect("lede exits", s -> size(exit) > 0);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
