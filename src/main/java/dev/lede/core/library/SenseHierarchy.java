package dev.lede.core.library;

/**
 * WordNet's senses one step up and one step down from each sense (its hypernyms and hyponyms: "choose" is
 * broader than "elect", "sack" narrower than "dismiss"), as two compact adjacency arrays built from the
 * broader senses the table stores: a rewrite often says the more general or the more particular word.
 */
final class SenseHierarchy {

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
    void forNeighbours(int sense, java.util.function.IntConsumer each) {
        for (int i = broaderStart[sense]; i < broaderStart[sense + 1]; i++) {
            each.accept(broader[i]);
        }
        for (int i = narrowerStart[sense]; i < narrowerStart[sense + 1]; i++) {
            each.accept(narrower[i]);
        }
    }
}
