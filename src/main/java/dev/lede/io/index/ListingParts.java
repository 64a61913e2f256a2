package dev.lede.io.index;

import java.util.List;
import java.util.function.Consumer;

/**
 * The parts of a library's stored listing ({@link LibraryIndex#eachListingPart}) read outside the index:
 * the reader keeps a copy beside its first screen and lists the library from it before SQLite is open
 * (docs/performance.md, "Between the first frame and "library complete" (P0)").
 */
public final class ListingParts {

    /**
     * What a stored listing's bytes mean: the index's layout and the parsers' generation
     * ({@link LibraryIndex#SCHEMA_VERSION}). A copy kept apart names it, so that a lede that stores another
     * layout, or whose parsers find other articles, never reads it as its own.
     */
    public static final int FORMAT = LibraryIndex.SCHEMA_VERSION;

    private ListingParts() {}

    /** Each input of {@code part} with its path and stamp alone, as the check of the folders compares them. */
    public static void readStamps(byte[] part, Consumer<IndexedInput> visitor) {
        HeadlineListing.readStamps(part, visitor);
    }

    /** Each input of {@code part} as {@code lede list} prints it ({@link LibraryIndex#listNumbered}). */
    public static void readNumbered(byte[] part, Consumer<NumberedArticle.Input> visitor) {
        HeadlineListing.readNumbered(part, visitor);
    }

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
