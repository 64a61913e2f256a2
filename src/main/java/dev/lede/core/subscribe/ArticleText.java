package dev.lede.core.subscribe;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.PictureLine;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.parse.RelatedBlock;
import dev.lede.core.text.Sanitizer;

/**
 * An article written in lede's plain-text format (README, "Formats"), so that reading the file back gives
 * the same headline, metadata, paragraphs and related headlines: an {@code Id:} header first (the id
 * outlives edits of the text), then {@code Title:}, {@code By:}, {@code Date:}, {@code Source:}, a {@code URL:}
 * line per address the article is known by (its own link first), the body a paragraph a line with link
 * numbers, the numbered links, and the related headlines after a {@code Related:} line.
 */
public final class ArticleText {

    /** Longer related headlines are cut so the explicit block stays a block of short lines. */
    private static final int MAX_RELATED_CHARS = 150;
    /**
     * Heads the link list. Starting lower case and ending without a full stop, it is no headline and no sentence
     * end, so the URLs under it are never taken for the related headlines (docs/formats.md, "Plain-text articles").
     */
    static final String LINKS_LINE = "[links]";

    private ArticleText() {}

    /** The file's text for {@code article}, under {@code id}, with {@code site} as its Source. */
    public static String of(Article article, ArticleId id, String site) {
        StringBuilder out = new StringBuilder();
        header(out, "Id", id.value());
        header(out, "Title", article.headline());
        header(out, "By", article.byline());
        header(out, "Date", article.published());
        header(out, "Source", site != null ? site : article.site());
        for (String address : article.addresses()) {
            header(out, "URL", address);
        }
        out.append('\n');
        int paragraphs = 0;
        for (Block block : article.body()) {
            String text = oneLine(
                    Block.own(block) instanceof Block.Image picture ? PictureLine.of(picture) : withMarks(block));
            if (!text.isEmpty()) {
                out.append(text).append("\n\n");
                paragraphs++;
            }
        }
        if (paragraphs == 0) {
            // A header with nothing under it would be read as the article's text.
            out.append(oneLine(article.url() != null ? article.url() : article.headline()))
                    .append("\n\n");
        }
        if (!article.links().isEmpty()) {
            out.append(LINKS_LINE).append('\n');
            for (Link link : article.links()) {
                out.append('[')
                        .append(link.number())
                        .append("] ")
                        .append(oneLine(link.url()))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!article.related().isEmpty()) {
            out.append("Related:\n");
            // No more than a plain-text file's related block holds, or the file would read them back as its text.
            for (RelatedHeadline related :
                    article.related().subList(0, Math.min(article.related().size(), RelatedBlock.MAX_LINES))) {
                String headline = cut(oneLine(related.headline()));
                out.append("- ")
                        .append(headline.isEmpty() && related.url() != null ? oneLine(related.url()) : headline);
                if (related.url() != null && !related.url().isBlank() && !headline.isEmpty()) {
                    out.append(" <").append(oneLine(related.url())).append('>');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void header(StringBuilder out, String key, String value) {
        if (value != null && !oneLine(value).isEmpty()) {
            out.append(key).append(": ").append(oneLine(value)).append('\n');
        }
    }

    private static String withMarks(Block block) {
        String text = block instanceof Block.ListItem item ? item.marker() + " " + item.text() : block.text();
        if (block.marks().isEmpty()) {
            return text;
        }
        int offset = text.length() - block.text().length();
        StringBuilder out = new StringBuilder(text);
        int added = 0;
        for (LinkMark mark : block.marks()) {
            String label = mark.label();
            int at = Math.min(out.length(), offset + mark.end() + added);
            out.insert(at, label);
            added += label.length();
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return Sanitizer.sanitizeLine(text).replaceAll(" {2,}", " ").strip();
    }

    private static String cut(String text) {
        return text.length() <= MAX_RELATED_CHARS
                ? text
                : text.substring(0, MAX_RELATED_CHARS).strip() + "…";
    }
}
