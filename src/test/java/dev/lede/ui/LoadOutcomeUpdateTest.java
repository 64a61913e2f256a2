package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader does about loading: Esc stops the fetches in progress, and nothing read means leave. */
class LoadOutcomeUpdateTest {

    @Test
    void escStopsTheFetchesInProgressOnlyWhenThereIsNothingCloserToCancel() {
        LibraryBuilder builder = new LibraryBuilder().fetchStarted("http://127.0.0.1:8123/feed");
        builder.add(Fixtures.feature());
        builder.add(Fixtures.sequel());
        UiState start = Keys.start(builder.snapshot(), 80, 24);
        assertEquals(
                List.of(new Effect.CancelFetches()), Keys.press(start, "<esc>").effects());

        UiState searching = Keys.pressed(start, "/", "f", "e", "r", "r", "y", "<enter>");
        assertTrue(searching.list().order().isFiltered());
        Transition cleared = Keys.press(searching, "<esc>");
        assertEquals(List.of(), cleared.effects(), "Esc clears the search first");
        assertEquals(
                List.of(new Effect.CancelFetches()),
                Keys.press(cleared.state(), "<esc>").effects());

        LibraryBuilder done = new LibraryBuilder();
        done.add(Fixtures.feature());
        assertEquals(
                List.of(),
                Keys.press(Keys.start(done.finish(), 80, 24), "<esc>").effects(),
                "no fetch, nothing to stop");
    }

    @Test
    void aLoadThatEndsWithNothingReadLeavesTheScreenSoTheReasonsCanBePrinted() {
        LibraryBuilder builder = new LibraryBuilder().fetchStarted("http://127.0.0.1:8123/feed");
        UiState waiting = Keys.start(builder.snapshot(), 80, 24);
        builder.fetchEnded("http://127.0.0.1:8123/feed");
        builder.addProblem(new Problem("http://127.0.0.1:8123/feed", "cancelled"));
        assertEquals(
                List.of(),
                Update.update(waiting, new Event.LibraryUpdated(builder.snapshot()))
                        .effects(),
                "still loading: more may come");
        assertEquals(
                List.of(new Effect.Quit()),
                Update.update(waiting, new Event.LibraryUpdated(builder.finish()))
                        .effects());
    }

    @Test
    void aLoadThatEndsWithArticlesAndProblemsStays() {
        LibraryBuilder builder = new LibraryBuilder();
        UiState waiting = Keys.start(builder.snapshot(), 80, 24);
        builder.add(Fixtures.feature());
        builder.add(Fixtures.sequel());
        builder.addProblem(new Problem("x.bin", "binary file; skipped"));
        Library finished = builder.finish();
        assertEquals(
                List.of(new Effect.BuildLinks(finished)),
                Update.update(waiting, new Event.LibraryUpdated(finished)).effects(),
                "no quit; only the finished library's links are asked for");
    }
}
