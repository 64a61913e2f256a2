package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.List;

/**
 * Where the parts of an entry that the list draws for one row at a time — the headline, the lede and the
 * related headlines with their targets — are kept when not in the heap: the library index. A library of
 * 100,000 articles then holds ids, dates and sources only, and reads these for the rows on screen, the
 * row under the cursor and the open article.
 */
public interface EntryDetails {

    /** What {@code row} holds; empty details (no lede, no related headlines) when it is gone. */
    Details of(long row);

    /** The headline {@code row} holds, or null when it is gone. */
    String headline(long row);

    /**
     * Hands every row's headline to {@code visitor} in one pass (a sort by title needs them all); false,
     * having handed nothing, when the store cannot give them so (each is then read with {@link #headline}).
     */
    default boolean eachHeadline(java.util.function.BiConsumer<Long, String> visitor) {
        return false;
    }

    /**
     * Hands the stored targets of every row to {@code visitor}, row by row, for building the library's
     * stories without one read per article; false (having handed nothing) when the store cannot give them
     * so (each row is then read with {@link #of}). Streamed: 100,000 articles' targets held at once as
     * objects took over 100 MB of the reader's heap.
     */
    default boolean eachTargets(java.util.function.BiConsumer<Long, List<ArticleId>> visitor) {
        return false;
    }

    /**
     * @param lede    the lede as the library keeps it, or null
     * @param targets for each related headline, the id it resolved to (null for none); null when unknown
     */
    record Details(String lede, List<RelatedHeadline> related, List<ArticleId> targets) {

        public static final Details NONE = new Details(null, List.of(), null);

        public Details {
            related = List.copyOf(related);
        }
    }
}
