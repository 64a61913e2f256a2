package dev.lede.core.article;

import java.util.List;

/**
 * One article as read from any input: headline, optional metadata, body blocks, related headlines,
 * numbered links and the problems found while reading it. Unknown values are {@code null}.
 *
 * @param published ISO 8601 instant ({@code 2025-03-10T14:00:00Z}) or date ({@code 2025-03-10}), or null
 */
public record Article(
        ArticleId id,
        Source source,
        Format format,
        String headline,
        String byline,
        String published,
        String url,
        String site,
        List<Block> body,
        List<RelatedHeadline> related,
        List<Link> links,
        List<Problem> problems) {

    public Article {
        body = List.copyOf(body);
        related = List.copyOf(related);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    /** The first paragraph-like block, which is what the library keeps in memory beside the headline. */
    public String lede() {
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                return p.text();
            }
        }
        return body.isEmpty() ? "" : body.get(0).text();
    }

    /** Block texts joined by a blank line, without link numbers: the export's {@code body}. */
    public String bodyText() {
        return bodyText(body);
    }

    /** Block texts joined by a blank line, for parsers that need it before the article exists (its id). */
    public static String bodyText(List<Block> body) {
        StringBuilder out = new StringBuilder();
        for (Block block : body) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(block.text());
        }
        return out.toString();
    }
}
