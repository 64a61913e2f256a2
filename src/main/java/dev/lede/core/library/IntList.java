package dev.lede.core.library;

import java.util.Arrays;

/** A growable list of ascending ints (a posting list); callers guard it with their own lock. */
final class IntList {

    private int[] values = new int[2];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int last() {
        return values[size - 1];
    }

    void setLast(int value) {
        values[size - 1] = value;
    }

    /** How many values are below {@code bound}; values are ascending, so a snapshot fence is a prefix. */
    int countBelow(int bound) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < bound) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    void trim() {
        values = Arrays.copyOf(values, size);
    }
}
