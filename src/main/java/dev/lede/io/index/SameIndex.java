package dev.lede.io.index;

import java.util.Optional;

/**
 * A connection opened for the reader's own use (search, the rows' ledes) must reach the index its library was
 * loaded from: should the cache folder be deleted while lede runs (README, "Cache": safe at any time), opening
 * the same path makes a new, empty index, where every search would find nothing without a word. The index's
 * own number ({@link LibraryIndex#instance}) tells the two apart.
 */
public final class SameIndex {

    private SameIndex() {}

    /**
     * {@code opened} when it is the index numbered {@code loaded} (or nothing was loaded yet: 0); else closed and
     * refused with an {@link IndexException} that names it, which the connection's user says once.
     */
    public static Optional<LibraryIndex> check(Optional<LibraryIndex> opened, int loaded) {
        if (loaded == 0 || opened.isEmpty() || opened.get().instance() == loaded) {
            return opened;
        }
        LibraryIndex other = opened.get();
        other.close();
        throw new IndexException(
                other.file() + ": deleted or replaced while lede ran (start lede again to rebuild it)", null);
    }
}
