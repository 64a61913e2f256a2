package dev.lede.core.subscribe;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A feed item as lede keeps it: which item it is, whatever its text says now, and which version of it.
 *
 * @param id      the article id of every version of the item: a hash of its GUID, else its link, else its
 *                content, so a changed text keeps its read mark and star
 * @param version a hash of what the feed says of the item now; a new value is an updated item
 * @param article the item
 */
public record FeedItem(ArticleId id, String version, Article article) {

    // An absolute URI (a permalink, tag:, urn:uuid:) names its item for the whole web, as Atom requires of an
    // id; anything else ("42", "post-7", as RSS and JSON Feed allow) is unique only within its own feed.
    private static final Pattern GLOBAL_GUID = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /**
     * The item read from the feed of subscription {@code feed}, {@code guid} as the feed gave it or null. A GUID
     * that is not an absolute URI is read within its feed, so two feeds numbering their items alike keep two
     * articles.
     */
    public static FeedItem of(String feed, String guid, Article article) {
        String key;
        if (guid != null && !guid.isBlank()) {
            key = isGlobal(guid) ? guidKey(guid) : guidKey(guid) + "\nin feed\n" + feed;
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
        return new FeedItem(idFor(key), ArticleId.forContent(content.toString()).value(), article);
    }

    /**
     * The id lede gave an item with a feed's own GUID before it read such GUIDs within their feed: files and
     * state written then carry it, and the item keeps it (and its read mark). Empty for any other item.
     */
    public static Optional<ArticleId> formerId(String guid) {
        return guid == null || guid.isBlank() || isGlobal(guid) ? Optional.empty() : Optional.of(idFor(guidKey(guid)));
    }

    public FeedItem withId(ArticleId other) {
        return new FeedItem(other, version, article);
    }

    public FeedItem withArticle(Article fuller) {
        return new FeedItem(id, version, fuller);
    }

    private static boolean isGlobal(String guid) {
        return GLOBAL_GUID.matcher(guid.strip()).matches();
    }

    private static String guidKey(String guid) {
        return "guid\n" + guid.strip();
    }

    private static ArticleId idFor(String key) {
        return ArticleId.forContent("lede feed item\n" + key);
    }
}
