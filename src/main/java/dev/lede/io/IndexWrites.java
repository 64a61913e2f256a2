package dev.lede.io;

import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.parse.Parsed;
import dev.lede.io.index.FileStamp;
import dev.lede.io.index.IndexBatch;
import dev.lede.io.index.IndexException;
import dev.lede.io.index.LibraryIndex;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What one {@link IndexedLoad} writes to the library index (files parsed, moved or gone), in transactions
 * that stay short. Used by one thread at a time: the index's writer thread ({@link OrderedWorker}) while
 * files are parsed, the loading thread once it has finished. Once the index has failed, nothing is written.
 */
final class IndexWrites {

    /**
     * Files stored per transaction, and the longest a transaction stays open, so other processes get turns
     * (a writer waits up to {@code LibraryIndex.BUSY_TIMEOUT_MILLIS}, 3 s). Each commit flushes the search
     * index's pending terms into a new segment that later merges rewrite: a first run on 10,000 files took
     * 10–12 s with 256 files or 200 ms per transaction and 5 s with these (bench/README, P0c).
     */
    static final int BATCH_FILES = 4096;

    static final long BATCH_NANOS = 1_000_000_000L;

    private final LibraryIndex index;
    private final BooleanSupplier failed;
    private final Consumer<IndexException> failing;

    /** The open transaction, or null. */
    private IndexBatch batch;

    private int batchFiles;
    private long batchStarted;

    /**
     * @param failed  whether the index has failed (then nothing is written)
     * @param failing told when a write fails; it calls {@link #abandon}
     */
    IndexWrites(LibraryIndex index, BooleanSupplier failed, Consumer<IndexException> failing) {
        this.index = index;
        this.failed = failed;
        this.failing = failing;
    }

    /**
     * Stores what a file's parse found under the stamp taken before it was read. An input that gave no
     * article is stored (with the problem that says why) only when that follows from its bytes (empty,
     * binary, nothing a parser could read): one skipped for its size, its parse time, the memory or a read
     * error is read again next time, as the next run may not share the reason. Stored, an unchanged folder
     * that holds such a file is found unchanged, and its line is said again from the index.
     */
    void store(String key, FileStamp stamp, String name, Parsed parsed) {
        if (key == null || parsed.articles().isEmpty() && !parsed.lasting()) {
            return;
        }
        write(batch -> batch.put(key, stamp, name, parsed, LibraryBuilder::keptLede));
        if (batchFiles >= BATCH_FILES || System.nanoTime() - batchStarted >= BATCH_NANOS) {
            commit();
        }
    }

    /** The rows stored under {@code from} now belong to the file at {@code to} (renamed or moved). */
    void move(String from, String to) {
        write(batch -> batch.move(from, to));
    }

    /** The file stored under {@code path} is gone. */
    void remove(String path) {
        write(batch -> batch.remove(path));
    }

    void commit() {
        if (batch == null) {
            return;
        }
        try {
            batch.commit();
        } catch (IndexException e) {
            failing.accept(e);
        } finally {
            abandon();
        }
    }

    /** Closes the open transaction, if any, without committing it. */
    void abandon() {
        if (batch != null) {
            batch.close();
            batch = null;
        }
    }

    private void write(Consumer<IndexBatch> change) {
        if (failed.getAsBoolean()) {
            return;
        }
        try {
            if (batch == null) {
                batch = index.batch();
                batchFiles = 0;
                batchStarted = System.nanoTime();
            }
            change.accept(batch);
            batchFiles++;
        } catch (IndexException e) {
            failing.accept(e);
        }
    }
}
