package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.List;

/**
 * An article as the library lists it, without its body: what an earlier parse of an unchanged file left
 * in the library index, or what a fresh parse gives once the body is dropped.
 *
 * @param lede    the lede as the library keeps it, already cut short ({@link LibraryBuilder#keptLede})
 * @param addresses every address the article is known by ({@link Article#addresses()}); null for none
 * @param targets for each related headline, the id of the article it resolved to in this same library
 *                (null for one that resolved to nothing); null when not known
 * @param row     where an {@link EntryDetails} keeps the lede, the related headlines and their targets,
 *                which are then null here ({@link #keptApart}); {@link #WITH_ARTICLE} when they come with the article
 */
public record ListedArticle(
        ArticleId id,
        Source source,
        Format format,
        String headline,
        String lede,
        String published,
        List<String> addresses,
        List<RelatedHeadline> related,
        List<Problem> problems,
        List<ArticleId> targets,
        long row) {

    /** The {@code row} of an article whose lede and related headlines come with it. */
    public static final long WITH_ARTICLE = -1;

    public ListedArticle {
        related = row >= 0 ? null : List.copyOf(related);
        problems = List.copyOf(problems);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (targets != null && (related == null || targets.size() != related.size())) {
            throw new IllegalArgumentException("one target per related headline");
        }
    }

    public static ListedArticle of(Article article) {
        return new ListedArticle(
                article.id(),
                article.source(),
                article.format(),
                article.headline(),
                LibraryBuilder.keptLede(article),
                article.published(),
                article.addresses(),
                article.related(),
                article.problems(),
                null,
                WITH_ARTICLE);
    }

    /** An article whose lede and related headlines (resolved) stay at {@code row} of an {@link EntryDetails}. */
    public static ListedArticle keptApart(
            ArticleId id,
            Source source,
            Format format,
            String headline,
            String published,
            List<Problem> problems,
            long row) {
        if (row < 0) {
            throw new IllegalArgumentException("no row");
        }
        return new ListedArticle(id, source, format, headline, null, published, null, null, problems, null, row);
    }

    /** True when the lede and related headlines are kept apart, at {@link #row}, and resolved. */
    public boolean isKeptApart() {
        return row >= 0;
    }
}
