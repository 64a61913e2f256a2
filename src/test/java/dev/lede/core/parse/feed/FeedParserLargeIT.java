package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed of 100,000 items parses completely (slow on a busy machine, so it runs in verify). */
class FeedParserLargeIT {

    @Test
    void readsAHundredThousandItems() {
        int count = 100_000;
        StringBuilder xml = new StringBuilder("<rss><channel><title>Big</title>");
        for (int i = 0; i < count; i++) {
            xml.append("<item><title>Item ")
                    .append(i)
                    .append("</title><link>https://big.example/")
                    .append(i)
                    .append("</link><description>&lt;p&gt;Text ")
                    .append(i)
                    .append("&lt;/p&gt;</description><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>");
        }
        xml.append("</channel></rss>");
        Parsed parsed = new FeedParser()
                .parse(Input.of(Source.of("big.xml"), xml.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(count, parsed.articles().size());
        assertEquals(List.of(), parsed.problems());
        assertEquals("Item 99999", parsed.articles().get(count - 1).headline());
        assertEquals("Text 99999", parsed.articles().get(count - 1).lede());
    }
}
