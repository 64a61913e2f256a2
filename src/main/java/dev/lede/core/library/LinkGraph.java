package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The related links of one library snapshot, resolved, both ways: which articles each article's related
 * headlines lead to, which articles lead to it ("linked from"), and the stories, the sets of articles
 * connected by resolved links in either direction (a union-find over the links, so building is linear
 * in the number of links). Built once per snapshot and immutable; a newer snapshot builds its own, in
 * which an article added meanwhile has joined its story.
 */
public final class LinkGraph {

    private final Library library;
    /** For each position, the positions of the articles that link to it, ascending: {@link #fromStart} indexes it. */
    private final int[] from;
    private final int[] fromStart;
    /** For each position, the story it belongs to: the position of the story's earliest article. */
    private final int[] story;
    /** Per story (by its earliest position), how many articles it has. */
    private final int[] storySize;

    private LinkGraph(Library library, int[] from, int[] fromStart, int[] story, int[] storySize) {
        this.library = library;
        this.from = from;
        this.fromStart = fromStart;
        this.story = story;
        this.storySize = storySize;
    }

    /** Resolves every related headline of {@code library} once and links the articles. */
    public static LinkGraph of(Library library) {
        int size = library.size();
        // Each link once: source and target positions, in source order.
        IntList sources = new IntList();
        IntList targets = new IntList();
        StoredTargets stored = new StoredTargets();
        for (int position = 0; position < size; position++) {
            LibraryEntry entry = library.entry(position);
            int[] seen = new int[0];
            for (int target : targetsOf(library, entry, stored)) {
                if (target >= 0 && target != position && Arrays.stream(seen).noneMatch(t -> t == target)) {
                    seen = Arrays.copyOf(seen, seen.length + 1);
                    seen[seen.length - 1] = target;
                    sources.add(position);
                    targets.add(target);
                }
            }
        }
        int links = sources.size();
        int[] fromStart = new int[size + 1];
        for (int i = 0; i < links; i++) {
            fromStart[targets.get(i) + 1]++;
        }
        for (int p = 0; p < size; p++) {
            fromStart[p + 1] += fromStart[p];
        }
        int[] from = new int[links];
        int[] filled = Arrays.copyOf(fromStart, size);
        for (int i = 0; i < links; i++) {
            from[filled[targets.get(i)]++] = sources.get(i); // sources ascend, so each list does too
        }
        int[] parent = new int[size];
        for (int p = 0; p < size; p++) {
            parent[p] = p;
        }
        for (int i = 0; i < links; i++) {
            union(parent, sources.get(i), targets.get(i), library);
        }
        int[] story = new int[size];
        int[] storySize = new int[size];
        for (int p = 0; p < size; p++) {
            story[p] = root(parent, p);
            storySize[story[p]]++;
        }
        return new LinkGraph(library, from, fromStart, story, storySize);
    }

    /**
     * The positions {@code entry}'s related headlines resolve to (-1 for none). A library resolved ahead
     * reads them from the entry; otherwise each is resolved as a jump would.
     */
    private static int[] targetsOf(Library library, LibraryEntry entry, StoredTargets stored) {
        if (library.isResolvedAhead()) {
            List<ArticleId> ids = entry.storedTargets(stored.byRow(entry));
            int[] out = new int[ids == null ? 0 : ids.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.get(i) == null ? -1 : library.find(ids.get(i)).map(LibraryEntry::position).orElse(-1);
            }
            return out;
        }
        List<RelatedHeadline> related = entry.related();
        int[] out = new int[related.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = library.resolve(entry, related.get(i)).map(LibraryEntry::position).orElse(-1);
        }
        return out;
    }

    /** The targets of all kept-apart entries, read at the first such entry in one go when the store can. */
    private static final class StoredTargets {
        private boolean asked;
        private Map<Long, List<ArticleId>> byRow;

        Map<Long, List<ArticleId>> byRow(LibraryEntry entry) {
            if (entry.details() == null) {
                return null;
            }
            if (!asked) {
                asked = true;
                byRow = entry.details().targetsByRow().orElse(null);
            }
            return byRow;
        }
    }

    /** Joins two sets; the root stays the earlier article (by date, then load order), so it names the story. */
    private static void union(int[] parent, int a, int b, Library library) {
        if (a < 0 || b < 0) {
            return;
        }
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA == rootB) {
            return;
        }
        if (EARLIEST.compare(library.entry(rootA), library.entry(rootB)) <= 0) {
            parent[rootB] = rootA;
        } else {
            parent[rootA] = rootB;
        }
    }

    /** The root of {@code p}'s set, halving the path on the way. */
    private static int root(int[] parent, int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }

    /**
     * Oldest first: by publication date (ISO 8601, so text order is time order on the same day's form),
     * articles without a date after those with one, then in load order.
     */
    public static final Comparator<LibraryEntry> EARLIEST = (a, b) -> {
        String da = a.published();
        String db = b.published();
        if (da != null && db != null) {
            int byDate = da.compareTo(db);
            if (byDate != 0) {
                return byDate;
            }
        } else if (da != null || db != null) {
            return da != null ? -1 : 1;
        }
        return Integer.compare(a.position(), b.position());
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
        List<LibraryEntry> out = new ArrayList<>(fromStart[p + 1] - fromStart[p]);
        for (int i = fromStart[p]; i < fromStart[p + 1]; i++) {
            out.add(library.entry(from[i]));
        }
        return out;
    }

    /** The earliest article of {@code entry}'s story (itself when nothing links it to another). */
    public LibraryEntry storyStart(LibraryEntry entry) {
        return entry.position() < story.length ? library.entry(story[entry.position()]) : entry;
    }

    /** How many articles {@code entry}'s story has (1 when it stands alone). */
    public int storySize(LibraryEntry entry) {
        return entry.position() < story.length ? storySize[story[entry.position()]] : 1;
    }

    /** The articles of {@code entry}'s story, oldest first. */
    public List<LibraryEntry> story(LibraryEntry entry) {
        if (entry.position() >= story.length) {
            return List.of(entry);
        }
        int root = story[entry.position()];
        List<LibraryEntry> out = new ArrayList<>(storySize[root]);
        for (int p = 0; p < story.length && out.size() < storySize[root]; p++) {
            if (story[p] == root) {
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
            int root = story[p];
            if (storySize[root] < 2) {
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
