package dev.lede.tui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells Lanterna's key decoder to wait a little inside an escape sequence. The decoder asks
 * {@code available()} whether more bytes follow before it settles on a key; with no wait, an arrow key
 * split across two SSH packets decodes as Escape, '[', 'A', and Lanterna's own timeout waits in
 * steps of 250 ms, so a lone Escape would feel slow. Here {@code available()} waits up to
 * {@value #WAIT_MILLIS} ms only while a sequence is unfinished (after ESC, ESC [ or ESC O).
 */
final class EscapeTimingInput extends FilterInputStream {

    static final int WAIT_MILLIS = 40;
    private static final int POLL_MILLIS = 4;

    private enum State {
        TEXT,
        ESCAPE,
        CSI,
        SS3
    }

    private final long waitNanos;
    private State state = State.TEXT;

    EscapeTimingInput(InputStream in) {
        this(in, WAIT_MILLIS);
    }

    EscapeTimingInput(InputStream in, long waitMillis) {
        super(in);
        this.waitNanos = waitMillis * 1_000_000L;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            advance(buffer[offset + i] & 0xff);
        }
        return count;
    }

    @Override
    public int available() throws IOException {
        int ready = super.available();
        if (ready > 0 || state == State.TEXT) {
            return ready;
        }
        long deadline = System.nanoTime() + waitNanos;
        while (ready == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ready = super.available();
        }
        if (ready == 0) {
            state = State.TEXT; // the sequence was a lone Escape (or Alt+key); stop waiting for it
        }
        return ready;
    }

    private void advance(int b) {
        state = switch (state) {
            case TEXT -> b == 0x1b ? State.ESCAPE : State.TEXT;
            case ESCAPE -> b == '[' ? State.CSI : b == 'O' ? State.SS3 : b == 0x1b ? State.ESCAPE : State.TEXT;
            case CSI -> (b >= 0x40 && b <= 0x7e) ? State.TEXT : State.CSI;
            case SS3 -> State.TEXT;
        };
    }
}
