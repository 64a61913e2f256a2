package dev.lede.core.parse;

import dev.lede.core.article.Problem;
import dev.lede.core.text.Sanitizer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a text input into clean text: a BOM decides UTF-8, UTF-16 or UTF-32, then a charset
 * named by the HTTP Content-Type, else UTF-8 in which each invalid byte is replaced (and counted in a
 * problem), or windows-1252 when most non-ASCII bytes are invalid. Binary and empty inputs are refused with a problem. The text has LF line ends, no
 * trailing spaces and is {@link Sanitizer#sanitize sanitized}.
 */
public final class TextDecoder {

    /** How far to look for NUL bytes before calling a file binary. */
    static final int BINARY_SNIFF_BYTES = 8 * 1024;
    /** More than one control byte no text uses in this many is no text ({@link #hasBinaryNearStart}). */
    private static final int CONTROL_SHARE = 16;

    private TextDecoder() {}

    /** Decoded text, or empty when the input was skipped; {@code problems} says why or what was odd. */
    public record Decoded(Optional<String> text, List<Problem> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    public static Decoded decode(Input input) {
        String source = input.source().label();
        byte[] bytes = input.bytes();
        List<Problem> problems = new ArrayList<>();
        String raw;
        Optional<ByteOrderMark> bom = ByteOrderMark.find(bytes);
        if (bom.isPresent() && bom.get().charset().equals(StandardCharsets.UTF_8)) {
            raw = utf8OrWindows1252(bytes, bom.get().length(), source, problems);
        } else if (bom.isPresent()) {
            int length = bom.get().length();
            raw = new String(bytes, length, bytes.length - length, bom.get().charset());
        } else if (hasBinaryNearStart(bytes)) {
            return skipped(source, "binary file; skipped");
        } else {
            raw = decodeWithoutBom(bytes, input.contentType(), source, problems);
        }
        String text = Sanitizer.sanitize(tidyLines(raw));
        if (text.isBlank()) {
            return skipped(source, "empty; skipped"); // as io.InputReader says it
        }
        return new Decoded(Optional.of(text), problems);
    }

    /** The problem message for an input over the size cap, e.g. "40.0 MiB, over the 32 MiB limit (--max-size); skipped". */
    public static String tooLargeMessage(long size, long cap) {
        return mebibytes(size) + ", over the " + mebibytes(cap) + " limit (--max-size); skipped";
    }

    private static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        if (mib >= 1 && mib == Math.rint(mib)) {
            return (long) mib + " MiB";
        }
        if (mib >= 0.1) {
            return String.format(Locale.ROOT, "%.1f MiB", mib);
        }
        return bytes + " bytes";
    }

    private static String decodeWithoutBom(byte[] bytes, String contentType, String source, List<Problem> problems) {
        Optional<Charset> declared = charsetOf(contentType);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared.get());
        }
        return utf8OrWindows1252(bytes, 0, source, problems);
    }

    /**
     * UTF-8, with any invalid bytes replaced one by one and counted in a problem; bytes that are mostly
     * invalid are a windows-1252 file and read whole as one.
     */
    private static String utf8OrWindows1252(byte[] bytes, int offset, String source, List<Problem> problems) {
        LenientUtf8.Result utf8 = LenientUtf8.decode(bytes, offset, bytes.length - offset);
        if (utf8.invalidBytes() == 0) {
            return utf8.text();
        }
        if (utf8.looksLikeWindows1252()) {
            problems.add(new Problem(source, "not valid UTF-8; read as windows-1252"));
            return new String(bytes, offset, bytes.length - offset, CharsetLabels.WINDOWS_1252);
        }
        problems.add(new Problem(source, utf8.describeInvalid()));
        return utf8.text();
    }

    /** The charset a Content-Type such as {@code text/plain; charset=ISO-8859-1} names, if Java knows it. */
    static Optional<Charset> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return CharsetLabels.named(
                        p.substring(8).strip().replace("\"", "").replace("'", ""));
            }
        }
        return Optional.empty();
    }

    /** CRLF and CR become LF; spaces and tabs at line ends go. */
    static String tidyLines(String raw) {
        if (isTidy(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int lineStart = 0;
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n') {
                appendTrimmed(out, raw, lineStart, i);
                out.append('\n');
                if (c == '\r' && i + 1 < length && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        appendTrimmed(out, raw, lineStart, length);
        return out.length() == raw.length() ? raw : out.toString();
    }

    /** No CR and no space or tab before a line end: most files, checked without copying. */
    private static boolean isTidy(String raw) {
        if (raw.indexOf('\r') >= 0) {
            return false;
        }
        int end = raw.indexOf('\n');
        while (end >= 0) {
            if (end > 0 && isBlankChar(raw.charAt(end - 1))) {
                return false;
            }
            end = raw.indexOf('\n', end + 1);
        }
        return raw.isEmpty() || !isBlankChar(raw.charAt(raw.length() - 1));
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t';
    }

    private static void appendTrimmed(StringBuilder out, CharSequence raw, int start, int end) {
        int e = end;
        while (e > start && (raw.charAt(e - 1) == ' ' || raw.charAt(e - 1) == '\t')) {
            e--;
        }
        out.append(raw, start, e);
    }

    /**
     * Whether {@code bytes} are no text at all ({@link #hasBinaryNearStart}) and start with no byte order mark
     * (UTF-16 and UTF-32 text has NULs). What {@link #decode} refuses as a "binary file", for readers of other
     * files.
     */
    public static boolean looksBinary(byte[] bytes) {
        return ByteOrderMark.find(bytes).isEmpty() && hasBinaryNearStart(bytes);
    }

    /**
     * A NUL in the first {@link #BINARY_SNIFF_BYTES}, as git and grep judge it, or control characters no text
     * uses (all of C0 and DEL but the tab, line breaks, form feed, backspace, bell and escape, as file(1) classes
     * them) making up more than one byte in {@link #CONTROL_SHARE} there: random bytes are one in eleven such,
     * and a binary too short to hold a NUL by chance is caught by them. A text with a few stray controls stays
     * text; they are shown written out.
     */
    private static boolean hasBinaryNearStart(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x07 || b > 0x0d && b < 0x20 && b != 0x1b || b == 0x7f) {
                controls++;
            }
        }
        return controls > 0 && controls * CONTROL_SHARE > end;
    }

    private static Decoded skipped(String source, String message) {
        return new Decoded(Optional.empty(), List.of(new Problem(source, message)));
    }
}
