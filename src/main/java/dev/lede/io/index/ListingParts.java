package dev.lede.io.index;

import java.util.List;
import java.util.function.Consumer;

/**
 * The parts of a library's stored listing ({@link LibraryIndex#eachListingPart}) read outside the index:
 * the reader keeps a copy beside its first screen and lists the library from it before SQLite is open
 * (README, "Between the first frame and "library complete" (P0)").
 */
public final class ListingParts {

    private ListingParts() {}

    /** Each input of {@code part} as {@link LibraryIndex#listKeptApart} lists it from the stored listing, in order. */
    public static void listKeptApart(byte[] part, Consumer<IndexedInput> visitor) {
        HeadlineListing.read(part, ArticleColumns.KEPT_APART, false, visitor);
    }

    /** Adds the index rows of {@code part}'s articles to {@code rows}, in order, until it holds {@code count}. */
    public static void addRows(byte[] part, int count, List<Long> rows) {
        listKeptApart(part, input -> {
            for (IndexedArticle article : input.articles()) {
                if (rows.size() < count) {
                    rows.add(article.row());
                }
            }
        });
    }
}
