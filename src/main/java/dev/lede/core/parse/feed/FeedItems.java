package dev.lede.core.parse.feed;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.FormatSniffer;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import java.util.List;

/**
 * A feed's items with the identifier each carries, for a reader that must recognise an item it has seen
 * before (subscriptions: a changed item keeps its article file).
 *
 * @param items    the items in feed order
 * @param problems what was wrong with the feed, as {@link Parsed#problems()}
 * @param cutShort the text broke off before the feed ended (truncated XML, JSON with a syntax error): items
 *                 may follow that it does not hold, so an item missing from it may still be in the feed
 */
public record FeedItems(List<Item> items, List<Problem> problems, boolean cutShort) {

    /**
     * One item.
     *
     * @param guid    the RSS guid, Atom id or JSON Feed id as given, or null
     * @param article the item as an article, exactly as the feed parsers give it
     */
    public record Item(String guid, Article article) {}

    public FeedItems {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** A feed read to its end. */
    public FeedItems(List<Item> items, List<Problem> problems) {
        this(items, problems, false);
    }

    /** Reads {@code input} as a JSON Feed when it looks like one, else as RSS, RDF or Atom. */
    public static FeedItems read(Input input) {
        return FormatSniffer.sniff(input.bytes()) == FormatSniffer.Kind.JSON_FEED
                ? new JsonFeedParser().items(input)
                : new FeedParser().items(input);
    }

    /** The articles alone, as a parser returns them. */
    Parsed parsed() {
        return new Parsed(items.stream().map(Item::article).toList(), problems);
    }
}
