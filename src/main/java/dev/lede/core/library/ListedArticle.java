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
 * @param targets for each related headline, the id of the article it resolved to in this same library
 *                (null for one that resolved to nothing); null when not known
 */
public record ListedArticle(ArticleId id, Source source, Format format, String headline, String lede,
        String published, List<RelatedHeadline> related, List<Problem> problems, List<ArticleId> targets) {

    public ListedArticle {
        related = List.copyOf(related);
        problems = List.copyOf(problems);
        if (targets != null && targets.size() != related.size()) {
            throw new IllegalArgumentException("one target per related headline");
        }
    }

    public static ListedArticle of(Article article) {
        return new ListedArticle(article.id(), article.source(), article.format(), article.headline(),
                LibraryBuilder.keptLede(article), article.published(), article.related(), article.problems(), null);
    }
}
