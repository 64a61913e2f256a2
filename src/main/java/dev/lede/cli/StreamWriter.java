package dev.lede.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A writer on a process stream that also hands out the stream and its charset, so that a command printing
 * many lines can write their bytes itself ({@link ListCommand}) instead of through the writer's encoder.
 */
final class StreamWriter extends PrintWriter {

    private final OutputStream stream;
    private final Charset charset;

    StreamWriter(OutputStream stream, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
        this.stream = stream;
        this.charset = charset;
    }

    OutputStream stream() {
        return stream;
    }

    Charset charset() {
        return charset;
    }

    /** A write to the stream failed: {@link #checkError} says so, as it would for the writer's own writes. */
    void failed() {
        setError();
    }
}
