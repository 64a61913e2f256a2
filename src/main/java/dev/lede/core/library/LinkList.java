package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Links in chunks that are never copied, each source given once for its run of targets: 100,000
 * articles have about 600,000, and two lists of positions grown by copying left three times their
 * size of arrays behind, which outlived young collections and stayed in the reader's heap. A run is one
 * int, its source and its length together.
 */
final class LinkList {
    private static final int CHUNK = 8192;
    /** Targets in three bytes each (positions below 16 million, as {@link #MOST_SOURCES}): a quarter less than ints. */
    private final TargetChunks targets = new TargetChunks();
    /** Per run of links from one source: the source above {@link #RUN_BITS}, below them how many targets follow, less one. */
    private final IntChunks runs = new IntChunks();

    private static final int RUN_BITS = 8;
    /** The longest run; a source with more links has several. */
    private static final int LONGEST_RUN = 1 << RUN_BITS;
    /** Sources fit in the 24 bits above a run's length: libraries of up to 16 million articles. */
    static final int MOST_SOURCES = 1 << (32 - RUN_BITS);

    private int lastSource = -1;
    private int runCount;

    void add(int source, int target) {
        if (source >= MOST_SOURCES) {
            throw new IllegalArgumentException("more articles than links can be held for: " + source);
        }
        if (source != lastSource || runCount == LONGEST_RUN) {
            finishRun();
            lastSource = source;
        }
        targets.add(target);
        runCount++;
    }

    private void finishRun() {
        if (runCount > 0) {
            runs.add(lastSource << RUN_BITS | (runCount - 1));
        }
        runCount = 0;
    }

    int size() {
        return targets.size;
    }

    void each(LinkVisitor visitor) {
        finishRun();
        int link = 0;
        for (int run = 0; run < runs.size; run++) {
            int packed = runs.get(run);
            int source = packed >>> RUN_BITS;
            for (int end = link + (packed & (LONGEST_RUN - 1)) + 1; link < end; link++) {
                visitor.link(source, targets.get(link));
            }
        }
    }

    /**
     * The sources of the links to {@code target}, in the order they were added: one pass over every link,
     * byte by byte (no call per link): about 2 ms for 600,000 on this machine with the launchers' JIT.
     */
    IntList sourcesOf(int target) {
        finishRun();
        IntList out = new IntList();
        byte high = (byte) (target >>> 16);
        byte middle = (byte) (target >>> 8);
        byte low = (byte) target;
        int run = -1;
        int runEnd = 0; // the link after the current run's last
        int link = 0;
        for (byte[] chunk : targets.chunks) {
            int end = 3 * Math.min(CHUNK, targets.size - link);
            for (int at = 0; at < end; at += 3, link++) {
                if (chunk[at + 2] == low && chunk[at + 1] == middle && chunk[at] == high) {
                    while (link >= runEnd) {
                        runEnd += (runs.get(++run) & (LONGEST_RUN - 1)) + 1;
                    }
                    out.add(runs.get(run) >>> RUN_BITS);
                }
            }
        }
        return out;
    }

    interface LinkVisitor {
        void link(int source, int target);
    }

    /** Positions of three bytes each, in chunks that are never copied. */
    private static final class TargetChunks {
        private final List<byte[]> chunks = new ArrayList<>();
        private int size;

        void add(int value) {
            if (value < 0 || value >= MOST_SOURCES) {
                throw new IllegalArgumentException("more articles than links can be held for: " + value);
            }
            if (size % CHUNK == 0) {
                chunks.add(new byte[3 * CHUNK]);
            }
            byte[] chunk = chunks.get(chunks.size() - 1);
            int at = 3 * (size % CHUNK);
            chunk[at] = (byte) (value >>> 16);
            chunk[at + 1] = (byte) (value >>> 8);
            chunk[at + 2] = (byte) value;
            size++;
        }

        int get(int index) {
            byte[] chunk = chunks.get(index / CHUNK);
            int at = 3 * (index % CHUNK);
            return (chunk[at] & 0xff) << 16 | (chunk[at + 1] & 0xff) << 8 | chunk[at + 2] & 0xff;
        }
    }

    private static final class IntChunks {
        private final List<int[]> chunks = new ArrayList<>();
        private int size;

        void add(int value) {
            if (size % CHUNK == 0) {
                chunks.add(new int[CHUNK]);
            }
            chunks.get(chunks.size() - 1)[size % CHUNK] = value;
            size++;
        }

        int get(int index) {
            return chunks.get(index / CHUNK)[index % CHUNK];
        }
    }
}
