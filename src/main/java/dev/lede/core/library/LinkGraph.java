// Over 250 lines: backlinks and stories of one snapshot: the links, the union-find and the queries over them.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The related links of one library snapshot, resolved, both ways: which articles each article's related
 * headlines lead to, which articles lead to it ("linked from"), and the stories, the sets of articles
 * connected by resolved links in either direction (a union-find over the links, so building is linear
 * in the number of links). Built once per snapshot and immutable; a newer snapshot builds its own, in
 * which an article added meanwhile has joined its story.
 */
public final class LinkGraph {

    private final Library library;
    /**
     * Each link once, by source: "linked from" is found by going through them (1.4–1.9 ms for
     * 600,000 links with the launchers' JIT on a busy machine, once per article opened). Kept rather than turned into lists by target, since the
     * links outlive the young collections of their build and stay in the old generation either way: a
     * second copy by target doubled what the stories cost the reader's peak memory.
     */
    private final LinkList links;
    /**
     * For each position, the story it belongs to: the position of the story's earliest article; for that
     * article itself, minus the story's size (one array rather than two: a quarter of what stories hold).
     */
    private final int[] story;

    private LinkGraph(Library library, LinkList links, int[] story) {
        this.library = library;
        this.links = links;
        this.story = story;
    }

    /** Resolves every related headline of {@code library} once and links the articles. */
    public static LinkGraph of(Library library) {
        int size = library.size();
        // Each link once: source and target positions.
        LinkList links = new LinkList();
        if (!streamedLinks(library, links)) {
            for (int position = 0; position < size; position++) {
                LibraryEntry entry = library.entry(position);
                addLinks(position, targetsOf(library, entry), links);
            }
        }
        int[] story = StoryForest.of(size, links, (a, b) -> EARLIEST.compare(library.entry(a), library.entry(b)));
        return new LinkGraph(library, links, story);
    }

    /** Adds {@code position}'s links to the targets (-1 for none), each once and never to itself. */
    private static void addLinks(int position, int[] found, LinkList links) {
        for (int i = 0; i < found.length; i++) {
            int target = found[i];
            boolean again = false;
            for (int j = 0; j < i && !again; j++) {
                again = found[j] == target;
            }
            if (target >= 0 && target != position && !again) {
                links.add(position, target);
            }
        }
    }

    /**
     * The links of a library resolved ahead whose entries are kept apart, from the store's rows as it
     * streams them: each row's targets are turned into positions and dropped, so nothing is held per
     * article beyond its links. False when the library is not such a one (its links are then taken entry
     * by entry).
     */
    private static boolean streamedLinks(Library library, LinkList links) {
        int size = library.size();
        if (!library.isResolvedAhead() || size == 0 || library.entry(0).details() == null) {
            return false;
        }
        EntryDetails details = library.entry(0).details();
        boolean ascending = true;
        for (int p = 0; p < size; p++) {
            long row = library.rowAt(p);
            if (!PackedRows.fits(row, p) || details != library.entry(p).details()) {
                return false; // entries from two stores, or rows this packing cannot hold: entry by entry
            }
            ascending &= p == 0 || row > library.rowAt(p - 1);
        }
        // Rows in load order (an index filled in file order) are found by searching the library itself;
        // otherwise through rows packed with their positions (PackedRows).
        long[] byRow = ascending ? null : new long[size];
        for (int p = 0; byRow != null && p < size; p++) {
            byRow[p] = PackedRows.pack(library.rowAt(p), p);
        }
        if (byRow != null) {
            Arrays.sort(byRow);
        }
        return details.eachTargets((row, ids) -> {
            int position = byRow == null ? positionOfRow(library, row) : PackedRows.find(byRow, row);
            if (position >= 0) {
                addLinks(position, positionsOf(library, ids), links);
            }
        });
    }

