package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Loading waits for the reader's first frames, and once the complete one is written, for the terminal to draw it. */
class FramesShownTest {

    private final List<Long> slept = new CopyOnWriteArrayList<>();
    private final FramesShown shown = new FramesShown(slept::add);
    private final Consumer<Event> post = shown.pausing(new LinkedBlockingQueue<>());

    private static Library first() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.accept(LibraryFeedTest.one("Quarry lake reopens"));
        return builder.snapshot();
    }

    private static Library complete() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.accept(LibraryFeedTest.one("Quarry lake reopens"));
        return builder.finish();
    }

    /** Posts {@code library} from a loading thread; the latch counts down once the post returns. */
    private CountDownLatch posting(Library library) {
        CountDownLatch returned = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            post.accept(new Event.LibraryUpdated(library));
            returned.countDown();
        });
        thread.setDaemon(true);
        thread.start();
        return returned;
    }

    @Test
    void onlyTheCompleteLibrarysFrameIsGivenTheTerminalsTimeToDrawIt() throws InterruptedException {
        Library first = first();
        CountDownLatch firstPosted = posting(first);
        shown.shown(first);
        assertTrue(firstPosted.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), slept, "the first articles' frame: loading goes on at once");

        Library complete = complete();
        CountDownLatch completePosted = posting(complete);
        shown.shown(complete);
        assertTrue(completePosted.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(FramesShown.TERMINAL_DRAWS_MILLIS), slept);

        assertTrue(posting(complete).await(10, TimeUnit.SECONDS));
        assertEquals(1, slept.size(), "once");
    }

    @Test
    void aReaderThatEndedLeavesNothingToWaitFor() throws InterruptedException {
        shown.release();
        assertTrue(posting(complete()).await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), slept);
    }
}
