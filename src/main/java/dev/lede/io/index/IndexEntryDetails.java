package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.EntryDetails;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The headlines, ledes and related headlines of a library listed {@linkplain LibraryIndex#listKeptApart
 * without them}, read by row when the reader draws one, on a connection of its own ({@link OwnConnection}) opened
 * at the first read. The last row read is kept, since a frame asks for the same entry's lede, related
 * headlines and targets several times. If the index stops answering, that is said once and entries show
 * no lede and no related headlines from then on.
 */
public final class IndexEntryDetails implements EntryDetails, AutoCloseable {

    private final OwnConnection connection;
    private final IndexScope scope;
    /** Set as {@link #close} begins: a stream over every row in progress stops at its next row. */
    private volatile boolean closing;

    private long lastRow = -1;
    private Details last;

    /** @param opening opens another connection to the same index file */
    public IndexEntryDetails(Supplier<Optional<LibraryIndex>> opening, IndexScope scope, Consumer<String> warnings) {
        this.connection =
                new OwnConnection(opening, warnings, "ledes and related headlines are not shown any more in this run");
        this.scope = scope;
    }

    /**
     * Opens the connection now, on the caller's thread (the loader's), so that the reader's first frame,
     * which draws a lede, does not open it on the thread that owns the screen.
     */
    public synchronized void open() {
        connection.use(
                index -> {
                    index.cacheAtMost(CACHE_KIB);
                    return index;
                },
                null);
    }

    /**
     * The page cache of this connection, in KiB: rows are read one at a time and the stories' targets
     * streamed once, so SQLite's 2 MB of cached pages bought nothing but the reader's peak memory.
     */
    static final int CACHE_KIB = 256;

    @Override
    public synchronized Details of(long row) {
        if (row != lastRow) {
            last = connection.use(index -> index.details(scope, row).orElse(Details.NONE), Details.NONE);
            lastRow = row;
        }
        return last;
    }

    @Override
    public synchronized String headline(long row) {
        return connection.use(index -> index.headline(row), null);
    }

    @Override
    public synchronized boolean eachHeadline(BiConsumer<Long, String> visitor) {
        try {
            return connection.use(
                    index -> {
                        index.eachHeadline(scope, untilClosing(visitor));
                        return true;
                    },
                    false);
        } catch (Closing e) {
            return false;
        }
    }

    @Override
    public synchronized boolean eachTargets(BiConsumer<Long, List<ArticleId>> visitor) {
        try {
            return connection.use(index -> index.eachTargets(scope, untilClosing(visitor)), false);
        } catch (Closing e) {
            return false;
        }
    }

    /**
     * Closes the connection once a stream in progress has stopped. The stream stops at its next row rather
     * than running to its end: the stories of a million articles stream six million targets for seconds,
     * and quitting waited for them with the terminal already given back.
     */
    @Override
    public void close() {
        closing = true;
        synchronized (this) {
            connection.close();
            lastRow = -1;
        }
    }

    private <T> BiConsumer<Long, T> untilClosing(BiConsumer<Long, T> visitor) {
        return (row, value) -> {
            if (closing) {
                throw new Closing();
            }
            visitor.accept(row, value);
        };
    }

    /** Ends a stream over the rows when {@link #close} is called meanwhile. */
    private static final class Closing extends RuntimeException {
        Closing() {
            super(null, null, false, false);
        }
    }
}