    /** The position whose row is {@code row} in a library whose rows ascend with their positions, or -1. */
    private static int positionOfRow(Library library, long row) {
        int low = 0;
        int high = library.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long at = library.rowAt(middle);
            if (at < row) {
                low = middle + 1;
            } else if (at > row) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    private static int[] positionsOf(Library library, List<ArticleId> ids) {
        int[] out = new int[ids == null ? 0 : ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i) == null ? -1 : library.positionOf(ids.get(i));
        }
        return out;
    }

    /**
     * The positions {@code entry}'s related headlines resolve to (-1 for none). A library resolved ahead
     * reads them from the entry; otherwise each is resolved as a jump would.
     */
    private static int[] targetsOf(Library library, LibraryEntry entry) {
        if (library.isResolvedAhead()) {
            return positionsOf(library, entry.storedTargets());
        }
        List<RelatedHeadline> related = entry.related();
        int[] out = new int[related.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = library.resolve(entry, related.get(i))
                    .map(LibraryEntry::position)
                    .orElse(-1);
        }
        return out;
    }

    /**
     * Oldest first: by publication date (ISO 8601, so text order is time order on the same day's form),
     * articles without a date after those with one, then in load order.
     */
    public static final Comparator<LibraryEntry> EARLIEST = (a, b) -> {
        int byDate = a.comparePublished(b);
        return byDate != 0 ? byDate : Integer.compare(a.position(), b.position());
    };

    /** The snapshot these links are of. */
    public Library library() {
        return library;
    }

    /** The articles whose related headlines lead to {@code entry}, in load order. */
    public List<LibraryEntry> linkedFrom(LibraryEntry entry) {
        int p = entry.position();
        if (p >= story.length) {
            return List.of();
        }
        IntList sources = links.sourcesOf(p);
        int[] sorted = new int[sources.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = sources.get(i);
        }
        Arrays.sort(sorted); // streamed rows need not come in load order
        List<LibraryEntry> out = new ArrayList<>(sorted.length);
        for (int source : sorted) {
            out.add(library.entry(source));
        }
        return out;
    }

    /** The earliest article of {@code entry}'s story (itself when nothing links it to another). */
    public LibraryEntry storyStart(LibraryEntry entry) {
        return entry.position() < story.length ? library.entry(storyOf(entry.position())) : entry;
    }

    /** How many articles {@code entry}'s story has (1 when it stands alone). */
    public int storySize(LibraryEntry entry) {
        return entry.position() < story.length ? -story[storyOf(entry.position())] : 1;
    }

    /** The position of the earliest article of {@code position}'s story. */
    private int storyOf(int position) {
        return story[position] < 0 ? position : story[position];
    }

    /** The articles of {@code entry}'s story, oldest first. */
    public List<LibraryEntry> story(LibraryEntry entry) {
        if (entry.position() >= story.length) {
            return List.of(entry);
        }
        int root = storyOf(entry.position());
        int size = -story[root];
        List<LibraryEntry> out = new ArrayList<>(size);
        for (int p = 0; p < story.length && out.size() < size; p++) {
            if (storyOf(p) == root) {
                out.add(library.entry(p));
            }
        }
        out.sort(EARLIEST);
        return out;
    }

    /** Every story of two or more articles, each oldest first, the stories in order of their earliest article. */
    public List<List<LibraryEntry>> stories() {
        List<IntList> members = new ArrayList<>();
        int[] index = new int[story.length];
        Arrays.fill(index, -1);
        for (int p = 0; p < story.length; p++) {
            int root = storyOf(p);
            if (-story[root] < 2) {
                continue;
            }
            if (index[root] < 0) {
                index[root] = members.size();
                members.add(new IntList());
            }
            members.get(index[root]).add(p);
        }
        List<List<LibraryEntry>> out = new ArrayList<>(members.size());
        for (IntList positions : members) {
            List<LibraryEntry> entries = new ArrayList<>(positions.size());
            for (int i = 0; i < positions.size(); i++) {
                entries.add(library.entry(positions.get(i)));
            }
            entries.sort(EARLIEST);
            out.add(entries);
        }
        out.sort((a, b) -> EARLIEST.compare(a.get(0), b.get(0)));
        return out;
    }
}
