package dev.lede.core.parse;

import static dev.lede.core.text.Controls.assertMultiLine;
import static dev.lede.core.text.Controls.assertOneLine;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;

/** The fuzz tests' oracle for a parse result: every string in it is safe to draw. */
final class ParsedChecks {

    private ParsedChecks() {}

    static void assertSafe(Parsed parsed) {
        assertNotNull(parsed, "a parser returned null");
        parsed.problems().forEach(ParsedChecks::assertSafe);
        for (Article article : parsed.articles()) {
            assertOneLine("headline", article.headline());
            assertOneLine("byline", article.byline());
            assertOneLine("published", article.published());
            assertOneLine("url", article.url());
            assertOneLine("site", article.site());
            for (Block block : article.body()) {
                assertSafe(block);
            }
            for (RelatedHeadline related : article.related()) {
                assertOneLine("related headline", related.headline());
                assertOneLine("related url", related.url());
            }
            for (Link link : article.links()) {
                assertOneLine("link text", link.text());
                assertOneLine("link url", link.url());
            }
            article.problems().forEach(ParsedChecks::assertSafe);
        }
    }

    private static void assertSafe(Block block) {
        String kind = block.getClass().getSimpleName();
        if (block instanceof Block.Table table) {
            table.rows().forEach(row -> row.forEach(cell -> assertMultiLine("table cell", cell)));
        } else if (block instanceof Block.ListItem item) {
            assertOneLine("list marker", item.marker());
        }
        assertMultiLine(kind + " text", block.text());
    }

    private static void assertSafe(Problem problem) {
        assertOneLine("problem message", problem.message());
    }
}
