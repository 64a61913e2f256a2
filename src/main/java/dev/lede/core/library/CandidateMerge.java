package dev.lede.core.library;

import java.util.Arrays;

/**
 * The entries in any seed posting list (and, when the headline names someone, in the rarest name's
 * list too), each once, in ascending position: a merge of the sorted lists, so no per-query table.
 * {@link #seed()} tells the first seed list the last entry came from, which settles ties as the
 * order "all of the rarest word's entries first" would.
 */
final class CandidateMerge {
    private final IntList[] seeds;
    private final int[] ends;
    private final int[] at;
    private final IntList names;
    private final int namesEnd;
    private int namesAt;
    private int seed;

    /** A query's candidates in ascending position, each with its {@link #seed()}; the first {@code count} hold. */
    record Candidates(int[] positions, int[] seeds, int count) {}

    /**
     * The candidates of a query: the entries in the postings of its {@code seedTerms} rarest words (ids
     * {@code seedIds}) that hold every required name ({@code names}, ids), since a rewrite keeps every
     * name and another person's story is another story.
     */
    static Candidates collect(TermIndex index, int[] seedIds, int seedTerms, int[] names, int limit) {
        IntList[] rarestName = index.rarest(names, 1, limit);
        CandidateMerge merge = new CandidateMerge(
                index.rarest(seedIds, seedTerms, limit), rarestName.length == 0 ? null : rarestName[0], limit);
        int[] candidates = new int[16];
        int[] seeds = new int[16];
        int count = 0;
        for (int position = merge.next(); position >= 0; position = merge.next()) {
            if (count == candidates.length) {
                candidates = Arrays.copyOf(candidates, count * 2);
                seeds = Arrays.copyOf(seeds, count * 2);
            }
            candidates[count] = position;
            seeds[count++] = merge.seed();
        }
        for (int name : names) {
            count = index.keepHolding(name, candidates, seeds, count, limit);
        }
        return new Candidates(candidates, seeds, count);
    }

    CandidateMerge(IntList[] seeds, IntList names, int limit) {
        this.seeds = seeds;
        this.ends = new int[seeds.length];
        this.at = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            ends[i] = seeds[i].countBelow(limit);
        }
        this.names = names;
        this.namesEnd = names == null ? 0 : names.countBelow(limit);
    }

    /** The next candidate position, or -1 when there are no more. */
    int next() {
        return names == null ? nextOfSeeds() : nextWithName();
    }

    /**
     * Led by the name's list, usually far shorter than the seed lists: each of its entries is looked up in
     * the seed lists (galloping), and a miss lets the name's list jump to the lowest seed entry left.
     */
    private int nextWithName() {
        while (namesAt < namesEnd) {
            int target = names.get(namesAt);
            int lowest = Integer.MAX_VALUE;
            seed = -1;
            for (int i = 0; i < seeds.length; i++) {
                at[i] = seeds[i].seek(at[i], ends[i], target);
                if (at[i] < ends[i]) {
                    int value = seeds[i].get(at[i]);
                    if (value == target && seed < 0) {
                        seed = i;
                    }
                    lowest = Math.min(lowest, value);
                }
            }
            if (seed >= 0) {
                namesAt++;
                return target;
            }
            if (lowest == Integer.MAX_VALUE) {
                return -1; // every seed list is used up
            }
            namesAt = names.seek(namesAt + 1, namesEnd, lowest);
        }
        return -1;
    }

    private int nextOfSeeds() {
        while (true) {
            int lowest = Integer.MAX_VALUE;
            for (int i = 0; i < seeds.length; i++) {
                if (at[i] < ends[i]) {
                    lowest = Math.min(lowest, seeds[i].get(at[i]));
                }
            }
            if (lowest == Integer.MAX_VALUE) {
                return -1;
            }
            seed = -1;
            for (int i = seeds.length - 1; i >= 0; i--) {
                if (at[i] < ends[i] && seeds[i].get(at[i]) == lowest) {
                    at[i]++;
                    seed = i;
                }
            }
            return lowest;
        }
    }

    /** The rarest seed list (0 = rarest) that holds the position {@link #next()} returned last. */
    int seed() {
        return seed;
    }
}
