package dev.lede.io;

import dev.lede.io.index.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * The stats of a large folder's entries, taken on two threads: the walk's and a helper that goes through
 * the same entries in the same order, at most {@value #AHEAD} ahead of the walk. Each entry is stated
 * once, by whichever thread claims it first; the walk waits only for an entry the helper is stating at
 * that moment. On an unchanged archive the stats are about half of {@code lede list}'s walk (README, "The
 * library index"). The helper gives up once the walk has not moved on for a second (a walk stopped early
 * is never told to close it); the walk then states the rest itself.
 */
final class StatAhead {

    /** A stat: the attributes (null when the entry vanished or cannot be read) and when it was taken. */
    record Stat(BasicFileAttributes attributes, long takenNanos) {

        static Stat of(Path path) {
            long taken = FileStamp.nowNanos(); // before the stat: a later change must show
            try {
                return new Stat(Files.readAttributes(path, BasicFileAttributes.class), taken);
            } catch (IOException e) {
                return new Stat(null, taken);
            }
        }
    }

    /** How many entries the helper may state beyond the walk's position: what it holds at most. */
    static final int AHEAD = 256;

    private static final long PATIENCE_NANOS = 1_000_000_000L;
    private static final int FREE = 0;
    private static final int CLAIMED = 1;
    private static final int DONE = 2;

    private final IntFunction<Path> paths;
    private final int end;
    private final AtomicIntegerArray states;
    private final Stat[] stats;
    private final int from;
    /** The walk's position: entries before it are taken. */
    private volatile int walked;

    /** States the entries {@code from} (inclusive) to {@code end} (exclusive), entry i at {@code paths.apply(i)}. */
    StatAhead(IntFunction<Path> paths, int from, int end) {
        this.paths = paths;
        this.from = from;
        this.end = end;
        this.walked = from;
        this.states = new AtomicIntegerArray(end - from);
        this.stats = new Stat[end - from];
        Thread helper = new Thread(this::run, "lede-stat");
        helper.setDaemon(true);
        helper.start();
    }

    /** The stat of entry {@code index} (at {@code path}), taken here unless the helper took it. */
    Stat take(int index, Path path) {
        int at = index - from;
        walked = index + 1;
        if (states.compareAndSet(at, FREE, CLAIMED)) {
            return Stat.of(path);
        }
        while (states.get(at) != DONE) {
            Thread.onSpinWait(); // the helper is in that very stat
        }
        Stat stat = stats[at];
        stats[at] = null;
        return stat != null ? stat : Stat.of(path);
    }

    private void run() {
        long idleSince = System.nanoTime();
        int seen = walked;
        for (int index = from; index < end; index++) {
            while (index - walked > AHEAD) {
                if (walked != seen) {
                    seen = walked;
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince > PATIENCE_NANOS) {
                    return;
                }
                LockSupport.parkNanos(100_000);
            }
            int at = index - from;
            if (states.compareAndSet(at, FREE, CLAIMED)) {
                Stat stat = null;
                try {
                    stat = Stat.of(paths.apply(index));
                } finally {
                    stats[at] = stat; // null on an unexpected failure: the walk states it again
                    states.set(at, DONE);
                }
            }
        }
    }
}
