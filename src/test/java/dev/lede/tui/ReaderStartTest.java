package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
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
    private final CountDownLatch articlesShown = new CountDownLatch(1);

    private static Parsed one(String headline) {
        return LibraryFeedTest.one(headline);
    }

    /** Starts {@code loader} as the reader does; returns the latch counted down once loading has ended. */
    private CountDownLatch start(Consumer<LoadSink> loader) {
        CountDownLatch ended = new CountDownLatch(1);
        ReaderStart.startLoading(
                loader,
                ReaderStart.pausingAfterFirstArticles(events, articlesShown),
                ReaderStart.EARLY_SCREENFUL,
                library -> ended.countDown());
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
        assertEquals(
                1,
                ((Event.LibraryUpdated) events.poll(10, TimeUnit.SECONDS))
                        .library()
                        .size());
        assertFalse(second.await(300, TimeUnit.MILLISECONDS), "the loader waits for the first frame");
        articlesShown.countDown();
        assertTrue(second.await(10, TimeUnit.SECONDS));
        assertTrue(ended.await(10, TimeUnit.SECONDS), "and then runs on to the complete library, without pausing");
    }

    @Test
    void theFirstFrameIsWaitedForAtMostOnceAndForALimitedTime() throws InterruptedException {
        long started = System.nanoTime();
        CountDownLatch ended = start(sink -> {
            sink.loaded(one("Quarry lake reopens"));
            sink.loaded(one("Night market moves"));
            sink.finished();
        });
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        long waited = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waited >= ReaderStart.FIRST_FRAME_WAIT_MILLIS, "waited " + waited + " ms");
        assertTrue(waited < 3 * ReaderStart.FIRST_FRAME_WAIT_MILLIS, "waited " + waited + " ms: once only");
    }

    @Test
    void aLoaderFailureEndsTheLibraryWithTheProblemOnIt() throws InterruptedException {
        articlesShown.countDown();
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
