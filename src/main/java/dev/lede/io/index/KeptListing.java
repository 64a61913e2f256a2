package dev.lede.io.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A copy of a library's stored listing ({@link LibraryIndex#storeHeadlineListing}) taken out of the index,
 * with the index's {@link LibraryIndex#changes} when it was taken: kept in a file of its own by the
 * reader, so that its next start lists the whole library without opening SQLite (README, "Between the
 * first frame and "library complete" (P0)"). It is only trusted once the index, opened after, still
 * holds the same listing ({@link #sameAs}).
 *
 * @param changes the index's count of committed changes when the parts were read
 * @param parts   the listing's stored values, in order
 */
public record KeptListing(long changes, List<byte[]> parts) {

    public KeptListing {
        parts = List.copyOf(parts);
    }

    /** Each input as {@link LibraryIndex#listKeptApart} lists it from the stored listing, in order. */
    public void listKeptApart(Consumer<IndexedInput> visitor) {
        for (byte[] part : parts) {
            HeadlineListing.read(part, ArticleColumns.KEPT_APART, false, visitor);
        }
    }

    /** The index rows of the listing's first {@code count} articles (fewer when it holds fewer), in order. */
    public List<Long> firstRows(int count) {
        List<Long> rows = new ArrayList<>(count);
        for (int i = 0; i < parts.size() && rows.size() < count; i++) {
            HeadlineListing.read(parts.get(i), ArticleColumns.KEPT_APART, false, input -> {
                for (IndexedArticle article : input.articles()) {
                    if (rows.size() < count) {
                        rows.add(article.row());
                    }
                }
            });
        }
        return rows;
    }

    /** Whether {@code other} holds the same listing, part for part, byte for byte. */
    public boolean sameAs(KeptListing other) {
        if (parts.size() != other.parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!Arrays.equals(parts.get(i), other.parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The listing's size in bytes. */
    public long bytes() {
        long total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        return total;
    }
}
