package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.parse.Parsed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeepNestingTest {

    private static final int LEVELS = 100_000;

    @Test
    void hundredThousandNestedElementsDoNotOverflowTheStack() {
        StringBuilder html = new StringBuilder("<title>Deep page</title>");
        html.append("<div><span><blockquote><ul><li>".repeat(LEVELS / 5));
        html.append("<p>The innermost paragraph is still read, even at the bottom of the nesting.</p>");
        Parsed parsed = Fixtures.parse(html.toString().getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, parsed.articles().size());
        assertTrue(
                parsed.articles().get(0).bodyText().contains("The innermost paragraph is still read"),
                parsed.problems().toString());
    }

    @Test
    void deeplyNestedJsonLdIsIgnoredNotFatal() {
        String json = "[".repeat(LEVELS) + "]".repeat(LEVELS);
        String html = "<script type=application/ld+json>" + json + "</script><title>Flat title</title><p>Text.</p>";
        Parsed parsed = Fixtures.parse(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Flat title", parsed.articles().get(0).headline());
    }
}
