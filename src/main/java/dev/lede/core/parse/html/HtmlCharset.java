package dev.lede.core.parse.html;

import dev.lede.core.parse.ByteOrderMark;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page. The charset comes from, in this order (as browsers do): a byte-order
 * mark, the HTTP Content-Type header, {@code <meta charset>} or {@code http-equiv} in the first
 * bytes (unless the bytes are plainly UTF-8); otherwise UTF-8, falling back to windows-1252 when
 * the bytes are not valid UTF-8.
 */
final class HtmlCharset {

    /** The text, the charset that decoded it, and whether a fallback was needed (a problem worth noting). */
    record Decoded(String text, Charset charset, String problem) {
    }

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlCharset() {
    }

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
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8, null);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new Decoded(text, WINDOWS_1252, "not valid UTF-8, read as windows-1252");
        }
    }

    private static boolean isNonAsciiUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && utf8OrFallback(bytes, 0).problem() == null;
    }

    private static Optional<Charset> named(Matcher matcher) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // The WHATWG encoding standard maps these labels to windows-1252.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
