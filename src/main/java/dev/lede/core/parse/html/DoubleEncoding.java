package dev.lede.core.parse.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text that was UTF-8, read once as Windows-1252 (or Latin-1) and written out again as UTF-8: "Investorâ€™s" for
 * "Investor’s". Some pages carry their titles so, in the file itself, whatever charset they declare. Such text is
 * read back by undoing the wrong step, as ftfy does, and only when the result is valid UTF-8.
 */
final class DoubleEncoding {

    /** A lead byte of a UTF-8 sequence followed by a continuation byte, both as Windows-1252 or Latin-1 show them. */
    private static final Pattern SIGN = Pattern.compile(
            "[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
                    + "\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DoubleEncoding() {}

    /** {@code text} as it was written, or {@code text} itself when it shows no sign of being read twice. */
    static String undone(String text) {
        if (text == null || !SIGN.matcher(text).find()) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                // Latin-1 maps every byte, including the five Windows-1252 leaves undefined (shown as C1 controls).
                bytes[i] = (byte) c;
            } else if (cp1252.canEncode(c)) {
                bytes[i] = WINDOWS_1252.encode(String.valueOf(c)).get();
            } else {
                return text;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
