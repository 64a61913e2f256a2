package dev.lede.io;

import dev.lede.core.parse.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bytes of one file or stream under the size cap, decompressing gzip transparently. Failures
 * are {@link SkippedInput}s whose message is the one line a user sees.
 */
final class InputReader {

    /** The largest array the JDK hands out (as its own reading code assumes). */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long maxSize;

    InputReader(long maxSize) {
        this.maxSize = maxSize;
    }

    byte[] readFile(Path path) throws SkippedInput {
        try {
            long size = Files.size(path);
            if (size > maxSize) {
                throw new SkippedInput("file is " + String.format(Locale.ROOT, "%.1f MiB", size / 1048576.0)
                        + ", over the " + mebibytes(maxSize) + " limit (--max-size); skipped");
            }
            if (size == 0 && NamedPipe.is(path)) { // a FIFO states size 0; opening one waits for a writer
                throw new SkippedInput("a named pipe, not a file; skipped");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return checked(sized(in, (int) size));
            }
        } catch (AccessDeniedException e) {
            throw new SkippedInput("permission denied; skipped");
        } catch (NoSuchFileException e) {
            throw new SkippedInput("no such file");
        } catch (IOException e) {
            // The line names the file already: the reason alone, or the other path it is about.
            throw new SkippedInput("cannot be read (" + FileFailures.describeAt(path, e) + "); skipped");
        }
    }

    byte[] readStream(InputStream in) throws SkippedInput {
        try {
            return checked(in);
        } catch (IOException e) {
            throw new SkippedInput("cannot be read (" + oneLine(e) + "); skipped");
        }
    }

    /** Reads, un-gzips, and refuses empty or binary content. */
    byte[] checked(InputStream in) throws IOException, SkippedInput {
        return checked(capped(in, "input"));
    }

    /**
     * A file's bytes read into one array of the size it was stated at, not through the JDK's 8 KiB buffers
     * and a copy (a third of what a first run's parse threads allocated, docs/performance.md, "Where a first run goes");
     * a file that grew since is read on under the cap as a stream is.
     */
    byte[] sized(InputStream in, int size) throws IOException, SkippedInput {
        byte[] bytes = new byte[size];
        int read = in.readNBytes(bytes, 0, size);
        if (read < size) {
            return Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = capped(in, "input");
        long total = (long) size + 1 + rest.length;
        if (total > maxSize) {
            throw new SkippedInput("input is over the " + mebibytes(maxSize) + " limit (--max-size); skipped");
        }
        byte[] all = Arrays.copyOf(bytes, (int) total);
        all[size] = (byte) next;
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    private byte[] checked(byte[] read) throws IOException, SkippedInput {
        byte[] bytes = read;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = capped(gz, "decompressed gzip");
            } catch (java.util.zip.ZipException e) {
                throw new SkippedInput("damaged gzip data; skipped", true);
            }
        }
        if (bytes.length == 0 || blank(bytes, Math.min(bytes.length, 4096))) {
            throw new EmptyInput();
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new SkippedInput("binary file; skipped", true);
        }
        return bytes;
    }

    /**
     * The stream's bytes, one more than the cap at most. Read by the JDK in buffers of the input's size
     * (8 KiB at most each) rather than through a 64 KiB buffer per input: a first {@code lede list} of
     * 10,000 files of 6 KB allocated 0.8 GB that way, most of its young collections (docs/performance.md, "Where a
     * first run goes").
     */
    private byte[] capped(InputStream in, String what) throws IOException, SkippedInput {
        byte[] bytes = in.readNBytes((int) (Math.min(maxSize, MAX_ARRAY - 1) + 1));
        if (bytes.length > maxSize) {
            throw new SkippedInput(what + " is over the " + mebibytes(maxSize) + " limit (--max-size); skipped");
        }
        return bytes;
    }

    /** Whether the first {@code length} bytes, as Latin-1 chars, are all white space (as {@link String#isBlank}). */
    private static boolean blank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace((char) (bytes[i] & 0xff))) {
                return false;
            }
        }
        return true;
    }

    static String mebibytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String oneLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** An input that is skipped, with the reason a user reads. */
    static class SkippedInput extends Exception {
        /** Whether the reason is in the bytes read (empty, binary), not in the file's size, permissions or the disk. */
        private final boolean lasting;

        SkippedInput(String message) {
            this(message, false);
        }

        SkippedInput(String message, boolean lasting) {
            super(message, null, false, false);
            this.lasting = lasting;
        }

        boolean lasting() {
            return lasting;
        }
    }

    /** An input with nothing in it but white space. */
    static final class EmptyInput extends SkippedInput {
        EmptyInput() {
            super("empty; skipped", true);
        }
    }
}
