package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reloads on change: only finished libraries posted, changes during a reload make one more (and the library they
 * replace is not stored), a failure keeps the list.
 */
class LibraryRefreshTest {

    private final List<Event> posted = new CopyOnWriteArrayList<>();
    /** The libraries handed on as reloaded (to have their resolutions stored), in order. */
    private final List<dev.lede.core.library.Library> reloaded = new CopyOnWriteArrayList<>();

    @Test
    void changesDuringAReloadMakeOneMoreNotOneEach() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        LibraryRefresh refresh = new LibraryRefresh(
                sink -> {
                    loads.incrementAndGet();
                    started.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    sink.finished();
                },
                reloaded::add,
                posted::add);
        refresh.request();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        refresh.request();
        refresh.request();
        refresh.request();
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (posted.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        assertEquals(2, loads.get());
        assertEquals(2, posted.size());
        assertTrue(posted.stream()
                .allMatch(e -> e instanceof Event.LibraryUpdated updated
                        && updated.library().isComplete()));
        assertEquals(
                List.of(((Event.LibraryUpdated) posted.get(1)).library()),
                reloaded,
                "the last library is handed on to have its resolutions stored; the one changed again while it loaded"
                        + " is not, so that the next load does not wait for its related headlines to be worked out");
    }

    @Test
    void aFailedReloadKeepsTheLibraryShownAndSaysWhy() throws Exception {
        LibraryRefresh refresh = new LibraryRefresh(
                sink -> {
                    throw new IllegalStateException("disk on fire");
                },
                reloaded::add,
                posted::add);
        refresh.request();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (posted.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(new Event.Notice("could not load the changed folders again: disk on fire")), posted);
        assertEquals(List.of(), reloaded);
    }
}
