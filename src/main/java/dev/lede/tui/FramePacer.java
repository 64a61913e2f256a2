package dev.lede.tui;

import dev.lede.ui.Event;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * When the loop paints. A burst of events (keys pasted or held down) is handled whole before one frame;
 * keys never wait. Loading progress alone repaints at most every {@link #PROGRESS_FRAME_NANOS}, as each
 * frame costs bytes over SSH, but never before the first screenful of headlines is shown (time to first
 * frame). It also keeps the count timer: a number typed in the reader waits that long for its key.
 */
final class FramePacer {

    private static final int MAX_EVENTS_PER_FRAME = 256;
    private static final long PROGRESS_FRAME_NANOS = 250_000_000L;

    private final BlockingQueue<Event> events;
    private boolean owed; // a progress frame held back
    private long lastPaint;
    private int shownArticles;
    private int articles;
    private long countDeadline; // System.nanoTime() when the typed count expires; 0 for none
    private int handled;
    private boolean progressOnly;

    FramePacer(BlockingQueue<Event> events) {
        this.events = events;
        // The first frame is owed from the start: a load that posts nothing (a slow pipe, past the reader's
        // grace) is painted as loading after PROGRESS_FRAME_NANOS, not left a blank screen until a key.
        this.owed = true;
        this.lastPaint = System.nanoTime();
    }

    /**
     * The first event of the next burst: waits for one, for the count timer ({@link Event.CountExpired}),
     * or until a held-back frame is due (null: paint it).
     */
    Event first() {
        Event event;
        if (countDeadline != 0) {
            long deadline = owed ? Math.min(countDeadline, lastPaint + PROGRESS_FRAME_NANOS) : countDeadline;
            event = takeBefore(deadline);
            if (event == null && System.nanoTime() - countDeadline >= 0) {
                countDeadline = 0;
                event = new Event.CountExpired();
            }
        } else {
            event = owed ? takeBefore(lastPaint + PROGRESS_FRAME_NANOS) : take();
        }
        handled = 0;
        progressOnly = event != null;
        return event;
    }

    /** The next event of the burst, or null when the burst is over (or so long that a frame is due). */
    Event next() {
        return ++handled < MAX_EVENTS_PER_FRAME ? events.poll() : null;
    }

    /** Each event of a burst passes here before the update: only loading progress may hold the frame back. */
    void handling(Event event) {
        progressOnly &= event instanceof Event.LibraryUpdated update
                && !update.library().isComplete();
        if (event instanceof Event.LibraryUpdated update) {
            articles = update.library().size();
        }
    }

    /** {@link dev.lede.ui.Effect.CountTimer}: a {@link Event.CountExpired} comes after {@code millis}. */
    void countFor(long millis) {
        countDeadline = System.nanoTime() + millis * 1_000_000L;
        countDeadline += countDeadline == 0 ? 1 : 0;
    }

    /** True when this burst's frame may wait (it is then owed); {@code full}: a whole redraw never waits. */
    boolean holdsBack(int screenRows, boolean full) {
        boolean screenful = shownArticles >= screenRows;
        if (progressOnly && screenful && !full && System.nanoTime() - lastPaint < PROGRESS_FRAME_NANOS) {
            owed = true;
            return true;
        }
        return false;
    }

    /** After a frame was shown; true when it showed articles (the loader waits for the first such frame). */
    boolean painted() {
        owed = false;
        lastPaint = System.nanoTime();
        shownArticles = articles;
        return shownArticles > 0;
    }

    private Event take() {
        try {
            return events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Event.TerminalGone();
        }
    }

    // The next event, or null once the deadline (System.nanoTime) has passed.
    private Event takeBefore(long deadline) {
        try {
            return events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Event.TerminalGone();
        }
    }
}
