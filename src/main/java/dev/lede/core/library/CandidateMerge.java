package dev.lede.core.library;

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
