package dev.lede.core.library;

/**
 * Index rows each packed with a number of ours (a position, an index) in one long, the row above
 * {@link #INDEX_BITS}, and sorted by row: a map of boxed rows for 100,000 entries outlived a young
 * collection and stayed in the reader's heap, this array is 8 bytes a row.
 */
final class PackedRows {

    /** Numbers fit in this many low bits (up to two million); rows in the bits above (below 2^42). */
    static final int INDEX_BITS = 21;

    private PackedRows() {}

    /** Whether {@code row} and {@code index} can be packed together. */
    static boolean fits(long row, int index) {
        return row >= 0 && row < 1L << (63 - INDEX_BITS) && index >= 0 && index < 1 << INDEX_BITS;
    }

    static long pack(long row, int index) {
        return row << INDEX_BITS | index;
    }

    /** The number packed with {@code row} in {@code sorted} (ascending), or -1 when no element has that row. */
    static int find(long[] sorted, long row) {
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long at = sorted[middle] >>> INDEX_BITS;
            if (at < row) {
                low = middle + 1;
            } else if (at > row) {
                high = middle - 1;
            } else {
                return (int) (sorted[middle] & ((1 << INDEX_BITS) - 1));
            }
        }
        return -1;
    }
}
