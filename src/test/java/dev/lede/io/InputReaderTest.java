package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size cap, gzip and the blank check, on streams read in one buffer or in many. */
class InputReaderTest {

    private static final long MAX = 1 << 20;

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static byte[] read(byte[] input) throws InputReader.SkippedInput {
        return new InputReader(MAX).readStream(new ByteArrayInputStream(input));
    }

    @Test
    void refusesBinaryAsTheDecoderDoesAndReadsTextWithAByteOrderMark() throws Exception {
        byte[] controls = new byte[64];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
        }
        InputReader.SkippedInput refused = assertThrows(InputReader.SkippedInput.class, () -> read(controls));
        assertEquals("binary file; skipped", refused.getMessage());
        byte[] utf32 = "\uFEFFNews".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        assertArrayEquals(utf32, read(utf32), "UTF-32 text is all NULs and text");
    }

    @Test
    void readsAFileThatShrankOrGrewSinceItWasStatedWhole() throws Exception {
        InputReader reader = new InputReader(MAX);
        for (int stated : new int[] {0, 1, 100, 6_500}) {
            for (int actual : new int[] {0, 1, 99, 100, 101, 6_500, 20_000}) {
                byte[] input = text(actual);
                assertArrayEquals(input, reader.sized(new ByteArrayInputStream(input), stated), stated + " " + actual);
            }
        }
        assertThrows(
                InputReader.SkippedInput.class,
                () -> reader.sized(new ByteArrayInputStream(text((int) MAX + 1)), 100),
                "grown past the cap");
    }

    @Test
    void skipsANamedPipeAtOnceInsteadOfWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "skipped: mkfifo could not make a FIFO");
        InputReader.SkippedInput skipped = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(InputReader.SkippedInput.class, () -> new InputReader(MAX).readFile(fifo)));
        assertEquals("a named pipe, not a file; skipped", skipped.getMessage());
    }

    @Test
    void readsAPipeTheShellHandsOverByItsFdPath() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "skipped: no /proc/self/fd");
        Set<Path> before = pipes(fds);
        Process child = new ProcessBuilder("sh", "-c", "printf 'Title: Piped\\n\\nbody\\n'; sleep 1")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Set<Path> ours = pipes(fds);
            ours.removeAll(before);
            Assumptions.assumeTrue(ours.size() == 1, "skipped: the child's pipe cannot be told apart");
            Path asTheShellNamesIt = ours.iterator().next(); // as <(cmd) gives /dev/fd/63
            byte[] read = assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> new InputReader(MAX).readFile(asTheShellNamesIt));
            assertEquals("Title: Piped\n\nbody\n", new String(read, StandardCharsets.UTF_8));
        } finally {
            child.destroy();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Set<Path> pipes(Path fds) throws IOException {
        Set<Path> pipes = new HashSet<>();
        try (Stream<Path> all = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) all::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("pipe:")) {
                        pipes.add(fd);
                    }
                } catch (IOException gone) {
                    // the listing's own fd, closed by now
                }
            }
        }
        return pipes;
    }

    @Test
    void readsAStreamWholeUpToTheCapInclusive() throws Exception {
        for (int size : new int[] {1, 6_500, 8_192, 8_193, 65_536, 200_000, (int) MAX}) {
            byte[] input = text(size);
            assertArrayEquals(input, read(input), "size " + size);
        }
    }

    @Test
    void skipsAStreamOneByteOverTheCap() {
        InputReader.SkippedInput skipped =
                assertThrows(InputReader.SkippedInput.class, () -> read(text((int) MAX + 1)));
        assertEquals("input is over the 1 MiB limit (--max-size); skipped", skipped.getMessage());
    }

    @Test
    void capsWhatGzipDecompressesTo() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(text((int) MAX + 1));
        }
        InputReader.SkippedInput skipped =
                assertThrows(InputReader.SkippedInput.class, () -> read(packed.toByteArray()));
        assertEquals("decompressed gzip is over the 1 MiB limit (--max-size); skipped", skipped.getMessage());
    }

    @Test
    void blankIsWhatStringIsBlankSaysOfTheFirstBytesAsLatin1() throws Exception {
        for (int b = 0; b < 256; b++) {
            byte[] input = {(byte) b, (byte) b};
            boolean blank = new String(input, StandardCharsets.ISO_8859_1).isBlank();
            boolean noText = b == 0 || b < 0x07 || b > 0x0d && b < 0x20 && b != 0x1b || b == 0x7f;
            if (blank) {
                assertThrows(InputReader.EmptyInput.class, () -> read(input), "byte " + b);
            } else if (noText) { // NUL, and control characters no text uses, are binary
                assertThrows(InputReader.SkippedInput.class, () -> read(input), "byte " + b);
            } else {
                assertArrayEquals(input, read(input), "byte " + b);
            }
        }
    }

    @Test
    void onlyTheFirst4096BytesDecideBlankness() throws Exception {
        byte[] late = new byte[5_000];
        Arrays.fill(late, (byte) ' ');
        late[4_500] = 'x';
        assertThrows(InputReader.EmptyInput.class, () -> read(late));
        late[4_095] = 'x';
        assertTrue(read(late).length == 5_000);
    }
}
