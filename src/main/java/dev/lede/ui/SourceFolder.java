package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;

/**
 * The list's source column: the folder an article's file is in, which in the fetched library is the
 * subscription's name ({@code library/NAME/file.txt}); a feed or page given by itself is named by its file.
 */
public final class SourceFolder {

    private SourceFolder() {}

    /** {@code example} for {@code …/library/example/20261202-1405-ab.txt}; the input itself when it has no folder. */
    public static String of(LibraryEntry entry) {
        return of(entry, ShownFolder.NONE);
    }

    /** As {@link #of(LibraryEntry)}, with {@code shown}'s name for a file directly in its folder. */
    public static String of(LibraryEntry entry, ShownFolder shown) {
        String name = entry.source().name();
        int end = lastSeparator(name, name.length());
        if (end < 0) {
            return name;
        }
        if (shown.names(name.substring(0, end))) {
            return shown.shown();
        }
        int start = lastSeparator(name, end) + 1;
        return end > start ? name.substring(start, end) : name.substring(end + 1);
    }

    private static int lastSeparator(String name, int before) {
        return Math.max(name.lastIndexOf('/', before - 1), name.lastIndexOf('\\', before - 1));
    }
}
