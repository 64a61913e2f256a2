package dev.lede.core.library;

import java.util.Arrays;

/**
 * Normalised headline to the first position that has it, for exact related-headline matches. Held as a
 * 64-bit hash and a position in two flat arrays (open addressing) instead of a map of strings and boxed
 * positions: a tenth of the memory per entry. A hash hit is confirmed against the entry's own headline,
 * so a collision can never give a wrong answer. Callers guard it with their own lock.
 */
final class ExactHeadlines {

    private static final int EMPTY = -1;

    /** The headlines by position, as given (normalised again only to confirm a hit). */
    private final AppendOnlyList<String> headlines = new AppendOnlyList<>();

    private long[] hashes = new long[64];
    private int[] positions = filled(64);
    private int used;

    /** Records the headline of the next position; a normalised headline seen before keeps its first position. */
    void add(String headline) {
        int position = headlines.size();
        headlines.add(headline);
        String normalised = WordForms.normalise(headline);
        if (find(normalised) != EMPTY) {
            return;
        }
        if ((used + 1) * 2 > positions.length) {
            grow();
        }
        put(hash(normalised), position);
        used++;
    }

    /** The headline of {@code position}, normalised as {@link #find} compares it. */
    String normalisedAt(int position) {
        return WordForms.normalise(headlines.view().get(position));
    }

    /** The first position whose normalised headline is {@code normalised}, or -1. */
    int find(String normalised) {
        long hash = hash(normalised);
        int mask = positions.length - 1;
        for (int slot = (int) (hash ^ hash >>> 32) & mask; positions[slot] != EMPTY; slot = slot + 1 & mask) {
            if (hashes[slot] == hash
                    && WordForms.normalise(headlines.view().get(positions[slot]))
                            .equals(normalised)) {
                return positions[slot];
            }
        }
        return EMPTY;
    }

    private void put(long hash, int position) {
        int mask = positions.length - 1;
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (positions[slot] != EMPTY) {
            slot = slot + 1 & mask;
        }
        hashes[slot] = hash;
        positions[slot] = position;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldPositions = positions;
        hashes = new long[oldHashes.length * 2];
        positions = filled(oldPositions.length * 2);
        for (int i = 0; i < oldPositions.length; i++) {
            if (oldPositions[i] != EMPTY) {
                put(oldHashes[i], oldPositions[i]);
            }
        }
    }

    private static int[] filled(int size) {
        int[] slots = new int[size];
        Arrays.fill(slots, EMPTY);
        return slots;
    }

    /** 64-bit FNV-1a over the UTF-16 code units, with a final mix so the low bits spread. */
    static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        return hash ^ hash >>> 33;
    }
}
