package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.BodySearch;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reader's search through the library index, on a connection of its own ({@link OwnConnection})
 * opened at the first search. If the index stops answering, that is said once and search finds nothing
 * more (the reader's list and articles are not affected).
 */
public final class IndexBodySearch implements BodySearch, AutoCloseable {

    private final OwnConnection connection;

    /** @param opening opens another connection to the same index file */
    public IndexBodySearch(Supplier<Optional<LibraryIndex>> opening, Consumer<String> warnings) {
        this.connection = new OwnConnection(opening, warnings, "search finds nothing more in this run");
    }

    @Override
    public synchronized List<ArticleId> search(String query, int limit) {
        // Unscoped: the library keeps only its own ids, and this is several times faster (see searchIds).
        return connection.use(index -> index.searchIds(query, limit), List.of());
    }

    /** Not synchronized: it reaches a search in progress on another thread, which then finds nothing. */
    @Override
    public void cancel() {
        LibraryIndex open = connection.current();
        if (open != null) {
            open.interruptSearch();
        }
    }

    @Override
    public synchronized void close() {
        connection.close();
    }
}
