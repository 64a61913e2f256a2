package dev.lede.core.subscribe;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;

/**
 * A feed item as lede keeps it: which item it is, whatever its text says now, and which version of it.
 *
 * @param id      the article id of every version of the item: a hash of its GUID, else its link, else its
 *                content, so a changed text keeps its read mark and star
 * @param version a hash of what the feed says of the item now; a new value is an updated item
 * @param article the item
 */
public record FeedItem(ArticleId id, String version, Article article) {

    /** The item read from a feed, {@code guid} as the feed gave it or null. */
    public static FeedItem of(String guid, Article article) {
        String key;
        if (guid != null && !guid.isBlank()) {
            key = "guid\n" + guid.strip();
        } else if (article.url() != null && !article.url().isBlank()) {
            key = "link\n" + article.url().strip();
        } else {
            key = "content\n" + article.headline() + "\n" + article.bodyText();
        }
        StringBuilder content = new StringBuilder()
                .append(article.headline())
                .append('\n')
                .append(article.byline())
                .append('\n')
                .append(article.published())
                .append('\n')
                .append(article.url())
                .append('\n')
                .append(article.bodyText());
        for (RelatedHeadline related : article.related()) {
            content.append('\n').append(related.headline()).append(' ').append(related.url());
        }
        return new FeedItem(
                ArticleId.forContent("lede feed item\n" + key),
                ArticleId.forContent(content.toString()).value(),
                article);
    }

    public FeedItem withArticle(Article fuller) {
        return new FeedItem(id, version, fuller);
    }
}
