package dev.lede.tui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The tty's bytes, read so that reading can stop: a thread blocked in {@code read(2)} cannot be woken, and
 * it would take the keys typed after quitting (the terminal restored, the JVM not yet gone) from the shell
 * they were meant for. For a second after each byte (when a quit key has just come) a read waits by asking
 * {@code available()} (FIONREAD) every {@value #BUSY_POLL_MILLIS} ms and reads only what has arrived, so
 * after {@link #stop()} no byte is read: what is typed then stays in the tty for the shell. Idle, it
 * waits in {@code read(2)}, which the tty's modes end after a tenth of a second with nothing typed (VMIN 0,
 * VTIME 1: {@link LedeTerminal}), so an idle reader costs ten wake-ups a second and the first key no wait.
 * A terminal gone (FIONREAD fails) ends a read with an IOException.
 */
final class StoppableInput extends FilterInputStream {

    static final int BUSY_POLL_MILLIS = 2;
    static final long BUSY_NANOS = 1_000_000_000L;
    /** Longer than one idle read(2) lasts (VTIME 1: 100 ms), however busy the machine. */
    private static final long STOP_WAIT_MILLIS = 500;
    /** An end of input sooner than this is no VTIME timeout (100 ms) but the end. */
    private static final long AT_ONCE_NANOS = 20_000_000L;

    private final ReentrantLock reading = new ReentrantLock();
    private volatile boolean stopped;
    private volatile long lastByte = System.nanoTime();
    private final long busyNanos;

    StoppableInput(InputStream in) {
        this(in, BUSY_NANOS);
    }

    /** As above, polling for {@code busyNanos} after each byte. */
    StoppableInput(InputStream in, long busyNanos) {
        super(in);
        this.busyNanos = busyNanos;
    }

    /**
     * No byte is read after this returns (unless an idle read(2) outlasted {@link #STOP_WAIT_MILLIS}); a read
     * waiting for one ends as at EOF.
     */
    void stop() {
        stopped = true;
        try {
            if (reading.tryLock(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                reading.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count = read(one, 0, 1);
        return count < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            boolean busy = System.nanoTime() - lastByte < busyNanos;
            reading.lock();
            try {
                if (stopped) {
                    return -1;
                }
                int ready = in.available();
                if (ready > 0 || !busy) {
                    long start = System.nanoTime();
                    int count = in.read(buffer, offset, ready > 0 ? Math.min(length, ready) : length);
                    if (count > 0) {
                        lastByte = System.nanoTime();
                        return count;
                    }
                    // Nothing typed for VTIME (the JDK says -1 for read(2)'s 0): ask again, unless the tty is gone
                    // (FIONREAD fails) or the end came at once, which no timeout does: that is the end of input.
                    in.available();
                    if (System.nanoTime() - start < AT_ONCE_NANOS) {
                        return -1;
                    }
                    continue;
                }
            } finally {
                reading.unlock();
            }
            try {
                Thread.sleep(BUSY_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("key reading interrupted");
            }
        }
    }

    @Override
    public int available() throws IOException {
        return stopped ? 0 : in.available();
    }
}
