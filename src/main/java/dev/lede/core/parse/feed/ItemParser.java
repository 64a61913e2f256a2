package dev.lede.core.parse.feed;

import dev.lede.core.parse.ArticleParser;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;

/** A feed parser: it reads a feed's items with their identifiers, and gives their articles as any parser. */
interface ItemParser extends ArticleParser {

    /** The feed's items with their identifiers; {@link #parse} gives their articles. */
    FeedItems items(Input input);

    @Override
    default Parsed parse(Input input) {
        return items(input).parsed();
    }
}
