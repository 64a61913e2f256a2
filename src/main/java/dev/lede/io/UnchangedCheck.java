// Over 250 lines: the walk merged with the stored stamps, one pass with its thread and its doubts.
package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import dev.lede.io.index.IndexException;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.IndexedInput;
import dev.lede.io.index.LibraryIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Whether the files the arguments name are exactly the inputs the library index holds under the scope,
 * each unchanged: the folder walk and the index's listing merged in file order (both come in it, see
 * {@link IndexScope}), the listing read on a thread of its own while the walk states the files, so that
 * nothing is held per file. Any doubt — a problem met walking, a file over the
 * size limit, a stamp too recent to vouch for the file, a file the merge did not find where it expected
 * it (a file named twice, overlapping folders, a name the two orders disagree on) — answers "changed",
 * and the caller loads as usual, which sorts it out. The stored inputs may also come from a copy of the
 * index's listing kept apart ({@link KeptListing}); one that cannot be read to its end answers "changed".
 */
final class UnchangedCheck {

    /** Inputs handed from the listing's thread to the walk at a time: one hand-over per file costs more than the stat. */
    private static final int CHUNK = 256;
    /** The listing's end (or failure), after its last chunk. */
    private static final List<IndexedInput> END = java.util.Collections.unmodifiableList(new ArrayList<>());

    /** The stored inputs' paths and stamps, in file order, to a visitor. */
    interface Stamps {
        void each(java.util.function.Consumer<IndexedInput> visitor);
    }

    private final Stamps stamps;
    private final LoadOptions options;
    private final BlockingQueue<List<IndexedInput>> listed = new ArrayBlockingQueue<>(4);
    private volatile boolean stopped;
    private volatile IndexException failure;
    /** The stored inputs could not be read to their end (a kept copy damaged): "changed". */
    private volatile boolean unreadable;

    private UnchangedCheck(Stamps stamps, LoadOptions options) {
        this.stamps = stamps;
        this.options = options;
    }

    private UnchangedCheck(LibraryIndex index, IndexScope scope, LoadOptions options) {
        this(visitor -> index.listStamps(scope, visitor), options);
    }

    /**
     * Whether every file is as the index holds it, the files as {@code walk} (started on the same arguments
     * and options) states them.
     *
     * @throws IndexException when the index cannot be read (the caller goes on without it)
     */
    static boolean unchanged(WalkAhead walk, LoadOptions options, LibraryIndex index, IndexScope scope) {
        return new UnchangedCheck(index, scope, options).run(walk::replay);
    }

    /** Whether every file is as {@code stamps} holds it, the files as {@code walk} states them. */
    static boolean unchanged(WalkAhead walk, LoadOptions options, Stamps stamps) {
        return new UnchangedCheck(stamps, options).run(walk::replay);
    }

    /**
     * Whether every file is as the index holds it.
     *
     * @throws IndexException when the index cannot be read (the caller goes on without it)
     */
    static boolean unchanged(List<String> arguments, LoadOptions options, LibraryIndex index, IndexScope scope) {
        return of(index, scope, options).unchanged(arguments);
    }

    /** A check that {@link #stop} can end from another thread. */
    static UnchangedCheck of(LibraryIndex index, IndexScope scope, LoadOptions options) {
        return new UnchangedCheck(index, scope, options);
    }

    /**
     * Whether every file is as the index holds it; false once {@link #stop}ped.
     *
     * @throws IndexException when the index cannot be read (the caller goes on without it)
     */
    boolean unchanged(List<String> arguments) {
        return run(merge -> InputWalk.walk(arguments, options, merge));
    }

    /**
     * Ends the check early, its answer "changed": the listing lets go of the index at once (it holds the
     * index's lock while it waits for the walk, which sorts each folder's names first: seconds on a million
     * files), the walk at its next file.
     */
    void stop() {
        stopped = true;
        listed.clear();
    }

    /** A walk of the files in load order, handed to the merge; false when the merge stopped it. */
    interface Walk {
        boolean walk(Merge merge);
    }

    /** Whether every file {@code walk} hands to the merge is as the index holds it. */
    boolean run(Walk walk) {
        Thread listing = new Thread(this::list, "lede-index-check");
        listing.setDaemon(true);
        listing.start();
        Merge merge = new Merge();
        boolean unchanged = walk.walk(merge) && merge.clean && !stopped && merge.atEnd();
        stopped = true;
        listed.clear(); // the listing may wait to hand over a chunk: it sees the stop once there is room
        try {
            listing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        return unchanged && !unreadable;
    }

    /** The stored inputs' paths and stamps, in order and in chunks; then {@link #END}. */
    private void list() {
        List<IndexedInput> chunk = new ArrayList<>(CHUNK);
        try {
            stamps.each(input -> {
                chunk.add(input);
                if (chunk.size() == CHUNK) {
                    handOver(List.copyOf(chunk));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                handOver(List.copyOf(chunk));
            }
            handOver(END);
        } catch (Stopped e) {
            // the walk found a change and wants no more
        } catch (IndexException e) {
            failure = e;
            endAfterFailure();
        } catch (RuntimeException e) {
            unreadable = true;
            endAfterFailure();
        }
    }

    private void endAfterFailure() {
        try {
            handOver(END);
        } catch (Stopped stopped) {
            // the walk is over already
        }
    }

    private void handOver(List<IndexedInput> chunk) {
        try {
            while (!stopped) {
                if (listed.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            throw new Stopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Ends the listing early, through the index's visitor: the walk has found a change. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The walk's side of the merge: each file against the next stored input. */
    final class Merge implements InputWalk.Visitor, WalkAhead.Visitor {

        boolean clean = true;
        private List<IndexedInput> chunk = List.of();
        private int at;
        private boolean ended;

        @Override
        public boolean file(Path file, String name, FileStamp stamp) {
            return stated(file, file.toAbsolutePath().normalize().toString(), stamp);
        }

        @Override
        public boolean stated(Path file, String absolute, FileStamp stamp) {
            if (stopped) {
                return false;
            }
            IndexedInput stored = next();
            if (stored == null || !stored.path().equals(absolute)) {
                return false;
            }
            try {
                FileStamp now = stamp != null ? stamp : FileStamp.of(file);
                // A file now over the size limit is read, so that it is skipped as it would be without the index.
                return LibraryIndex.unchanged(stored.stamp(), now) && now.size() <= options.maxSize();
            } catch (IOException | SecurityException e) {
                return false;
            }
        }

        @Override
        public void problem(Problem problem) {
            clean = false;
        }

        /** Whether the listing holds nothing more: no file vanished from it. */
        boolean atEnd() {
            return next() == null;
        }

        private IndexedInput next() {
            while (at == chunk.size()) {
                if (ended) {
                    return null;
                }
                List<IndexedInput> taken;
                try {
                    taken = listed.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    taken = null;
                    stopped = true;
                }
                if (taken == null) {
                    if (stopped) { // the listing hands over nothing more once stopped
                        ended = true;
                        return null;
                    }
                    continue;
                }
                chunk = taken;
                at = 0;
                ended = chunk == END;
            }
            return chunk.get(at++);
        }
    }
}
