package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.Event;
import dev.lede.ui.Fixtures;
import dev.lede.ui.keys.Key;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** When the loop paints: keys at once, loading progress at most every 250 ms once a screenful is shown. */
class FramePacerTest {

    private static final int ROWS = 3;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final FramePacer pacer = new FramePacer(events);

    @Test
    void progressAloneWaitsOnceAScreenfulIsShownAndIsPaintedWhenDue() throws Exception {
        assertFalse(burst(progress(5)).holdsBack(ROWS, false), "the first screenful is never held back");
        assertTrue(pacer.painted(), "articles were shown");
        assertTrue(burst(progress(6)).holdsBack(ROWS, false), "the next progress frame waits");
        assertFalse(burst(progress(7)).holdsBack(ROWS, true), "a whole redraw never waits");
        pacer.painted();
        assertTrue(burst(progress(8)).holdsBack(ROWS, false));
        long start = System.nanoTime();
        assertNull(pacer.first(), "nothing came: the owed frame is due");
        assertTrue(System.nanoTime() - start >= 200_000_000L, "it came after the 250 ms of the last frame");
    }

    @Test
    void aKeyInTheBurstIsPaintedAtOnce() {
        burst(progress(5));
        pacer.painted();
        events.add(new Event.KeyPressed(Key.of("j")));
        events.add(progress(6));
        Event first = pacer.first();
        pacer.handling(first);
        Event second = pacer.next();
        pacer.handling(second);
        assertNull(pacer.next(), "the burst is over");
        assertFalse(pacer.holdsBack(ROWS, false));
    }

    @Test
    void fewerArticlesThanRowsAreNeverHeldBack() {
        burst(progress(2));
        pacer.painted();
        assertFalse(burst(progress(2)).holdsBack(ROWS, false), "two articles do not fill three rows");
    }

    @Test
    void aTypedCountExpiresAfterItsTime() {
        long start = System.nanoTime(); // before the count starts: a pause between the two made the wait look short
        pacer.countFor(30);
        assertInstanceOf(Event.CountExpired.class, pacer.first());
        assertTrue(System.nanoTime() - start >= 25_000_000L);
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            events.add(new Event.KeyPressed(Key.of("j")));
        });
        later.start();
        assertEquals(new Event.KeyPressed(Key.of("j")), pacer.first(), "it expires once; then the loop waits for keys");
    }

    // One burst holding just this event.
    private FramePacer burst(Event event) {
        events.add(event);
        Event first = pacer.first();
        pacer.handling(first);
        assertNull(pacer.next());
        return pacer;
    }

    private static Event progress(int articles) {
        LibraryBuilder builder = new LibraryBuilder();
        Fixtures.numbered(articles).forEach(builder::add);
        Library partial = builder.snapshot();
        return new Event.LibraryUpdated(partial);
    }
}
