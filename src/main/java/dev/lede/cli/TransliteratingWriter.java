package dev.lede.cli;

import dev.lede.core.text.Transliteration;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Text on its way to a stream whose charset is not UTF-8 (a terminal under {@code LANG=C}), written as the
 * reader shows it ({@link Transliteration}: "Zoë" as "Zoe", "£14" as "GBP14") instead of the encoder's '?'.
 * A high surrogate at the end of a write waits for its low half in the next, so a pair is never split.
 */
final class TransliteratingWriter extends FilterWriter {

    private final Charset charset;
    private char pendingHighSurrogate;

    TransliteratingWriter(Writer out, Charset charset) {
        super(out);
        this.charset = charset;
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        StringBuilder part = new StringBuilder(length + 1);
        if (pendingHighSurrogate != 0) {
            part.append(pendingHighSurrogate);
            pendingHighSurrogate = 0;
        }
        part.append(text, offset, offset + length);
        int last = part.length() - 1;
        if (last >= 0 && Character.isHighSurrogate(part.charAt(last))) {
            pendingHighSurrogate = part.charAt(last);
            part.setLength(last);
        }
        out.write(Transliteration.forCharset(part.toString(), charset));
    }

    @Override
    public void close() throws IOException {
        if (pendingHighSurrogate != 0) {
            char lone = pendingHighSurrogate;
            pendingHighSurrogate = 0;
            out.write(Transliteration.forCharset(String.valueOf(lone), charset));
        }
        super.close();
    }
}
