package dev.lede.core.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.core.article.Source;
import dev.lede.core.parse.feed.JsonFeedParser;

/**
 * Fuzz tests of every parser (issue 7): whatever the bytes, the parser returns (no exception, which
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

    /** The chosen parser called directly, so an exception reaches the fuzzer instead of a problem. */
    private static void parseUnguarded(InputFormat format, byte[] bytes) {
        Input input = Input.of(SOURCE, bytes);
        ParsedChecks.assertSafe(new Parsers(format).parserFor(input).parse(input));
    }
}
