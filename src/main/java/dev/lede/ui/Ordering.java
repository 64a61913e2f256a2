package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The headlines of one library snapshot in the order the list shows them: sorted, and filtered by a
 * search. Built once per snapshot, sort or search, so that a key press never re-sorts the library.
 */
public final class Ordering {

    private final Library library;
    private final SortedPositions sorted;
    private final Sort sort;
    private final String filter;
    /** Only these articles, for the starred list; null when not restricted. */
    private final Set<ArticleId> only;
    /** Entry positions in display order; null means every entry in file order. */
    private final int[] positions;

    private Ordering(SortedPositions sorted, Sort sort, String filter, Set<ArticleId> only, int[] positions) {
        this.library = sorted.library();
        this.sorted = sorted;
        this.sort = sort;
        this.filter = filter;
        this.only = only;
        this.positions = positions;
    }

    /**
     * The library's entries in {@code sort} order, only those matching {@code filter} when it is not
     * blank (best match first when the sort is file order).
     */
    public static Ordering of(Library library, Sort sort, String filter) {
        return of(new SortedPositions(library), sort, filter);
    }

    private static Ordering of(SortedPositions sorted, Sort sort, String filter) {
        String query = filter == null ? "" : filter.strip();
        if (query.isEmpty()) {
            return new Ordering(sorted, sort, "", null, sorted.positions(sort));
        }
        if (sort == Sort.FILE_ORDER) {
            return new Ordering(sorted, sort, query, null, sorted.library().searchPositions(query));
        }
        List<LibraryEntry> found = sorted.library().search(query).stream().sorted(SortedPositions.comparator(sort)).toList();
        return new Ordering(sorted, sort, query, null, found.stream().mapToInt(LibraryEntry::position).toArray());
    }

    /** Only the articles in {@code ids} (the starred ones), in {@code sort} order. */
    private static Ordering restricted(SortedPositions sorted, Sort sort, Set<ArticleId> ids) {
        int[] all = sorted.positions(sort);
        IntStream positions = all == null ? IntStream.range(0, sorted.library().size()) : Arrays.stream(all);
        int[] kept = positions.filter(p -> ids.contains(sorted.library().entry(p).id())).toArray();
        return new Ordering(sorted, sort, "", Set.copyOf(ids), kept);
    }

    /** The same library and sort, only the articles in {@code ids}; a search is dropped. */
    public Ordering onlyOf(Set<ArticleId> ids) {
        return restricted(sorted, sort, ids);
    }

    /** True when the list shows the starred articles only. */
    public boolean isRestricted() {
        return only != null;
    }

    /** What the list is narrowed to, for the status bar: {@code matching “ferry”}, {@code starred}. */
    public String describeFilter() {
        return only != null ? "starred" : "matching “" + filter + "”";
    }

    /** The same library in another sort; a sort already used on this snapshot is not computed again. */
    public Ordering sortedBy(Sort newSort) {
        return only != null ? restricted(sorted, newSort, only) : of(sorted, newSort, filter);
    }

    /** The same library and sort, filtered by {@code query} (blank: not filtered). */
    public Ordering filteredBy(String query) {
        return of(sorted, sort, query);
    }

    public Library library() {
        return library;
    }

    public Sort sort() {
        return sort;
    }

    /** The search the list is filtered by; empty when it is not. */
    public String filter() {
        return filter;
    }

    public boolean isFiltered() {
        return !filter.isEmpty() || only != null;
    }

    public int size() {
        return positions == null ? library.size() : positions.length;
    }

    /** The entry shown at row {@code index} of the list. */
    public LibraryEntry entry(int index) {
        return library.entry(positions == null ? index : positions[index]);
    }

    /** The row an article is shown at, or -1 when it is not in this ordering. */
    public int indexOf(ArticleId id) {
        if (id == null) {
            return -1;
        }
        int position = library.find(id).map(LibraryEntry::position).orElse(-1);
        if (positions == null || position < 0) {
            return position;
        }
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == position) {
                return i;
            }
        }
        return -1;
    }

    /** The same sort and filter over another snapshot. */
    public Ordering over(Library newer) {
        if (newer == library) {
            return this;
        }
        return only != null ? restricted(sorted.over(newer), sort, only) : of(sorted.over(newer), sort, filter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ordering that && library == that.library && sort == that.sort
                && filter.equals(that.filter) && java.util.Objects.equals(only, that.only) && Arrays.equals(positions, that.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(library), sort, filter);
    }

    @Override
    public String toString() {
        return "Ordering[" + sort + ", filter=" + filter + ", size=" + size() + "]";
    }
}
