package dev.lede.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The process's stdout, remembering the first write that failed: the writers over it swallow failures
 * ({@link PrintWriter}), so {@code lede export > a.jsonl} on a full disk ended with status 0 and a cut file.
 * {@link #settle} says it once and fails the run. A pipe whose reader went away ({@code | head}) is no
 * failure: that is how a pipe ends, and {@code cat} says nothing of it either.
 */
final class CheckedOutput extends OutputStream {

    private final OutputStream stream;
    private IOException failure;

    CheckedOutput(OutputStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            stream.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            stream.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            stream.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private synchronized IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * The run's status once its output is written: {@code status}, or 1 (with one line on {@code err}) when a
     * write failed for any reason but a reader that went away.
     */
    synchronized int settle(int status, PrintWriter err) {
        if (failure == null || "Broken pipe".equalsIgnoreCase(String.valueOf(failure.getMessage()))) {
            return status;
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        err.println("lede: cannot write the output: " + reason.strip().toLowerCase(Locale.ROOT));
        return Math.max(status, ExitCodes.SOME_FAILED);
    }
}
