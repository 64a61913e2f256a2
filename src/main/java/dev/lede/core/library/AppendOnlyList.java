package dev.lede.core.library;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list one thread appends to, handing out fixed-size views without copying: a view keeps the array
 * it was taken from and its size, and slots below that size are never written again.
 */
final class AppendOnlyList<T> {

    private Object[] items = new Object[16];
    private int size;

    void add(T item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    /** An item, read by the appending thread. */
    @SuppressWarnings("unchecked")
    T get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) items[index];
    }

    int size() {
        return size;
    }

    List<T> view() {
        return new View<>(items, size);
    }

    private static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;
        private final int size;

        View(Object[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return (T) items[index];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean add(T item) {
            throw new UnsupportedOperationException("library snapshots are read-only");
        }
    }
}
