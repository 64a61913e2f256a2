package dev.lede.core.library;

import java.util.Set;

/**
 * What a library's resolution rests on, stored with it (the library index's {@code libraries} row): how many
 * articles were added or removed since the last resolution of every line from scratch (0 for one that was), and
 * the wording that full resolution learned ({@link LearnedWording}, as "line term~article word" pairs), which a
 * resolution of only what changed uses again rather than reading every line to learn it anew, and each line's
 * seeds ({@link LineSignatures}), which tell the lines an added or removed article may answer otherwise.
 */
public record ResolutionBasis(int changedSinceFull, Set<String> learned, LineSignatures signatures) {

    /**
     * Beyond this share of the library's articles added or removed since the last full resolution, the next
     * resolution is a full one: the lines to resolve again then approach all of them, and word weights and learned
     * wording drift further from what the library as it is would give (docs/performance.md, "Resolving only
     * what changed").
     */
    public static final double FULL_SHARE = 0.10;

    /** A resolution stored without what it rests on: the next one resolves every line. */
    public static final ResolutionBasis NOTHING_KEPT = new ResolutionBasis(0, Set.of(), LineSignatures.NONE);

    public ResolutionBasis {
        learned = Set.copyOf(learned);
        signatures = signatures == null ? LineSignatures.NONE : signatures;
        if (changedSinceFull < 0) {
            throw new IllegalArgumentException("a negative count of changes");
        }
    }

    /** Whether a library of {@code size} articles, {@code changed} of them changed since the last full resolution, needs a full one. */
    static boolean needsFull(int changed, int size) {
        return changed > FULL_SHARE * size;
    }
}
