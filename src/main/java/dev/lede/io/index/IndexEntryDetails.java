package dev.lede.io.index;

import dev.lede.core.library.EntryDetails;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ledes and related headlines of a library listed {@linkplain LibraryIndex#listHeadlines headlines
 * only}, read by row when the reader draws one: on a connection of its own, opened at the first read, as
 * the loader and the search keep theirs busy on other threads. The last row read is kept, since a frame
 * asks for the same entry's lede, related headlines and targets several times. If the index stops
 * answering, that is said once and entries show no lede and no related headlines from then on.
 */
public final class IndexEntryDetails implements EntryDetails, AutoCloseable {

    private final Supplier<Optional<LibraryIndex>> opening;
    private final IndexScope scope;
    private final Consumer<String> warnings;
    private LibraryIndex index;
    private boolean failed;
    private long lastRow = -1;
    private Details last;

    /** @param opening opens another connection to the same index file */
    public IndexEntryDetails(Supplier<Optional<LibraryIndex>> opening, IndexScope scope, Consumer<String> warnings) {
        this.opening = opening;
        this.scope = scope;
        this.warnings = warnings;
    }

    @Override
    public synchronized Details of(long row) {
        if (row == lastRow) {
            return last;
        }
        if (failed) {
            return Details.NONE;
        }
        try {
            if (index == null) {
                index = opening.get().orElse(null);
                if (index == null) {
                    failed = true;
                    return Details.NONE;
                }
            }
            last = index.details(scope, row).orElse(Details.NONE);
            lastRow = row;
            return last;
        } catch (IndexException e) {
            failed = true;
            warnings.accept("lede: " + e.getMessage() + "; ledes and related headlines are not shown any more in this run");
            return Details.NONE;
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
        failed = true;
        lastRow = -1;
    }
}
