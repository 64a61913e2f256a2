package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each article id of a library to its position, shared by the builder (one thread adds) and every
 * snapshot (any thread looks up). An open-addressed table of positions whose keys are the entries' own
 * {@link IdKey}s, so a slot is 4 bytes: a {@code ConcurrentHashMap<ArticleId, Integer>} held a node, a
 * boxed position and the id's objects per article, 6.5 MB of the reader's heap at 100,000. Ids without a
 * key go to a map.
 *
 * <p>A slot, once filled, is never changed, and a table that grows is filled before it is published: a
 * snapshot taken after an entry was added (which the snapshot's hand-over orders after it) finds it;
 * positions beyond a snapshot's size are left to the caller to fence.
 */
final class IdPositions {

    /** Each slot holds a position plus one; 0 is empty. Replaced whole when it grows. */
    private volatile int[] slots = new int[1 << 10];

    private int filled;
    private final Map<ArticleId, Integer> others = new ConcurrentHashMap<>();
    /** The entries whose ids the slots' positions lead to. */
    private final EntryTable table;

    IdPositions(EntryTable table) {
        this.table = table;
    }

    /**
     * The position of the entry whose id is {@code id}, or -1 when none is below {@code size} (a snapshot's).
     */
    int find(ArticleId id, int size) {
        long key = IdKey.of(id);
        if (key == IdKey.NONE) {
            Integer position = others.get(id);
            return position != null && position < size ? position : -1;
        }
        return find(key, size);
    }

    /** As {@link #find(ArticleId, int)}, by the id's key. */
    int find(long key, int size) {
        int[] held = slots;
        int mask = held.length - 1;
        for (int slot = IdKey.slot(key, mask); ; slot = (slot + 1) & mask) {
            int position = held[slot] - 1;
            if (position < 0) {
                return -1;
            }
            if (position < size && table.idKey(position) == key) {
                return position;
            }
        }
    }

    /** Records the entry at {@code position}, whose id no earlier entry has; by the adding thread only. */
    void add(ArticleId id, int position) {
        // the table holds every entry up to and with this one: growing re-slots them by their keys
        long key = table.idKey(position);
        if (key == IdKey.NONE) {
            others.put(id, position);
            return;
        }
        if (2 * (filled + 1) > slots.length) {
            slots = grown(slots, table);
        }
        put(slots, key, position);
        filled++;
    }

    private static void put(int[] table, long key, int position) {
        int mask = table.length - 1;
        int slot = IdKey.slot(key, mask);
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = position + 1;
    }

    private static int[] grown(int[] slots, EntryTable table) {
        int[] bigger = new int[slots.length * 2];
        for (int held : slots) {
            if (held != 0) {
                put(bigger, table.idKey(held - 1), held - 1);
            }
        }
        return bigger;
    }
}
