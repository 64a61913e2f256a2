package dev.lede.io.index;

import dev.lede.core.library.IdKey;
import java.util.HashMap;
import java.util.Map;

/**
 * Article ids to their numbers in the listing. Ids are mostly lede's own twelve hex digits, kept here as
 * their {@link IdKey} in an open-addressed table: looking up the six targets of each of 100,000 articles in a
 * {@code HashMap<String, Integer>} cost 320 ms of a 4.5 s {@code lede list} (JFR, one cache miss each for
 * the slot, the node, the key and its bytes), this table a fraction of it. Other ids (an {@code Id:}
 * header of the user's choosing) go to a map.
 */
final class IdNumbers {

    private long[] keys = new long[1024];
    private int[] numbers = new int[1024];
    private int packed;
    private final Map<String, Integer> others = new HashMap<>();

    /** The id's number, or 0 when it has none. */
    int get(String id) {
        long key = key(id);
        return key < 0 ? others.getOrDefault(id, 0) : get(key);
    }

    /** The number of the id whose {@link IdKey} is {@code key} (not {@link IdKey#NONE}), or 0. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                return 0;
            }
            if (keys[slot] == key) {
                return numbers[slot];
            }
        }
    }

    /** Gives the id {@code number} unless it has one; returns false when it had. */
    boolean putIfAbsent(String id, int number) {
        long key = key(id);
        if (key < 0) {
            return others.putIfAbsent(id, number) == null;
        }
        if (2 * (packed + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return false;
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                numbers[slot] = number;
                packed++;
                return true;
            }
        }
    }

    int size() {
        return packed + others.size();
    }

    private static long key(String id) {
        return IdKey.of(id);
    }

    private static int slot(long key, int mask) {
        return IdKey.slot(key, mask);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
