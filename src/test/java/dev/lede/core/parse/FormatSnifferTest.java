package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lede.core.parse.FormatSniffer.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static Kind sniff(String text) {
        return FormatSniffer.sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonFeedNeedsTheJsonFeedVersion() {
        assertEquals(Kind.JSON_FEED, sniff("  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"));
        assertEquals(Kind.JSON_FEED, sniff("{\"version\": \"https:\\/\\/jsonfeed.org\\/version\\/1\"}"));
        assertEquals(Kind.JSON_DATA, sniff("{\"name\": \"not a feed\"}"));
        String late =
                "{\"items\": [\"" + "x".repeat(10_000) + "\"], \"version\": \"https://jsonfeed.org/version/1.1\"}";
        assertEquals(Kind.JSON_FEED, sniff(late), "version after 8 KiB of items");
    }

    @Test
    void jsonThatIsNoFeedIsDataButTextOpeningWithABraceStaysText() {
        assertEquals(Kind.JSON_DATA, sniff("{\"title\": \"Site manifest\", \"icons\": [1, 2]}\n"));
        assertEquals(Kind.JSON_DATA, sniff("\ufeff  [{\"id\": 1}, {\"id\": 2}]"));
        assertEquals(Kind.TEXT, sniff("[Updated] Harbour board approves the sea wall\n\nThe vote was close."));
        assertEquals(Kind.TEXT, sniff("{Draft} Harbour board approves the sea wall"));
        assertEquals(Kind.TEXT, sniff("{\"unfinished\": "));
        assertEquals(
                Kind.JSON_DATA,
                sniff("{\"id\": \"a1\", \"title\": \"One\"}\n{\"id\": \"b2\", \"title\": \"Two\"}\n"),
                "JSON Lines (lede export's output): a JSON value a line");
        assertEquals(Kind.TEXT, sniff("{\"id\": 1}\nand then a sentence of text.\n"));
    }

    @Test
    void xmlFeedsAfterDeclarationCommentsAndDoctype() {
        assertEquals(Kind.XML_FEED, sniff("<rss version=\"2.0\"><channel/></rss>"));
        assertEquals(
                Kind.XML_FEED,
                sniff(
                        "\ufeff<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(
                Kind.XML_FEED,
                sniff("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"x\">\n<rss>"));
        assertEquals(
                Kind.XML_FEED,
                sniff("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"));
        assertEquals(Kind.XML_FEED, sniff("<!DOCTYPE x [ <!ENTITY a \"b\"> ]>\n<RSS>"));
    }

    @Test
    void aFeedRootUnderANamespacePrefixOrABareChannelIsAFeed() {
        // RSS 2.0 put in a namespace of its own, with a prefix and no default namespace: it had been read as a page.
        assertEquals(
                Kind.XML_FEED,
                sniff("<?xml version=\"1.0\"?>\n<r:rss version=\"2.0\" xmlns:r=\"http://backend.userland.com/rss2\">"
                        + "<r:channel><r:title>Quay notes</r:title></r:channel></r:rss>"));
        assertEquals(Kind.XML_FEED, sniff("<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>Quay</a:title>"));
        assertEquals(Kind.XML_FEED, sniff("<RDF:RDF xmlns:RDF=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"));
        // Some generators leave out <rss> and start at <channel>, which the feed parser reads.
        assertEquals(Kind.XML_FEED, sniff("<channel>\n<title>Quay notes</title><item><title>Tide</title></item>"));
        assertNotEquals(Kind.XML_FEED, sniff("<feedback><p>Thanks</p><p>for writing</p></feedback>"));
    }

    @Test
    void xmlFeedInUtf16WithBom() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed>".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        assertEquals(Kind.XML_FEED, FormatSniffer.sniff(all));
    }

    @Test
    void htmlByDoctypeRootOrTags() {
        assertEquals(Kind.HTML, sniff("<!DOCTYPE html><title>x</title>"));
        assertEquals(
                Kind.HTML,
                sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"));
        assertEquals(Kind.HTML, sniff("<!-- saved page -->\n<HTML lang=\"en\">"));
        assertEquals(Kind.HTML, sniff("<div class=\"story\"><p>Text of the story that goes on for a while.</p></div>"));
        assertEquals(Kind.HTML, sniff("<x-story><x-a href=\"/a\"></x-a><x-b></x-b>short</x-story>"));
    }

    @Test
    void everythingElseIsText() {
        assertEquals(Kind.TEXT, sniff("Council approves new bridge\nThe council voted on Monday."));
        assertEquals(
                Kind.TEXT,
                sniff("<Editor's note> this story was updated with more detail about the vote and the plans."));
        assertEquals(Kind.TEXT, sniff(""));
    }

    @Test
    void leadingWhiteSpaceAndByteOrderMarkDoNotHideMarkup() {
        assertEquals(Kind.HTML, sniff(" \t\r\n\u001f<!doctype html>"));
        assertEquals(Kind.XML_FEED, sniff("\ufeff\n  <rss>"));
        assertEquals(Kind.XML_FEED, sniff("\u2003<rss>"), "Unicode white space before the root");
        assertEquals(Kind.JSON_FEED, sniff("\n\n{\"version\": \"https://jsonfeed.org/version/1\"}"));
        assertEquals(Kind.TEXT, sniff("\ufeff  Plain headline\n<rss> later is just text"));
        assertEquals(Kind.TEXT, sniff("   \n\t "));
    }
}
