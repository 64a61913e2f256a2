package dev.lede.core.library;

import dev.lede.core.article.Article;
import java.util.Optional;

/** Gives back the full article of an entry: re-read from disk, or kept in memory for stdin and URLs. */
public interface ArticleStore {

    /** The article, or empty when its source can no longer be read or no longer holds it. */
    Optional<Article> open(LibraryEntry entry);
}
