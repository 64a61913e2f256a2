package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.parse.Parsed;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Writes to the index, all in one transaction; close without {@link #commit()} to drop them. */
public final class IndexBatch implements AutoCloseable {

    private boolean changed;
    private boolean open = true;
    /** The paths this batch changed: only the libraries that hold one of them lose their resolutions. */
    private final Set<String> touched = new HashSet<>();

    private final LibraryIndex lock;
    private final IndexDatabase database;
    private final InputRows inputs;

    /** Opened by {@link LibraryIndex#batch()}, inside its transaction; every write holds the index's lock. */
    IndexBatch(LibraryIndex lock, IndexDatabase database, InputRows inputs) {
        this.lock = lock;
        this.database = database;
        this.inputs = inputs;
    }

    /**
     * Stores what parsing one input found, replacing what was stored for its path.
     *
     * @param stamp  the file's stamp taken before it was read
     * @param name   the name the input was parsed under: problems that name it are stored relative to it
     * @param ledes  the lede to keep for an article (the library keeps them cut short)
     */
    public void put(String path, FileStamp stamp, String name, Parsed parsed, Function<Article, String> ledes) {
        synchronized (lock) {
            try {
                touched.add(path);
                inputs.put(path, stamp, name, parsed, ledes);
                changed = true;
            } catch (SQLException e) {
                throw database.failure("cannot be written", e);
            }
        }
    }

    /** Forgets an input that vanished. */
    public void remove(String path) {
        synchronized (lock) {
            try {
                changed |= inputs.delete(path);
                touched.add(path);
            } catch (SQLException e) {
                throw database.failure("cannot be written", e);
            }
        }
    }

    /**
     * Keeps what was stored for a file that was renamed (same identity and stamp at a new path) under its
     * new path, without parsing it again. False when nothing was stored at {@code from}.
     */
    public boolean move(String from, String to) {
        synchronized (lock) {
            try {
                boolean moved = inputs.move(from, to);
                changed |= moved;
                touched.add(from);
                touched.add(to);
                return moved;
            } catch (SQLException e) {
                throw database.failure("cannot be written", e);
            }
        }
    }

    /**
     * Makes everything in this batch durable at once; the resolutions of every library holding a path it
     * changed are stale from here on, while other libraries' stay current (a file opened once elsewhere
     * must not cost the main library its resolutions).
     */
    public void commit() {
        synchronized (lock) {
            try {
                if (changed) {
                    inputs.changed(touched);
                }
                database.commit();
                open = false;
            } catch (SQLException e) {
                throw database.failure("cannot be written", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (open) {
                open = false;
                database.rollbackQuietly();
            }
        }
    }
}
