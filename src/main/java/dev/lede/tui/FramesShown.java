package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Event;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which of the reader's first frames have been shown, for loading to wait on: on two cores, the work that
 * follows a post (the index's listing after the first rows; the check of the folders and what the
 * complete library sets off after the complete one) would otherwise take the processor that frame needs
 * (README, "Start-up"). Each is waited for once, at most {@link ReaderStart#FIRST_FRAME_WAIT_MILLIS}.
 */
final class FramesShown {

    private final CountDownLatch articles = new CountDownLatch(1);
    private final CountDownLatch complete = new CountDownLatch(1);

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
        articles.countDown();
        complete.countDown();
    }

    /**
     * Posts to {@code events}; after the first snapshot with articles, and again after the first complete
     * one, the posting thread (a loading one) waits until a frame has shown it.
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
                    await(complete);
                }
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(ReaderStart.FIRST_FRAME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
