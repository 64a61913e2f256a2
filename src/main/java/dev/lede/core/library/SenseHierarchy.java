package dev.lede.core.library;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * WordNet's senses one step up and one step down from each sense (its hypernyms and hyponyms: "choose" is
 * broader than "elect", "sack" narrower than "dismiss"), as two compact adjacency arrays built from the
 * broader senses the table stores: a rewrite often says the more general or the more particular word. Also each
 * sense's narrow family: the senses under a broader sense that holds few ("reminisce" and "look back" are the two ways
 * to "remember" the past), where a rewrite often says the sister word.
 */
final class SenseHierarchy {

    /**
     * The most senses a broader sense may hold, itself and every sense under it, for them to be one narrow family.
     * Eight is an information content of 0.78 or more in Seco, Veale and Hayes' intrinsic measure (2004: one less the
     * log of a sense's descendants over the log of all of WordNet 3.1's 13,789 verb senses), chosen on the curve over
     * every evaluation set (docs/related-matching.md, "Resolver version 21"): ten lets a decoy's "settle their feud"
     * pass for "a long-running feud", fifteen seven decoys more; three and five find fewer rewrites and no fewer
     * decoys.
     */
    static final int NARROW_FAMILY = 8;

    /** Where each sense's broader senses start in {@link #broader}; the last holds their count. */
    private final int[] broaderStart;

    private final int[] broader;
    /** Where each sense's narrower senses start in {@link #narrower}; the last holds their count. */
    private final int[] narrowerStart;

    private final int[] narrower;

    private SenseHierarchy(int[] broaderStart, int[] broader, int[] narrowerStart, int[] narrower) {
        this.broaderStart = broaderStart;
        this.broader = broader;
        this.narrowerStart = narrowerStart;
        this.narrower = narrower;
    }

    /**
     * The hierarchy from each sense's broader senses ({@code broader} from {@code broaderStart[sense]} to
     * {@code broaderStart[sense + 1]}); the narrower ones are their inverse.
     */
    static SenseHierarchy of(int[] broaderStart, int[] broader) {
        int senses = broaderStart.length - 1;
        int[] narrowerStart = new int[senses + 1];
        for (int up : broader) {
            narrowerStart[up + 1]++;
        }
        for (int s = 0; s < senses; s++) {
            narrowerStart[s + 1] += narrowerStart[s];
        }
        int[] narrower = new int[broader.length];
        int[] filled = new int[senses];
        for (int s = 0; s < senses; s++) {
            for (int i = broaderStart[s]; i < broaderStart[s + 1]; i++) {
                int up = broader[i];
                narrower[narrowerStart[up] + filled[up]++] = s;
            }
        }
        return new SenseHierarchy(broaderStart, broader, narrowerStart, narrower);
    }

    /** Calls {@code each} with every sense one step broader or narrower than {@code sense}. */
    void forNeighbours(int sense, IntConsumer each) {
        for (int i = broaderStart[sense]; i < broaderStart[sense + 1]; i++) {
            each.accept(broader[i]);
        }
        for (int i = narrowerStart[sense]; i < narrowerStart[sense + 1]; i++) {
            each.accept(narrower[i]);
        }
    }

    /**
     * Calls {@code each} with every sense of each narrow family {@code sense} belongs to: under a broader sense that
     * holds at most {@link #NARROW_FAMILY} senses, that broader sense itself included. A broad one ("change", "move",
     * "communicate") holds hundreds, and its members share little more than a part of speech.
     */
    void forNarrowFamily(int sense, IntConsumer each) {
        for (int i = broaderStart[sense]; i < broaderStart[sense + 1]; i++) {
            int[] family = below(broader[i], NARROW_FAMILY);
            if (family != null) {
                for (int member : family) {
                    each.accept(member);
                }
            }
        }
    }

    /** Calls {@code each} with every other sense one step under a sense one step broader than {@code sense}. */
    void forSisters(int sense, IntConsumer each) {
        for (int i = broaderStart[sense]; i < broaderStart[sense + 1]; i++) {
            int up = broader[i];
            for (int j = narrowerStart[up]; j < narrowerStart[up + 1]; j++) {
                if (narrower[j] != sense) {
                    each.accept(narrower[j]);
                }
            }
        }
    }

    /** Whether {@code ancestor} is {@code sense} or a sense any number of steps broader. */
    boolean isUnder(int sense, int ancestor) {
        if (sense == ancestor) {
            return true;
        }
        for (int i = broaderStart[sense]; i < broaderStart[sense + 1]; i++) {
            if (isUnder(broader[i], ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** {@code top} and every sense under it, or null when they are more than {@code most}. */
    private int[] below(int top, int most) {
        int[] found = new int[most + 1];
        int count = 0;
        found[count++] = top;
        for (int next = 0; next < count; next++) {
            int at = found[next];
            for (int i = narrowerStart[at]; i < narrowerStart[at + 1]; i++) {
                int down = narrower[i];
                if (!contains(found, count, down)) {
                    if (count == most) {
                        return null;
                    }
                    found[count++] = down;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean contains(int[] senses, int count, int sense) {
        for (int i = 0; i < count; i++) {
            if (senses[i] == sense) {
                return true;
            }
        }
        return false;
    }
}
