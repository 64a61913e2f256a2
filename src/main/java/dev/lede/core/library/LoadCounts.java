package dev.lede.core.library;

/**
 * How the inputs read so far fared, counted apart: an input is skipped when it gave no article, read
 * with warnings when it gave articles and problems, and merged when an article it gave was already in
 * the library (from another input, or earlier in the same one). One input may be both warned and merged.
 */
public record LoadCounts(int skipped, int warned, int merged) {

    public static final LoadCounts NONE = new LoadCounts(0, 0, 0);

    /** True when every input gave its articles without a word to say. */
    public boolean isClean() {
        return skipped == 0 && warned == 0 && merged == 0;
    }

    LoadCounts plus(int moreSkipped, int moreWarned, int moreMerged) {
        return new LoadCounts(skipped + moreSkipped, warned + moreWarned, merged + moreMerged);
    }
}
