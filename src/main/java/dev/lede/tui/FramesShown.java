package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Event;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Which of the reader's first frames have been shown, for loading to wait on: on two cores, the work that
 * follows a post (the index's listing after the first rows; the check of the folders and what the
 * complete library sets off after the complete one) would otherwise take the processor that frame needs
 * (docs/performance.md, "Start-up"). Each is waited for once, at most {@link ReaderStart#FIRST_FRAME_WAIT_MILLIS}.
 */
final class FramesShown {

    /**
     * How long what follows the complete library waits more once its frame is written: the terminal needs the
     * processor to read and draw it, and on two cores the index's opening and the C1 compiler, which start then,
     * kept it from doing so. Under {@code chrt -r 5}, 10,000 articles, the terminal showed the complete frame 53 ms
     * (4–429) after lede wrote it, and 10 ms (−1–470) with this pause (10 interleaved rounds, docs/performance.md,
     * "Between the first frame and "library complete" (P0)"). Nothing on the way to that frame waits for it.
     */
    static final long TERMINAL_DRAWS_MILLIS = 50;

    private final CountDownLatch articles = new CountDownLatch(1);
    private final CountDownLatch complete = new CountDownLatch(1);
    private final LongConsumer sleep;
    /** No frame will come: nothing waits for the terminal either. */
    private volatile boolean released;

    FramesShown() {
        this(FramesShown::sleep);
    }

    /** @param sleep waits the milliseconds given (a test records them instead) */
    FramesShown(LongConsumer sleep) {
        this.sleep = sleep;
    }

    /** After each frame, with the library it showed (the screen's thread). */
    void shown(Library library) {
        if (library.size() > 0) {
            articles.countDown();
        }
        if (library.isComplete()) {
            complete.countDown();
        }
    }

    /** No frame will come (the reader ended): loading never waits for one. */
    void release() {
        released = true;
        articles.countDown();
        complete.countDown();
    }

    /**
     * Posts to {@code events}; after the first snapshot with articles, and again after the first complete
     * one, the posting thread (a loading one) waits until a frame has shown it, and after the complete one
     * {@link #TERMINAL_DRAWS_MILLIS} more.
     */
    Consumer<Event> pausing(BlockingQueue<Event> events) {
        boolean[] paused = {false, false}; // posted from one loading thread at a time
        return event -> {
            events.offer(event);
            if (event instanceof Event.LibraryUpdated update) {
                Library library = update.library();
                if (!paused[0] && library.size() > 0) {
                    paused[0] = true;
                    await(articles);
                }
                if (!paused[1] && library.isComplete()) {
                    paused[1] = true;
                    if (await(complete) && !released) {
                        sleep.accept(TERMINAL_DRAWS_MILLIS);
                    }
                }
            }
        };
    }

    /** Whether the latch was counted down within {@link ReaderStart#FIRST_FRAME_WAIT_MILLIS}. */
    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(ReaderStart.FIRST_FRAME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
