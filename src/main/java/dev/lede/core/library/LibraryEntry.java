package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.List;

/**
 * What the library keeps in memory per article: enough to draw the list and resolve related
 * headlines. The full body is read again through an {@link ArticleStore} when the article is opened.
 *
 * @param position the article's place in load order, 0-based (file order)
 */
public record LibraryEntry(
        int position,
        ArticleId id,
        Source source,
        Format format,
        String headline,
        String lede,
        String published,
        List<RelatedHeadline> related) {

    public LibraryEntry {
        related = List.copyOf(related);
    }
}
