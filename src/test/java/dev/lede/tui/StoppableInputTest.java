package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoppableInputTest {

    /** A tty's input as far as reading it goes: what is typed waits until read. */
    private static final class Typed extends InputStream {
        private final ConcurrentLinkedQueue<Integer> bytes = new ConcurrentLinkedQueue<>();

        void type(String text) {
            for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
                bytes.add(b & 0xff);
            }
        }

        @Override
        public int read() {
            Integer b = bytes.poll();
            if (b == null) {
                throw new AssertionError("a read with nothing typed would block");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = 0;
            while (count < length && !bytes.isEmpty()) {
                buffer[offset + count++] = (byte) read();
            }
            if (count == 0) {
                throw new AssertionError("a read with nothing typed would block");
            }
            return count;
        }

        @Override
        public int available() {
            return bytes.size();
        }

        String left() {
            StringBuilder out = new StringBuilder();
            bytes.forEach(b -> out.append((char) b.intValue()));
            return out.toString();
        }
    }

    @Test
    void readsWhatHasArrivedAndNothingAfterStop() throws Exception {
        Typed tty = new Typed();
        StoppableInput keys = new StoppableInput(tty);
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return keys.read();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(50);
        tty.type("q");
        assertEquals('q', waiting.get(5, TimeUnit.SECONDS));

        CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> {
            try {
                return keys.read(new byte[16], 0, 16);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(50);
        keys.stop();
        assertEquals(-1, next.get(5, TimeUnit.SECONDS), "a read waiting ends at the stop");
        tty.type("ls\n");
        assertEquals(-1, keys.read());
        assertEquals(0, keys.available());
        assertEquals("ls\n", tty.left(), "left for the shell");
    }

    @Test
    void aTerminalGoneEndsTheReadWithAnError() {
        InputStream gone = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("never read blind");
            }

            @Override
            public int available() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        assertThrows(IOException.class, () -> new StoppableInput(gone).read(new byte[4], 0, 4));
    }

    /** Idle, a read waits in the tty's own read, which ends after VTIME with nothing: then it reads again. */
    @Test
    void idleReadsWaitInTheTtyAndAnEndAtOnceIsTheEnd() throws IOException {
        int[] timeouts = {0};
        InputStream vtime = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read in blocks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (timeouts[0]++ < 2) {
                    sleep(100); // VTIME 1 with nothing typed
                    return -1;
                }
                buffer[offset] = 'j';
                return 1;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        StoppableInput idle = new StoppableInput(vtime, 0);
        assertEquals('j', idle.read());
        assertEquals(3, timeouts[0]);

        InputStream ended = new InputStream() {
            @Override
            public int read() {
                return -1;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        assertEquals(-1, new StoppableInput(ended, 0).read(new byte[4], 0, 4), "no spinning on a dead tty");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
