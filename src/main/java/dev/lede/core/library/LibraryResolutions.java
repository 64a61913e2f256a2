// Over 250 lines: a library's resolution both ways (every line, or only what changed since a stored one), sharing
// how one line is read and what is kept of it.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What every related headline of one library snapshot resolves to, worked out once, in two passes: the first as
 * {@link Library#resolve} reads each line alone (its address, then the matcher), which also gathers what the
 * library teaches about its own wording ({@link LearnedWording}); the second asks the lines the first left
 * unresolved again with that wording. Each pass runs on every core; the learning in between counts. A library that
 * brings a stored resolution of an earlier state of itself ({@link EarlierResolution}) keeps what it can of it and
 * resolves only what changed ({@link #partial}), unless too much changed since the last full resolution.
 */
final class LibraryResolutions {

    private static final int NONE = -1;
    /** A stored target the library no longer holds: the line is resolved again. */
    private static final int GONE = -2;

    /** For each entry by position, the position each of its related headlines resolves to, or NONE. */
    private final int[][] targets;

    private final LearnedWording learned;
    /** What this resolution rests on, to be stored with it; its signatures dropped once taken. */
    private volatile ResolutionBasis basis;
    /** How many lines were worked out (all of them in a full resolution), for tests and tools. */
    private final int linesResolved;

    private LibraryResolutions(int[][] targets, LearnedWording learned, ResolutionBasis basis, int linesResolved) {
        this.targets = targets;
        this.learned = learned;
        this.basis = basis;
        this.linesResolved = linesResolved;
    }

    /**
     * Every line resolved again when {@code earlier} is null, brings no line signatures, or too much changed since the
     * last full resolution ({@link ResolutionBasis#needsFull}); else only what changed ({@link #partial}).
     */
    static LibraryResolutions of(Library library, HeadlineMatcher matcher, EarlierResolution earlier) {
        if (earlier != null && earlier.basis().signatures().lines() > 0) {
            Partial partial = Partial.of(library, earlier);
            if (!ResolutionBasis.needsFull(partial.changed(), library.size())) {
                return partial(library, matcher, earlier, partial);
            }
        }
        return of(library, matcher);
    }

    static LibraryResolutions of(Library library, HeadlineMatcher matcher) {
        int size = library.size();
        int[][] targets = new int[size][];
        LearnedWording.Reading[][] readings = new LearnedWording.Reading[size][];
        List<String>[][] seeds = seedTable(size);
        // Each line's text hashed here, on the pool's threads, rather than read back from its entry afterwards.
        long[][] lineHashes = new long[size][];
        IntStream.range(0, size).parallel().forEach(position -> {
            LibraryEntry entry = library.entry(position);
            List<RelatedHeadline> related = entry.related();
            targets[position] = new int[related.size()];
            readings[position] = new LearnedWording.Reading[related.size()];
            seeds[position] = seedRow(related.size());
            lineHashes[position] = new long[related.size()];
            for (int i = 0; i < related.size(); i++) {
                Optional<LibraryEntry> byAddress =
                        library.atAddress(related.get(i).url()).filter(found -> found.position() != position);
                if (byAddress.isPresent()) {
                    targets[position][i] = byAddress.get().position();
                    continue;
                }
                List<String> own = new ArrayList<>(4);
                HeadlineMatcher.FirstPass first =
                        matcher.firstPass(related.get(i).headline(), size, own::add);
                seeds[position][i] = own;
                lineHashes[position][i] = LineSignatures.hash(related.get(i).headline());
                // A page does not link to itself, by its text as by its address.
                targets[position][i] =
                        first.article().filter(found -> found != position).orElse(NONE);
                readings[position][i] = first.reading();
            }
        });
        List<LearnedWording.Reading> examples = new ArrayList<>();
        for (LearnedWording.Reading[] own : readings) {
            for (LearnedWording.Reading reading : own) {
                if (reading != null) {
                    examples.add(reading);
                }
            }
        }
        LearnedWording learned = matcher.learnFrom(examples, size);
        if (!learned.isEmpty()) {
            IntStream.range(0, size).parallel().forEach(position -> {
                List<RelatedHeadline> related = library.entry(position).related();
                for (int i = 0; i < related.size(); i++) {
                    if (targets[position][i] == NONE) {
                        targets[position][i] = matcher.secondPass(related.get(i).headline(), size, learned)
                                .filter(found -> found != position)
                                .orElse(NONE);
                    }
                }
            });
        }
        int lines = 0;
        for (int[] own : targets) {
            lines += own.length;
        }
        LineSignatures.Builder signatures = new LineSignatures.Builder();
        for (int position = 0; position < size; position++) {
            for (int i = 0; i < seeds[position].length; i++) {
                if (seeds[position][i] != null) {
                    signatures.add(lineHashes[position][i], seeds[position][i]);
                }
            }
        }
        return new LibraryResolutions(
                targets, learned, new ResolutionBasis(0, learned.pairs(matcher.terms()), signatures.build()), lines);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[][] seedTable(int size) {
        return (List<String>[][]) new List<?>[size][];
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] seedRow(int size) {
        return (List<String>[]) new List<?>[size];
    }

    /**
     * The entries that came without stored targets (new or changed articles: every line of theirs is resolved), the
     * others' stored targets as positions (NONE for none, {@link #GONE} for a target the library no longer holds),
     * the removed articles the library does not hold again, and how many articles changed since the last full
     * resolution, this change counted.
     */
    private record Partial(BitSet added, int[][] prior, List<EarlierResolution.Removed> removed, int changed) {

        static Partial of(Library library, EarlierResolution earlier) {
            int size = library.size();
            BitSet added = new BitSet(size);
            int[][] prior = new int[size][];
            for (int position = 0; position < size; position++) {
                LibraryEntry entry = library.entry(position);
                List<ArticleId> stored = entry.storedTargets();
                if (stored == null || stored.size() != entry.related().size()) {
                    added.set(position);
                    continue;
                }
                prior[position] = new int[stored.size()];
                for (int i = 0; i < stored.size(); i++) {
                    ArticleId id = stored.get(i);
                    int at = id == null ? NONE : library.positionOf(id);
                    prior[position][i] = id == null ? NONE : at < 0 ? GONE : at;
                }
            }
            List<EarlierResolution.Removed> removed = new ArrayList<>();
            for (EarlierResolution.Removed article : earlier.removed()) {
                if (library.positionOf(article.id()) < 0) {
                    removed.add(article);
                }
            }
            int changed = earlier.basis().changedSinceFull() + added.cardinality() + removed.size();
            return new Partial(added, prior, removed, changed);
        }
    }

    /**
     * Keeps the stored target of every line of an unchanged entry, and resolves again (first pass, then the second
     * with the wording the last full resolution learned) only (a) the lines of entries that came without stored
     * targets, (b) a line whose stored target is gone, and (c) a line an added entry or a removed article may answer
     * otherwise: an added entry at its address, or a seed of the line ({@link LineSignatures}) held by an added entry
     * or a removed article; and a line with no stored signature (answered by its address before).
     */
    private static LibraryResolutions partial(
            Library library, HeadlineMatcher matcher, EarlierResolution earlier, Partial partial) {
        int size = library.size();
        LearnedWording learned = matcher.learnedFrom(earlier.learned());
        BitSet added = partial.added();
        List<Set<String>> changedArticles = new ArrayList<>(matcher.termsOfEach(added));
        for (EarlierResolution.Removed article : partial.removed()) {
            changedArticles.add(HeadlineMatcher.termsOfArticle(article.headline(), article.lede()));
        }
        LineSignatures stored = earlier.basis().signatures();
        BitSet[] touched = stored.holders(new ChangedTerms(changedArticles));
        int[][] targets = new int[size][];
        List<String>[][] seeds = seedTable(size);
        IntStream.range(0, size).parallel().forEach(position -> {
            LibraryEntry entry = library.entry(position);
            List<RelatedHeadline> related = entry.related();
            int[] prior = partial.prior()[position];
            targets[position] = new int[related.size()];
            seeds[position] = seedRow(related.size());
            for (int i = 0; i < related.size(); i++) {
                RelatedHeadline line = related.get(i);
                Optional<LibraryEntry> byAddress =
                        library.atAddress(line.url()).filter(found -> found.position() != position);
                boolean again = prior == null
                        || prior[i] == GONE
                        || byAddress.isPresent() && added.get(byAddress.get().position())
                        || byAddress.isEmpty() && stored.touched(line.headline(), touched) != 0;
                if (!again) {
                    targets[position][i] = prior[i];
                    continue;
                }
                if (byAddress.isPresent()) {
                    targets[position][i] = byAddress.get().position();
                    continue;
                }
                // As a full resolution's two passes read one line: a page does not link to itself.
                List<String> own = new ArrayList<>(4);
                seeds[position][i] = own;
                targets[position][i] = matcher.firstPass(line.headline(), size, own::add)
                        .article()
                        .filter(found -> found != position)
                        .or(() -> matcher.secondPass(line.headline(), size, learned)
                                .filter(found -> found != position))
                        .orElse(NONE);
            }
        });
        int lines = 0;
        java.util.Map<String, List<String>> fresh = new java.util.HashMap<>();
        for (int position = 0; position < size; position++) {
            List<String>[] own = seeds[position];
            for (int i = 0; i < own.length; i++) {
                if (own[i] != null) {
                    lines++;
                    fresh.putIfAbsent(library.entry(position).related().get(i).headline(), own[i]);
                }
            }
        }
        return new LibraryResolutions(
                targets, learned, new ResolutionBasis(partial.changed(), earlier.learned(), stored.with(fresh)), lines);
    }

    /** What this resolution rests on: stored with its targets. */
    ResolutionBasis basis() {
        return basis;
    }

    /** How many lines were worked out rather than kept. */
    int linesResolved() {
        return linesResolved;
    }

    /** The wording the library taught, for a headline that is no entry's own related headline. */
    LearnedWording learned() {
        return learned;
    }

    /**
     * Where {@code related}, a related headline of {@code from}, resolves, when it is one of {@code from}'s own
     * (as the library holds it); null when it is not, so the caller works it out.
     */
    Optional<Integer> target(LibraryEntry from, RelatedHeadline related) {
        int position = from.position();
        if (position >= targets.length) {
            return null;
        }
        List<RelatedHeadline> own = from.related();
        for (int i = 0; i < own.size() && i < targets[position].length; i++) {
            if (own.get(i) == related || Objects.equals(own.get(i), related)) {
                int target = targets[position][i];
                return target == NONE ? Optional.empty() : Optional.of(target);
            }
        }
        return null;
    }
}
