package dev.lede.core.parse;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.feed.FeedParser;
import dev.lede.core.parse.feed.JsonFeedParser;
import dev.lede.core.parse.html.HtmlArticleParser;
import dev.lede.core.text.Sanitizer;

/**
 * Chooses the parser for an input (by content, or as forced with {@code --format}) and runs it. A
 * parser that fails anyway is turned into a problem for that input: nothing escapes to the caller.
 */
public final class Parsers {

    /**
     * Raise this whenever a parser finds something different in the same input (a better headline rule,
     * a new date source): the library index stores what the parsers found, and an index written under
     * another generation is rebuilt, so no run shows an older parser's fields.
     */
    public static final int GENERATION = 41;

    /** Longest reason quoted from an unexpected failure. */
    private static final int MAX_REASON = 120;

    private final InputFormat forced;
    private final ArticleParser text = new PlainTextParser();
    private final ArticleParser html = new HtmlArticleParser();
    private final ArticleParser xmlFeed = new FeedParser();
    private final ArticleParser jsonFeed = new JsonFeedParser();
    private final ArticleParser jsonData =
            input -> Parsed.skipped(new Problem(input.source().label(), "JSON data, not a JSON Feed; skipped"));

    public Parsers(InputFormat forced) {
        this.forced = forced;
    }

    public Parsed parse(Input input) {
        return guarded(parserFor(input), input);
    }

    /** Runs {@code parser}; an exception or a stack overflow on hostile input becomes a problem. */
    static Parsed guarded(ArticleParser parser, Input input) {
        try {
            return parser.parse(input);
        } catch (RuntimeException | StackOverflowError e) {
            return Parsed.skipped(new Problem(input.source().label(), "could not be parsed: " + reason(e)));
        }
    }

    ArticleParser parserFor(Input input) {
        return switch (forced) {
            case TEXT -> text;
            case HTML -> html;
            case FEED -> FormatSniffer.sniff(input.bytes()) == FormatSniffer.Kind.JSON_FEED ? jsonFeed : xmlFeed;
            case AUTO ->
                switch (FormatSniffer.sniff(input.bytes())) {
                    case TEXT -> text;
                    case HTML -> html;
                    case XML_FEED -> xmlFeed;
                    case JSON_FEED -> jsonFeed;
                    case JSON_DATA -> jsonData;
                };
        };
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String reason = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : Sanitizer.sanitizeLine(message).strip();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }
}
