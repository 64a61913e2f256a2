package dev.lede.core.parse.html;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.ArticleParser;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;

/** Placeholder until the real parser lands: skips the input with a problem. */
public final class HtmlArticleParser implements ArticleParser {

    @Override
    public Parsed parse(Input input) {
        return Parsed.skipped(new Problem(input.source().label(), "HTML pages are not supported yet"));
    }
}
