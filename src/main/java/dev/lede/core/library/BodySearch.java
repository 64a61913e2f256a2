package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import java.util.List;

/**
 * Search over headlines and bodies kept outside the heap (the library index), for a library whose
 * articles arrive without their bodies. Same rules as the in-memory search: every word of the query,
 * the last also as a prefix unless the query ends with a space, best first; a long query that nothing
 * holds whole falls back to the articles holding most of its words.
 */
public interface BodySearch {

    /** The ids of the matching articles, best first, at most {@code limit}. */
    List<ArticleId> search(String query, int limit);

    /** Stops a search running on another thread, which then finds nothing (its result is no longer wanted). */
    default void cancel() {}
}
