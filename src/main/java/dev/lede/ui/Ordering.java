// Over 300 lines, not split: sort, search, unread-only and a story's restriction each derive an ordering from the same
// sorted positions of one snapshot; apart, each would copy them.
package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The headlines of one library snapshot in the order the list shows them: sorted, and filtered by a
 * search. Built once per snapshot, sort or search, so that a key press never re-sorts the library.
 *
 * <p>Over 300 lines because sort, search, unread-only and a story's restriction each derive a new ordering from
 * the same sorted positions; most methods are those few-line derivations and the accessors the screen reads.
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
    /**
     * Articles left out by the unread-only filter: those read when it was applied (null when it is off).
     * Fixed then, so an article read while the filter is on stays in view until it is applied again, and
     * articles that arrive later are shown (docs/architecture.md, "The list").
     */
    private final Set<ArticleId> hidden;
    /**
     * True while the search for {@link #filter} is on its way ({@link Library#searchesInBackground}): the
     * positions are still those shown before it, and {@link #withResults} replaces them.
     */
    private final boolean searching;

    private Ordering(
            SortedPositions sorted,
            Sort sort,
            String filter,
            Set<ArticleId> only,
            int[] positions,
            boolean searching,
            Set<ArticleId> hidden) {
        this.hidden = hidden;
        this.searching = searching;
        this.library = sorted.library();
        this.sorted = sorted;
        this.sort = sort;
        this.filter = filter;
        this.only = only;
        this.positions = hidden == null ? positions : without(sorted.library(), positions, hidden);
    }

    /** {@code positions} (null: every entry in file order) less the articles in {@code hidden}. */
    private static int[] without(Library library, int[] positions, Set<ArticleId> hidden) {
        IntStream all = positions == null ? IntStream.range(0, library.size()) : Arrays.stream(positions);
        return all.filter(p -> !hidden.contains(library.entry(p).id())).toArray();
    }

    /** The same order with this one's unread-only filter, if any (a sort, search or snapshot keeps it). */
    private Ordering hiding(Set<ArticleId> read) {
        return read == null ? this : new Ordering(sorted, sort, filter, only, positions, searching, read);
    }

    /**
     * Only the articles not in {@code read} (the ones read now), on top of any search or star filter;
     * null turns the filter off.
     */
    public Ordering unreadOnly(Set<ArticleId> read) {
        Ordering plain = only != null
                ? restricted(sorted, sort, only)
                : searching
                        ? new Ordering(sorted, sort, filter, null, unfilteredPositions(), true, null)
                        : of(sorted, sort, filter);
        return read == null ? plain : plain.hiding(Set.copyOf(read));
    }

    // While searching, the rows shown are those from before the search; the unread filter is reapplied to them.
    private int[] unfilteredPositions() {
        return hidden == null ? positions : of(sorted, sort, "").positions;
    }

    /** True when the list shows the unread articles only. */
    public boolean isUnreadOnly() {
        return hidden != null;
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
            return new Ordering(sorted, sort, "", null, sorted.positions(sort), false, null);
        }
        if (sort == Sort.FILE_ORDER) {
            return new Ordering(sorted, sort, query, null, sorted.library().searchPositions(query), false, null);
        }
        List<LibraryEntry> found = sorted.library().search(query).stream()
                .sorted(SortedPositions.comparator(sort))
                .toList();
        return new Ordering(
                sorted,
                sort,
                query,
                null,
                found.stream().mapToInt(LibraryEntry::position).toArray(),
                false,
                null);
    }

    /** Only the articles in {@code ids} (the starred ones), in {@code sort} order. */
    private static Ordering restricted(SortedPositions sorted, Sort sort, Set<ArticleId> ids) {
        int[] all = sorted.positions(sort);
        IntStream positions = all == null ? IntStream.range(0, sorted.library().size()) : Arrays.stream(all);
        int[] kept = positions
                .filter(p -> ids.contains(sorted.library().entry(p).id()))
                .toArray();
        return new Ordering(sorted, sort, "", Set.copyOf(ids), kept, false, null);
    }

    /** The same library and sort, only the articles in {@code ids}; a search is dropped. */
    public Ordering onlyOf(Set<ArticleId> ids) {
        return restricted(sorted, sort, ids);
    }

    /** True when the list shows the starred articles only. */
    public boolean isRestricted() {
        return only != null;
    }

    /** Every article again, in the same sort, keeping the unread-only filter: the two combine, and each key lifts its own. */
    public Ordering unrestricted() {
        return of(sorted, sort, "").hiding(hidden);
    }

    /**
     * What an empty list under the unread-only filter lacks, with the other filter named: {@code no unread starred
     * articles}, {@code nothing unread matches “ferry”}; "no unread articles" alone would deny the unread ones the
     * other filter leaves out.
     */
    public String noneUnread() {
        if (only != null) {
            return "no unread starred articles";
        }
        return filter.isEmpty() ? "no unread articles" : "nothing unread matches “" + filter + "”";
    }

    /** What the list is narrowed to, for the status bar: {@code matching “ferry”}, {@code starred}. */
    public String describeFilter() {
        String what = only != null
                ? "starred"
                : filter.isEmpty()
                        ? ""
                        : searching
                                ? "searching “" + filter + "”…"
                                : "matching “" + filter + "”" + (isFirstMatchesOnly() ? ", the first " + size() : "");
        return hidden == null ? what : what.isEmpty() ? "unread" : "unread, " + what;
    }

    /** The same library in another sort; a sort already used on this snapshot is not computed again. */
    public Ordering sortedBy(Sort newSort) {
        if (only != null) {
            return restricted(sorted, newSort, only).hiding(hidden);
        }
        Ordering resorted = new Ordering(sorted, newSort, "", null, sorted.positions(newSort), false, null);
        return (filter.isEmpty() ? resorted : resorted.filteredBy(filter)).hiding(hidden);
    }

    /**
     * The same library and sort, filtered by {@code query} (blank: not filtered). When the library searches
     * in the background, the result is {@linkplain #isSearching searching} and shows what this one shows.
     */
    public Ordering filteredBy(String query) {
        return searchLater(query).orElseGet(() -> of(sorted, sort, query)).hiding(hidden);
    }

    private Optional<Ordering> searchLater(String query) {
        String stripped = query == null ? "" : query.strip();
        if (stripped.isEmpty() || !library.searchesInBackground()) {
            return Optional.empty();
        }
        return Optional.of(new Ordering(sorted, sort, stripped, null, positions, true, hidden));
    }

    /**
     * True when the search's answer may hold only the first of more matches (a search through the library
     * index stops at {@link Library#MOST_INDEX_MATCHES}).
     */
    public boolean isFirstMatchesOnly() {
        return !filter.isEmpty() && only == null && !searching && library.searchMayHaveMore(size());
    }

    /** True while the search is on its way: the rows are those shown before it. */
    public boolean isSearching() {
        return searching;
    }

    /** The search's results (entry positions, best first), in this ordering's sort. */
    public Ordering withResults(int[] found) {
        if (sort == Sort.FILE_ORDER) {
            return new Ordering(sorted, sort, filter, null, found, false, hidden);
        }
        int[] ordered = Arrays.stream(found)
                .boxed()
                .map(library::entry)
                .sorted(SortedPositions.comparator(sort))
                .mapToInt(LibraryEntry::position)
                .toArray();
        return new Ordering(sorted, sort, filter, null, ordered, false, hidden);
    }

    public Library library() {
        return library;
    }

    /** True when the articles come from more than one folder ({@link Library#manyFolders}). */
    public boolean manyFolders() {
        return library.manyFolders();
    }

    public Sort sort() {
        return sort;
    }

    /** The search the list is filtered by; empty when it is not. */
    public String filter() {
        return filter;
    }

    public boolean isFiltered() {
        return !filter.isEmpty() || only != null || hidden != null;
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
        if (only == null && !filter.isEmpty() && newer.searchesInBackground()) {
            // Searched again in the background; meanwhile the same articles stay on screen.
            return new Ordering(sorted.over(newer), sort, filter, null, samePositionsIn(newer), true, hidden);
        }
        return (only != null ? restricted(sorted.over(newer), sort, only) : of(sorted.over(newer), sort, filter))
                .hiding(hidden);
    }

    /** The articles shown now, as positions in {@code newer} (a snapshot that replaced this one may number them otherwise). */
    private int[] samePositionsIn(Library newer) {
        if (positions == null) {
            return null;
        }
        return Arrays.stream(positions)
                .map(p -> newer.find(library.entry(p).id())
                        .map(LibraryEntry::position)
                        .orElse(-1))
                .filter(p -> p >= 0)
                .toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ordering that
                && library == that.library
                && sort == that.sort
                && filter.equals(that.filter)
                && Objects.equals(only, that.only)
                && Arrays.equals(positions, that.positions)
                && searching == that.searching
                && Objects.equals(hidden, that.hidden);
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
