package dev.lede.core.parse.html;

import dev.lede.core.parse.ByteOrderMark;
import dev.lede.core.parse.CharsetLabels;
import dev.lede.core.parse.LenientUtf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page. The charset comes from, in this order (as browsers do): a byte-order
 * mark, the HTTP Content-Type header, {@code <meta charset>} or {@code http-equiv} in the first
 * bytes (unless the bytes are plainly UTF-8); otherwise UTF-8, with each invalid byte replaced, or
 * windows-1252 when most non-ASCII bytes are not valid UTF-8.
 */
final class HtmlCharset {

    /** The text, the charset that decoded it, and whether a fallback was needed (a problem worth noting). */
    record Decoded(String text, Charset charset, String problem) {}

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {}

    static Decoded decode(byte[] bytes, String contentType) {
        Optional<ByteOrderMark> bom = ByteOrderMark.find(bytes);
        int bomLength = bom.map(ByteOrderMark::length).orElse(0);
        Charset charset = bom.map(ByteOrderMark::charset).orElse(null);
        if (charset == null && contentType != null) {
            charset = named(HEADER_CHARSET.matcher(contentType)).orElse(null);
        }
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            charset = named(META_CHARSET.matcher(head)).orElse(null);
            // A saved page is often re-encoded as UTF-8 but keeps its old declaration. Non-ASCII text
            // that is valid UTF-8 is practically never legacy-encoded text, so trust the bytes.
            if (charset != null && !charset.equals(StandardCharsets.UTF_8) && isNonAsciiUtf8(bytes)) {
                charset = StandardCharsets.UTF_8;
            }
        }
        // A page that declares UTF-16 in ASCII-compatible bytes is not UTF-16 (HTML spec: treat as UTF-8).
        if (charset != null && bomLength == 0 && charset.name().startsWith("UTF-16")) {
            charset = StandardCharsets.UTF_8;
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return utf8OrFallback(bytes, bomLength);
        }
        return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset, null);
    }

    private static Decoded utf8OrFallback(byte[] bytes, int offset) {
        LenientUtf8.Result utf8 = LenientUtf8.decode(bytes, offset, bytes.length - offset);
        if (utf8.invalidBytes() == 0) {
            return new Decoded(utf8.text(), StandardCharsets.UTF_8, null);
        }
        if (utf8.looksLikeWindows1252()) {
            String text = new String(bytes, offset, bytes.length - offset, CharsetLabels.WINDOWS_1252);
            return new Decoded(text, CharsetLabels.WINDOWS_1252, "not valid UTF-8, read as windows-1252");
        }
        return new Decoded(utf8.text(), StandardCharsets.UTF_8, utf8.describeInvalid());
    }

    private static boolean isNonAsciiUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && LenientUtf8.decode(bytes, 0, bytes.length).invalidBytes() == 0;
    }

    private static Optional<Charset> named(Matcher matcher) {
        return matcher.find() ? CharsetLabels.named(matcher.group(1)) : Optional.empty();
    }
}
