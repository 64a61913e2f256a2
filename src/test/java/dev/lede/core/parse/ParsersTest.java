package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.feed.FeedParser;
import dev.lede.core.parse.feed.JsonFeedParser;
import dev.lede.core.parse.html.HtmlArticleParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsersTest {

    private static Input input(String text) {
        return Input.of(Source.of("in"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sniffsTheParserFromContent() {
        Parsers parsers = new Parsers(InputFormat.AUTO);
        assertInstanceOf(PlainTextParser.class, parsers.parserFor(input("Town news.\nMore.")));
        assertInstanceOf(HtmlArticleParser.class, parsers.parserFor(input("<!doctype html><p>x")));
        assertInstanceOf(FeedParser.class, parsers.parserFor(input("<?xml version=\"1.0\"?><rss>")));
        assertInstanceOf(
                JsonFeedParser.class, parsers.parserFor(input("{\"version\":\"https://jsonfeed.org/version/1\"}")));
    }

    @Test
    void markupThatHoldsOnlyACommentOrADeclarationIsNoArticle() {
        // It had been a text article headed "<!--", the comment's lines its body.
        for (String empty : List.of(
                "<!--\nDescription: nothing follows\n-->\n",
                "<?xml version=\"1.0\"?>\n<!-- made by hand -->",
                "<!DOCTYPE rss SYSTEM \"x\">\n")) {
            Parsed parsed = new Parsers(InputFormat.AUTO).parse(input(empty));
            assertEquals(0, parsed.articles().size(), empty);
            assertEquals(1, parsed.problems().size(), empty);
        }
        assertEquals(
                1,
                new Parsers(InputFormat.AUTO)
                        .parse(input("<!-- note -->\nTide tables\n\nHigh water at noon."))
                        .articles()
                        .size(),
                "text after the comment is still an article");
    }

    @Test
    void jsonDataIsSkippedWithOneLineUnlessReadAsText() {
        Parsed parsed = new Parsers(InputFormat.AUTO).parse(input("{\"name\": \"lede\", \"icons\": []}"));
        assertEquals(0, parsed.articles().size());
        assertEquals(List.of(new Problem("in", "JSON data, not a JSON Feed; skipped")), parsed.problems());
        assertEquals(
                1,
                new Parsers(InputFormat.TEXT)
                        .parse(input("{\"name\": \"lede\"}"))
                        .articles()
                        .size());
    }

    @Test
    void forcedFormatWins() {
        assertInstanceOf(PlainTextParser.class, new Parsers(InputFormat.TEXT).parserFor(input("<html><p>x")));
        assertInstanceOf(HtmlArticleParser.class, new Parsers(InputFormat.HTML).parserFor(input("Plain words")));
        assertInstanceOf(FeedParser.class, new Parsers(InputFormat.FEED).parserFor(input("Plain words")));
        assertInstanceOf(
                JsonFeedParser.class,
                new Parsers(InputFormat.FEED).parserFor(input("{\"version\":\"https://jsonfeed.org/version/1.1\"}")));
    }

    @Test
    void plainTextIsParsedIntoAnArticle() {
        Parsed parsed = new Parsers(InputFormat.AUTO).parse(input("Town news.\nMore news."));
        assertEquals(1, parsed.articles().size());
        assertEquals("Town news.", parsed.articles().get(0).headline());
    }

    @Test
    void aFailingParserBecomesAProblem() {
        ArticleParser broken = in -> {
            throw new IllegalStateException("bad \u001b[2J state\nsecond line");
        };
        Parsed parsed = Parsers.guarded(broken, input("x"));
        assertEquals(0, parsed.articles().size());
        assertEquals(
                new Problem("in", "could not be parsed: bad  state second line"),
                parsed.problems().get(0));
        assertTrue(Parsers.guarded(
                        in -> {
                            throw new NullPointerException();
                        },
                        input("x"))
                .problems()
                .get(0)
                .message()
                .endsWith("NullPointerException"));
    }
}
