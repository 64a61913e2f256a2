package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.BodySearch;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reader's search through the library index, on a connection of its own: the loader keeps writing
 * on its connection while the reader searches, and neither waits for the other's statements (WAL). The
 * connection is opened at the first search. If the index stops answering, that is said once and search
 * finds nothing more (the reader's list and articles are not affected).
 */
public final class IndexBodySearch implements BodySearch, AutoCloseable {

    private final Supplier<Optional<LibraryIndex>> opening;
    private final Consumer<String> warnings;
    private volatile LibraryIndex index;
    private boolean failed;

    /** @param opening opens another connection to the same index file */
    public IndexBodySearch(Supplier<Optional<LibraryIndex>> opening, Consumer<String> warnings) {
        this.opening = opening;
        this.warnings = warnings;
    }

    @Override
    public synchronized List<ArticleId> search(String query, int limit) {
        if (failed) {
            return List.of();
        }
        try {
            if (index == null) {
                index = opening.get().orElse(null);
                if (index == null) {
                    failed = true;
                    return List.of();
                }
            }
            // Unscoped: the library keeps only its own ids, and this is several times faster (see searchIds).
            return index.searchIds(query, limit);
        } catch (IndexException e) {
            failed = true;
            warnings.accept("lede: " + e.getMessage() + "; search finds nothing more in this run");
            return List.of();
        }
    }

    /** Not synchronized: it reaches a search in progress on another thread, which then finds nothing. */
    @Override
    public void cancel() {
        LibraryIndex open = index;
        if (open != null) {
            open.interruptSearch();
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
        failed = true;
    }
}
