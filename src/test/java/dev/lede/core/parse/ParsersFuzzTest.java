package dev.lede.core.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.core.article.Source;
import dev.lede.core.parse.feed.JsonFeedParser;

/**
 * Fuzz tests of every parser: whatever the bytes, the parser returns (no exception, which
 * {@link Parsers} would otherwise hide as a problem) and every string it returns is safe to draw. The
 * saved inputs under {@code ParsersFuzzTestInputs/<method>/} replay in every build; {@code bench/fuzz.sh}
 * fuzzes.
 */
class ParsersFuzzTest {

    private static final Source SOURCE = Source.of("fuzz.input");

    @FuzzTest(maxDuration = "30s")
    void plainText(byte[] bytes) {
        parseUnguarded(InputFormat.TEXT, bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void html(byte[] bytes) {
        parseUnguarded(InputFormat.HTML, bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void feed(byte[] bytes) {
        parseUnguarded(InputFormat.FEED, bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void sniffed(byte[] bytes) {
        parseUnguarded(InputFormat.AUTO, bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void jsonFeed(byte[] bytes) {
        ParsedChecks.assertSafe(new JsonFeedParser().parse(Input.of(SOURCE, bytes)));
    }

    /**
     * The tolerant UTF-8 decoder: valid UTF-8 comes out as the JDK decodes it with nothing counted; any
     * bytes give at most one character per byte and never more invalid bytes than bytes.
     */
    @FuzzTest(maxDuration = "30s")
    void lenientUtf8(byte[] bytes) {
        LenientUtf8.Result result = LenientUtf8.decode(bytes, 0, bytes.length);
        boolean valid = isValidUtf8(bytes);
        org.junit.jupiter.api.Assertions.assertEquals(valid, result.invalidBytes() == 0);
        if (valid) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    new String(bytes, java.nio.charset.StandardCharsets.UTF_8), result.text());
        }
        org.junit.jupiter.api.Assertions.assertTrue(result.text().length() <= bytes.length);
        org.junit.jupiter.api.Assertions.assertTrue(result.invalidBytes() <= bytes.length);
        ParsedChecks.assertSafe(new PlainTextParser().parse(Input.of(SOURCE, bytes)));
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The chosen parser called directly, so an exception reaches the fuzzer instead of a problem. */
    private static void parseUnguarded(InputFormat format, byte[] bytes) {
        Input input = Input.of(SOURCE, bytes);
        ParsedChecks.assertSafe(new Parsers(format).parserFor(input).parse(input));
    }
}
