package dev.lede.core.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that tolerates bad bytes: valid runs decode as UTF-8, each byte that is not part of a valid
 * sequence decodes on its own as windows-1252 when that gives a printable character (the usual cause
 * is a windows-1252 "’" or "é" pasted into UTF-8 text), else as U+FFFD. A file whose non-ASCII bytes
 * are mostly invalid is a windows-1252 file, and the caller reads it whole as one.
 */
public final class LenientUtf8 {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The windows-1252 character of each byte 0x80–0xFF, or U+FFFD for the five it leaves undefined. */
    private static final char[] HIGH_BYTES = highBytes();

    /**
     * @param text                the decoded text
     * @param invalidBytes        bytes that were not part of a valid UTF-8 sequence
     * @param looksLikeWindows1252 more invalid bytes than characters from valid multi-byte sequences:
     *                            the bytes are a legacy single-byte encoding, not UTF-8 with a few slips
     */
    public record Result(String text, int invalidBytes, boolean looksLikeWindows1252) {

        /** The problem message for the invalid bytes, e.g. "3 invalid bytes (not UTF-8); the rest read as UTF-8". */
        public String describeInvalid() {
            return invalidBytes + (invalidBytes == 1 ? " invalid byte" : " invalid bytes")
                    + " (not UTF-8); the rest read as UTF-8";
        }
    }

    private LenientUtf8() {}

    public static Result decode(byte[] bytes, int offset, int length) {
        // The String constructor is far faster than a CharsetDecoder; without a U+FFFD in its result the
        // bytes were valid UTF-8 (a U+FFFD in valid text is counted as non-ASCII, which it is).
        String fast = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Result(fast, 0, false);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        int invalid = 0;
        int nonAscii = 0;
        while (true) {
            int before = out.position();
            CoderResult result = decoder.decode(in, out, true);
            nonAscii += countNonAscii(out.array(), before, out.position());
            if (result.isUnderflow()) {
                break;
            }
            // Malformed (UTF-8 has nothing unmappable): each byte of the bad sequence on its own.
            for (int i = 0; i < result.length(); i++) {
                int b = in.get() & 0xFF;
                out.put(b < 0x80 ? (char) b : windows1252(b));
                invalid += b < 0x80 ? 0 : 1;
            }
        }
        decoder.flush(out);
        out.flip();
        return new Result(out.toString(), invalid, invalid > nonAscii);
    }

    /** The character byte {@code b} (0x80–0xFF) stands for when read alone, as windows-1252 reads it. */
    static char windows1252(int b) {
        return HIGH_BYTES[b - 0x80];
    }

    private static int countNonAscii(char[] chars, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (chars[i] > 0x7F) {
                count++;
            }
        }
        return count;
    }

    private static char[] highBytes() {
        char[] table = new char[0x80];
        for (int b = 0x80; b <= 0xFF; b++) {
            String one = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = one.length() == 1 ? one.charAt(0) : '\uFFFD';
            // Undefined in windows-1252 (Java maps them to U+FFFD or to the C1 control of the same number).
            table[b - 0x80] = Character.isISOControl(c) ? '\uFFFD' : c;
        }
        return table;
    }
}
