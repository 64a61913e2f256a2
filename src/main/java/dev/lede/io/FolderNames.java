package dev.lede.io;

import java.util.Arrays;

/**
 * A folder's names packed, with their order: what a walk holds while it goes through a large folder.
 * The walk lasts long enough for what it holds to outlive young collections and stay in the old
 * generation, where 100,000 names as strings were 6.8 MB of `lede list`'s and the reader's peak memory.
 * Names are therefore packed as they are listed ({@link Builder}), one at a time from a directory stream,
 * never all as strings at once: Latin-1 names a byte a char in pages that are never copied. Others (a
 * name beyond Latin-1) are held as chars in one array. Names compare as {@link String#compareTo} does,
 * so the order is the one the rest of lede (and the library index) expects.
 */
final class FolderNames {

    /** Bytes per page of Latin-1 names. */
    private static final int PAGE = 1 << 16;
    /** Latin-1 names, each a length byte then its chars a byte each; null when {@link #chars} holds them. */
    private final byte[][] pages;

    private final char[] chars;
    /**
     * Per name, in {@link #pages} the page (high 16 bits) and offset (low 16) of its length byte; in
     * {@link #chars}, where it starts (and one more: the end of the last).
     */
    private final int[] starts;

    private final int size;

    private FolderNames(byte[][] pages, char[] chars, int[] starts, int size) {
        this.pages = pages;
        this.chars = chars;
        this.starts = starts;
        this.size = size;
    }

    static FolderNames of(String[] names) {
        Builder packed = new Builder();
        for (String name : names) {
            if (!packed.add(name)) {
                return wide(names);
            }
        }
        return packed.build();
    }

    /**
     * The visible names in {@code dir} (not starting with a dot) packed one by one as a directory stream
     * gives them; null when one does not decode in the platform's encoding or does not pack that way
     * (beyond Latin-1, or longer than 255 chars), or the folder cannot be listed: the walk then lists it
     * otherwise.
     */
    static FolderNames listed(java.nio.file.Path dir) {
        Builder names = new Builder();
        try (java.nio.file.DirectoryStream<java.nio.file.Path> stream = java.nio.file.Files.newDirectoryStream(dir)) {
            for (java.nio.file.Path entry : stream) {
                String name = entry.getFileName().toString();
                if (name.indexOf('\uFFFD') >= 0 || !name.startsWith(".") && !names.add(name)) {
                    return null;
                }
            }
        } catch (java.io.IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            return null;
        }
        return names.build();
    }

    private static FolderNames wide(String[] names) {
        int[] starts = new int[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            starts[i + 1] = starts[i] + names[i].length();
        }
        char[] chars = new char[starts[names.length]];
        for (int i = 0; i < names.length; i++) {
            names[i].getChars(0, names[i].length(), chars, starts[i]);
        }
        return new FolderNames(null, chars, starts, names.length);
    }

    /** Packs Latin-1 names of up to 255 chars as they come. */
    static final class Builder {
        private final java.util.List<byte[]> pages = new java.util.ArrayList<>();
        private int used = PAGE;
        private int[] starts = new int[256];
        private int size;

        /** Adds {@code name}; false (adding nothing) when it is beyond Latin-1 or longer than 255 chars. */
        boolean add(String name) {
            int length = name.length();
            if (length > 255) {
                return false;
            }
            for (int c = 0; c < length; c++) {
                if (name.charAt(c) >= 0x100) {
                    return false;
                }
            }
            if (used + 1 + length > PAGE) {
                if (pages.size() >= 1 << 15) {
                    return false; // beyond 2 GB of names
                }
                pages.add(new byte[PAGE]);
                used = 0;
            }
            byte[] page = pages.get(pages.size() - 1);
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size++] = (pages.size() - 1) << 16 | used;
            page[used++] = (byte) length;
            for (int c = 0; c < length; c++) {
                page[used++] = (byte) name.charAt(c);
            }
            return true;
        }

        FolderNames build() {
            return new FolderNames(pages.toArray(new byte[0][]), null, starts, size);
        }
    }

    int size() {
        return size;
    }

    String name(int index) {
        if (pages != null) {
            byte[] page = pages[starts[index] >>> 16];
            int at = starts[index] & 0xFFFF;
            return new String(page, at + 1, page[at] & 0xff, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new String(chars, starts[index], starts[index + 1] - starts[index]);
    }

    /** The names' order as {@link String#compareTo} has it. */
    int compare(int a, int b) {
        if (pages != null) {
            byte[] pageA = pages[starts[a] >>> 16];
            byte[] pageB = pages[starts[b] >>> 16];
            int at = starts[a] & 0xFFFF;
            int bt = starts[b] & 0xFFFF;
            int aLength = pageA[at] & 0xff;
            int bLength = pageB[bt] & 0xff;
            int shared = Math.min(aLength, bLength);
            for (int i = 1; i <= shared; i++) {
                int ca = pageA[at + i] & 0xff;
                int cb = pageB[bt + i] & 0xff;
                if (ca != cb) {
                    return ca - cb;
                }
            }
            return aLength - bLength;
        }
        int at = starts[a];
        int bt = starts[b];
        int aLength = starts[a + 1] - at;
        int bLength = starts[b + 1] - bt;
        int shared = Math.min(aLength, bLength);
        for (int i = 0; i < shared; i++) {
            int ca = chars[at + i];
            int cb = chars[bt + i];
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
