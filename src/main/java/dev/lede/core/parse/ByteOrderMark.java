package dev.lede.core.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark at the start of an input: it decides the charset before anything else does. */
public record ByteOrderMark(Charset charset, int length) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The BOM the bytes start with (UTF-8, UTF-32BE, UTF-32LE, UTF-16BE, UTF-16LE), if any. */
    public static Optional<ByteOrderMark> find(byte[] bytes) {
        // UTF-32LE before UTF-16LE: its BOM starts with the UTF-16LE one.
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(UTF_32BE, 4));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new ByteOrderMark(UTF_32LE, 4));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
