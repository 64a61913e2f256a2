package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import java.util.List;

/**
 * One article as the index holds it: what the library lists and resolves, without the body (read from the
 * file when the article opens).
 *
 * @param row      the article's row in the index, the key of its resolved related headlines
 * @param path     the input file it was read from
 * @param item     the item number inside a feed, 0 otherwise
 * @param lede     the lede as the library keeps it (already cut short)
 * @param addresses every address the article is known by, its own first; null when not read
 * @param targets  for each related headline, the id of the article it resolved to or null; null when this
 *                 library's related headlines are not resolved, or were resolved before the inputs changed
 */
public record IndexedArticle(
        long row,
        String path,
        int item,
        ArticleId id,
        Format format,
        String headline,
        String lede,
        String byline,
        String published,
        List<String> addresses,
        String site,
        List<RelatedHeadline> related,
        List<ArticleId> targets,
        List<Problem> problems) {}
