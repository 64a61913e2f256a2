package dev.lede.core.parse;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Chooses the parser for an input (by content, or as forced) and runs it. */
public final class Parsers {

    private final InputFormat forced;

    public Parsers(InputFormat forced) {
        this.forced = forced;
    }

    public Parsed parse(Input input) {
        // First version: every input is one plain-text article, a paragraph per line.
        String text = new String(input.bytes(), StandardCharsets.UTF_8);
        List<Block> body = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                body.add(new Block.Paragraph(line.strip()));
            }
        }
        String headline = body.isEmpty() ? "" : body.get(0).text();
        Article article = new Article(ArticleId.forContent(text), input.source(), Format.TEXT, headline,
                null, null, null, null, body, List.of(), List.of(), List.of());
        return new Parsed(List.of(article), List.of());
    }
}
