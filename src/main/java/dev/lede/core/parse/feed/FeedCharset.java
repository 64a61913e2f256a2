package dev.lede.core.parse.feed;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.ByteOrderMark;
import dev.lede.core.parse.CharsetLabels;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.LenientUtf8;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed's bytes. The charset comes from a byte order mark, else the HTTP Content-Type header,
 * else the XML declaration, else UTF-8. Invalid bytes in UTF-8 are replaced one by one and counted in a
 * problem; text mostly invalid in the chosen charset is read as windows-1252, also with a problem.
 */
final class FeedCharset {

    /** Decoded text, and a one-line problem (or null) about how it was decoded. */
    record Decoded(String text, String problem) {}

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final int DECLARATION_WINDOW = 512;

    private FeedCharset() {}

    /** The input's text; a problem with its charset is added to {@code problems}, naming the input. */
    static String text(Input input, List<Problem> problems) {
        Decoded decoded = decode(input.bytes(), input.contentType());
        if (decoded.problem() != null) {
            problems.add(new Problem(input.source().label(), decoded.problem()));
        }
        return decoded.text();
    }

    private static Decoded decode(byte[] bytes, String contentType) {
        Optional<ByteOrderMark> bom = ByteOrderMark.find(bytes);
        if (bom.isPresent()) {
            return strict(bytes, bom.get().length(), bom.get().charset());
        }
        Charset charset = named(contentType == null ? null : find(HEADER_CHARSET, contentType));
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
            charset = named(find(XML_ENCODING, head));
        }
        return strict(bytes, 0, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            LenientUtf8.Result utf8 = LenientUtf8.decode(bytes, offset, bytes.length - offset);
            if (utf8.invalidBytes() == 0) {
                return new Decoded(utf8.text(), null);
            }
            if (!utf8.looksLikeWindows1252()) {
                return new Decoded(utf8.text(), utf8.describeInvalid());
            }
        } else {
            try {
                CharBuffer chars = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
                return new Decoded(chars.toString(), null);
            } catch (CharacterCodingException e) {
                // read as windows-1252 below
            }
        }
        return new Decoded(
                new String(bytes, offset, bytes.length - offset, CharsetLabels.WINDOWS_1252),
                "not valid " + charset.name() + ", read as windows-1252");
    }

    private static Charset named(String name) {
        return CharsetLabels.named(name).orElse(null);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
