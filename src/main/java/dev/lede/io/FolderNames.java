package dev.lede.io;

import java.util.Arrays;

/**
 * A folder's names packed in one array, with their order: what a walk holds while it goes through a
 * large folder. The walk lasts long enough for what it holds to outlive young collections and stay in
 * the old generation, where 100,000 names as strings were 6.8 MB of `lede list`'s and the reader's peak
 * memory; packed, about a third of it (Latin-1 names a byte a char, others two). Names compare as
 * {@link String#compareTo} does, so the order is the one the rest of lede (and the library index) expects.
 */
final class FolderNames {

    /** The names as Latin-1, one byte a char; null when some name needs more (then {@link #chars}). */
    private final byte[] latin1;

    private final char[] chars;
    /** Where each name starts, and the end of the last. */
    private final int[] starts;

    private FolderNames(byte[] latin1, char[] chars, int[] starts) {
        this.latin1 = latin1;
        this.chars = chars;
        this.starts = starts;
    }

    static FolderNames of(String[] names) {
        int[] starts = new int[names.length + 1];
        boolean narrow = true;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            starts[i + 1] = starts[i] + name.length();
            for (int c = 0; c < name.length() && narrow; c++) {
                narrow = name.charAt(c) < 0x100;
            }
        }
        int total = starts[names.length];
        byte[] latin1 = narrow ? new byte[total] : null;
        char[] chars = narrow ? null : new char[total];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            for (int c = 0; c < name.length(); c++) {
                if (narrow) {
                    latin1[starts[i] + c] = (byte) name.charAt(c);
                } else {
                    chars[starts[i] + c] = name.charAt(c);
                }
            }
        }
        return new FolderNames(latin1, chars, starts);
    }

    int size() {
        return starts.length - 1;
    }

    String name(int index) {
        int start = starts[index];
        int end = starts[index + 1];
        if (latin1 != null) {
            return new String(latin1, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new String(chars, start, end - start);
    }

    /** The names' order as {@link String#compareTo} has it. */
    int compare(int a, int b) {
        int at = starts[a];
        int bt = starts[b];
        int aLength = starts[a + 1] - at;
        int bLength = starts[b + 1] - bt;
        int shared = Math.min(aLength, bLength);
        for (int i = 0; i < shared; i++) {
            int ca = latin1 != null ? latin1[at + i] & 0xff : chars[at + i];
            int cb = latin1 != null ? latin1[bt + i] & 0xff : chars[bt + i];
            if (ca != cb) {
                return ca - cb;
            }
        }
        return aLength - bLength;
    }

    /** Every name's index, in name order. */
    int[] sorted() {
        int[] order = new int[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        mergeSort(order, new int[order.length], 0, order.length);
        return order;
    }

    /** The indexes of the {@code count} first names in name order (all names different), in one pass. */
    int[] smallest(int count) {
        int[] kept = new int[Math.min(count, size())];
        int size = 0;
        for (int name = 0; name < size(); name++) {
            if (size == kept.length && compare(name, kept[size - 1]) >= 0) {
                continue; // the common case once the first names are in: one comparison
            }
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compare(kept[middle], name) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            int moved = (size == kept.length ? kept.length - 1 : size) - low;
            System.arraycopy(kept, low, kept, low + 1, moved);
            kept[low] = name;
            if (size < kept.length) {
                size++;
            }
        }
        return size == kept.length ? kept : Arrays.copyOf(kept, size);
    }

    /** Sorts {@code order[from, to)} by name, through {@code spare} (as long): stable, n log n. */
    private void mergeSort(int[] order, int[] spare, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int moving = order[i];
                int j = i;
                while (j > from && compare(order[j - 1], moving) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = moving;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(order, spare, from, middle);
        mergeSort(order, spare, middle, to);
        if (compare(order[middle - 1], order[middle]) <= 0) {
            return; // already in order: a folder of numbered names mostly is
        }
        System.arraycopy(order, from, spare, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < middle && compare(spare[left], spare[right]) <= 0)) {
                order[k] = spare[left++];
            } else {
                order[k] = spare[right++];
            }
        }
    }
}
