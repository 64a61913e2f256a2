package dev.lede.core.parse.feed;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.ArticleParser;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;

/** Placeholder until the real parser lands: skips the input with a problem. */
public final class FeedParser implements ArticleParser {

    @Override
    public Parsed parse(Input input) {
        return Parsed.skipped(new Problem(input.source().label(), "RSS, RDF and Atom feeds are not supported yet"));
    }
}
