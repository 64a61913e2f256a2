package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Links in chunks that are never copied, each source given once for its run of targets: 100,000
 * articles have about 600,000, and two lists of positions grown by copying left three times their
 * size of arrays behind, which outlived young collections and stayed in the reader's heap.
 */
final class LinkList {
    private static final int CHUNK = 8192;
    private final IntChunks targets = new IntChunks();
    /** Per run of links from one source: the source, then how many targets follow. */
    private final IntChunks runs = new IntChunks();

    private int lastSource = -1;
    private int runCount;

    void add(int source, int target) {
        if (source != lastSource) {
            finishRun();
            lastSource = source;
        }
        targets.add(target);
        runCount++;
    }

    private void finishRun() {
        if (runCount > 0) {
            runs.add(lastSource);
            runs.add(runCount);
        }
        runCount = 0;
    }

    int size() {
        return targets.size;
    }

    void each(LinkVisitor visitor) {
        finishRun();
        int link = 0;
        for (int run = 0; run < runs.size; run += 2) {
            int source = runs.get(run);
            for (int end = link + runs.get(run + 1); link < end; link++) {
                visitor.link(source, targets.get(link));
            }
        }
    }

    interface LinkVisitor {
        void link(int source, int target);
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
