package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The library being built on a daemon thread and posted to the reader as {@link Event.LibraryUpdated}
 * (through {@link LibraryFeed}). It can start before the terminal is open, so the first articles are
 * indexed while the stty process runs. After posting its first articles it pauses until the reader
 * reports them drawn ({@link #articlesShown}), at most {@value #FIRST_FRAME_WAIT_MILLIS} ms: on two
 * cores, indexing and parsing the rest would take the CPU that first frame needs.
 */
final class LibraryLoading {

    private static final long FIRST_FRAME_WAIT_MILLIS = 1_000;

    private final CountDownLatch firstArticlesShown = new CountDownLatch(1);
    private boolean started;

    /** Starts loading with {@code startLoading} unless it has started already; events go to {@code post}. */
    synchronized void start(Consumer<LoadSink> startLoading, Consumer<Event> post, int firstScreenful) {
        start(startLoading, post, firstScreenful, library -> {});
    }

    /** As above; {@code complete} is given the complete library, on the loading thread, after it is posted. */
    synchronized void start(
            Consumer<LoadSink> startLoading, Consumer<Event> post, int firstScreenful, Consumer<Library> complete) {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(() -> load(startLoading, post, firstScreenful, complete), "lede-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The reader has drawn articles (or will draw none): loading goes on at full speed. */
    void articlesShown() {
        firstArticlesShown.countDown();
    }

    private void load(
            Consumer<LoadSink> startLoading, Consumer<Event> post, int firstScreenful, Consumer<Library> complete) {
        LibraryFeed feed = new LibraryFeed(post, firstScreenful, System::nanoTime, this::awaitArticlesShown, complete);
        try {
            startLoading.accept(feed);
        } catch (RuntimeException e) {
            feed.failed(e);
            feed.finished();
        }
    }

    private void awaitArticlesShown() {
        try {
            firstArticlesShown.await(FIRST_FRAME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
