package dev.lede.io.index;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A connection to the library index for one reader-side use (search, the rows' ledes), apart from the
 * loader's: WAL lets each read while the loader writes, and neither waits for the other's statements.
 * Opened at the first use; if the index stops answering, that is said once and every later use gets
 * the fallback. Callers serialise their uses.
 */
final class OwnConnection implements AutoCloseable {

    private final Supplier<Optional<LibraryIndex>> opening;
    private final Consumer<String> warnings;
    private final String afterFailure;
    private volatile LibraryIndex index;
    private boolean failed;

    /**
     * @param opening      opens another connection to the same index file
     * @param afterFailure what the user loses when it fails, ending the warning line
     */
    OwnConnection(Supplier<Optional<LibraryIndex>> opening, Consumer<String> warnings, String afterFailure) {
        this.opening = opening;
        this.warnings = warnings;
        this.afterFailure = afterFailure;
    }

    /** What {@code query} gives on the connection, or {@code fallback} when there is none or it failed. */
    <T> T use(Function<LibraryIndex, T> query, T fallback) {
        if (failed) {
            return fallback;
        }
        try {
            if (index == null) {
                index = opening.get().orElse(null);
                if (index == null) {
                    failed = true;
                    return fallback;
                }
            }
            return query.apply(index);
        } catch (IndexException e) {
            failed = true;
            warnings.accept("lede: " + e.getMessage() + "; " + afterFailure);
            return fallback;
        }
    }

    /** The open connection, for reaching a statement in progress from another thread; null when none is open. */
    LibraryIndex current() {
        return index;
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
            index = null;
        }
        failed = true;
    }
}
