package dev.lede.cli;

import dev.lede.core.text.Transliteration;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A writer on a process stream that also hands out the stream and its charset, so that a command printing
 * many lines can write their bytes itself ({@link ListCommand}) instead of through the writer's encoder. In a
 * charset other than UTF-8 the text is transliterated as the reader shows it ({@link TransliteratingWriter}).
 */
final class StreamWriter extends PrintWriter {

    private final OutputStream stream;
    private final Charset charset;

    StreamWriter(OutputStream stream, Charset charset) {
        super(new BufferedWriter(encoder(stream, charset)), true);
        this.stream = stream;
        this.charset = charset;
    }

    private static Writer encoder(OutputStream stream, Charset charset) {
        Writer encoder = new OutputStreamWriter(stream, charset);
        return Transliteration.keepsEverything(charset) ? encoder : new TransliteratingWriter(encoder, charset);
    }

    /** Whether the charset encodes every character: only then are the stream's bytes the text's own. */
    boolean unicode() {
        return Transliteration.keepsEverything(charset);
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
