package dev.lede.ui;

import dev.lede.core.article.IsoDate;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The entry positions of one library snapshot in each sort order, each computed at most once per
 * snapshot and only when first asked for. A newer snapshot of a growing library reuses them: only the
 * new entries are sorted, then merged in, so loading a big folder sorted by date stays linear.
 */
final class SortedPositions {

    private static final Comparator<LibraryEntry> NEWEST = Comparator.comparing(
                    (LibraryEntry entry) -> IsoDate.utc(entry.published()),
                    Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparingInt(LibraryEntry::position);
    private static final Comparator<LibraryEntry> TITLE = Comparator.comparing(
                    LibraryEntry::headline, String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(LibraryEntry::position);

    private final Library library;
    /** A memo, filled on first use; confined to the UI thread like the state that holds it. */
    private final Map<Sort, int[]> sorted = new EnumMap<>(Sort.class);

    SortedPositions(Library library) {
        this.library = library;
    }

    Library library() {
        return library;
    }

    /** Positions of every entry in {@code sort} order (null for file order, which needs none). */
    int[] positions(Sort sort) {
        if (sort == Sort.FILE_ORDER) {
            return null;
        }
        return sorted.computeIfAbsent(sort, s -> sortRange(s, 0));
    }

    /** The memo for a newer snapshot: orders already computed here are extended with the new entries. */
    SortedPositions over(Library newer) {
        SortedPositions next = new SortedPositions(newer);
        // Only a snapshot that grew from this one holds these entries at these positions: another library
        // (the load's, replacing the index's preview) may number them otherwise, and starts afresh.
        if (newer.grewFrom(library)) {
            sorted.forEach((sort, old) ->
                    next.sorted.put(sort, merge(newer, comparator(sort), old, next.sortRange(sort, library.size()))));
        }
        return next;
    }

    static Comparator<LibraryEntry> comparator(Sort sort) {
        return sort == Sort.NEWEST ? NEWEST : TITLE;
    }

    private int[] sortRange(Sort sort, int from) {
        Comparator<LibraryEntry> order = comparator(sort);
        return IntStream.range(from, library.size())
                .boxed()
                .sorted((a, b) -> order.compare(library.entry(a), library.entry(b)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int[] merge(Library library, Comparator<LibraryEntry> order, int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = order.compare(library.entry(a[i]), library.entry(b[j])) <= 0 ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }
}
