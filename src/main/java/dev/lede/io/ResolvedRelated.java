package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.ResolutionBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What every related headline of one library resolves to, worked out once, on every core, the first
 * time it is asked for. A first {@code lede list} both stores the resolutions in the index and prints
 * them: resolving twice was a fifth of its CPU time (docs/performance.md, "Where a first run goes").
 */
public final class ResolvedRelated {

    private static final int NONE = -1;

    private final Library library;
    /** For each entry by position, the position each of its related headlines resolves to, or NONE. */
    private int[][] targets;

    public ResolvedRelated(Library library) {
        this.library = library;
    }

    public Library library() {
        return library;
    }

    /** The line numbers (positions + 1) of the articles {@code entry}'s related headlines point at, in order. */
    public int[] numbers(LibraryEntry entry) {
        int[] positions = targets()[entry.position()];
        int[] numbers = new int[positions.length];
        int count = 0;
        for (int position : positions) {
            if (position != NONE) {
                numbers[count++] = position + 1;
            }
        }
        return count == numbers.length ? numbers : Arrays.copyOf(numbers, count);
    }

    /**
     * The id each of {@code related} points at from the article whose id is {@code from}, null where it
     * points nowhere. {@code related} is normally that article's own list, answered from the table; a
     * different one (an article stored twice, the copies' related headlines unlike) is resolved here.
     */
    public List<ArticleId> ids(ArticleId from, List<RelatedHeadline> related) {
        Optional<LibraryEntry> entry = library.find(from);
        List<ArticleId> ids = new ArrayList<>(related.size());
        if (entry.isPresent() && entry.get().related().equals(related)) {
            for (int position : targets()[entry.get().position()]) {
                ids.add(
                        position == NONE
                                ? null
                                : library.entries().get(position).id());
            }
            return ids;
        }
        for (RelatedHeadline headline : related) {
            ids.add(entry.flatMap(e -> library.resolve(e, headline))
                    .map(LibraryEntry::id)
                    .orElse(null));
        }
        return ids;
    }

    /**
     * What the resolution rests on, stored with it (docs/performance.md, "Resolving only what changed"); nothing
     * kept for a library resolved ahead, which stores no resolution.
     */
    public ResolutionBasis basis() {
        targets();
        return library.isResolvedAhead() ? ResolutionBasis.NOTHING_KEPT : library.resolutionBasis();
    }

    /** Works every related headline out now, on every core, unless that was done; returns this. */
    public ResolvedRelated workedOut() {
        targets();
        return this;
    }

    /** Whether the related headlines have been worked out yet (they are, once, at the first question). */
    public synchronized boolean resolved() {
        return targets != null;
    }

    private synchronized int[][] targets() {
        if (targets == null) {
            // Worked out together first, from this thread: asked first inside the parallel loop, the one worker
            // working them out would leave the other waiting on it instead of helping (Library#resolve).
            library.withRelatedWorkedOut();
            List<LibraryEntry> entries = library.entries();
            int[][] resolved = new int[entries.size()][];
            // The matcher only reads the library: each core takes a share.
            IntStream.range(0, entries.size()).parallel().forEach(i -> resolved[i] = resolve(entries.get(i)));
            targets = resolved;
        }
        return targets;
    }

    private int[] resolve(LibraryEntry entry) {
        List<RelatedHeadline> related = entry.related();
        int[] positions = new int[related.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = library.resolve(entry, related.get(i))
                    .map(LibraryEntry::position)
                    .orElse(NONE);
        }
        return positions;
    }
}
