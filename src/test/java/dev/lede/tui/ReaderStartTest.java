package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReaderStartTest {

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final FramesShown shown = new FramesShown();

    private static Parsed one(String headline) {
        return LibraryFeedTest.one(headline);
    }

    /** Starts {@code loader} as the reader does; returns the latch counted down once loading has ended. */
    private CountDownLatch start(Consumer<LoadSink> loader) {
        CountDownLatch ended = new CountDownLatch(1);
        ReaderStart.startLoading(
                loader, shown.pausing(events), ReaderStart.EARLY_SCREENFUL, library -> ended.countDown());
        return ended;
    }

    @Test
    void loadingPausesAfterItsFirstArticlesUntilTheyAreShown() throws InterruptedException {
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch ended = start(sink -> {
            sink.loaded(Parsed.skipped(new Problem("a.txt", "empty file"))); // problems alone: no pause
            sink.loaded(one("Quarry lake reopens"));
            second.countDown();
            sink.loaded(one("Night market moves"));
            sink.finished();
        });
        assertEquals(
                0,
                ((Event.LibraryUpdated) events.poll(10, TimeUnit.SECONDS))
                        .library()
                        .size());
        Library first = ((Event.LibraryUpdated) events.poll(10, TimeUnit.SECONDS)).library();
        assertEquals(1, first.size());
        assertFalse(second.await(300, TimeUnit.MILLISECONDS), "the loader waits for the first frame");
        shown.shown(first);
        assertTrue(second.await(10, TimeUnit.SECONDS));
        shown.shown(Library.empty()); // a complete library with no articles: the reader ends on it
        assertTrue(ended.await(10, TimeUnit.SECONDS), "and then runs on to the complete library");
    }

    @Test
    void loadingPausesAfterTheCompleteLibraryUntilAFrameShowsIt() throws InterruptedException {
        CountDownLatch ended = start(sink -> {
            sink.loaded(one("Quarry lake reopens"));
            sink.finished();
        });
        Library first = ((Event.LibraryUpdated) events.poll(10, TimeUnit.SECONDS)).library();
        shown.shown(first);
        Library complete = ((Event.LibraryUpdated) events.poll(10, TimeUnit.SECONDS)).library();
        assertTrue(complete.isComplete());
        assertFalse(
                ended.await(300, TimeUnit.MILLISECONDS),
                "what follows the complete library (the check of the folders, its storing) waits for its frame");
        shown.shown(first);
        assertFalse(ended.await(100, TimeUnit.MILLISECONDS), "a frame of an incomplete library does not count");
        shown.shown(complete);
        assertTrue(ended.await(10, TimeUnit.SECONDS));
    }

    @Test
    void theFirstAndTheCompleteFramesAreEachWaitedForAtMostOnceAndForALimitedTime() throws InterruptedException {
        long started = System.nanoTime();
        CountDownLatch ended = start(sink -> {
            sink.loaded(one("Quarry lake reopens"));
            sink.loaded(one("Night market moves"));
            sink.finished();
        });
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        long waited = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waited >= 2 * ReaderStart.FIRST_FRAME_WAIT_MILLIS, "waited " + waited + " ms");
        assertTrue(waited < 4 * ReaderStart.FIRST_FRAME_WAIT_MILLIS, "waited " + waited + " ms: once each only");
    }

    @Test
    void aLoaderFailureEndsTheLibraryWithTheProblemOnIt() throws InterruptedException {
        shown.release();
        CountDownLatch ended = start(sink -> {
            throw new IllegalStateException("disk gone");
        });
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        Event last = null;
        for (Event event = events.poll(); event != null; event = events.poll()) {
            last = event;
        }
        assertTrue(((Event.LibraryUpdated) last).library().isComplete());
        assertEquals(
                "disk gone",
                ((Event.LibraryUpdated) last).library().problems().get(0).message());
    }
}
