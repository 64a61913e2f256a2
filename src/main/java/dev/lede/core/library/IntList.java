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

    /**
     * The first index in {@code [from, end)} whose value is not below {@code value}, or {@code end}: a
     * galloping search, cheap for a run of ascending probes that each start where the last one ended.
     */
    int seek(int from, int end, int value) {
        if (from >= end || values[from] >= value) {
            return from;
        }
        int low = from; // values[low] < value throughout
        int step = 1;
        int high = from + 1;
        while (high < end && values[high] < value) {
            low = high;
            step <<= 1;
            high = low + step;
        }
        high = Math.min(high, end);
        low++;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < value) {
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
