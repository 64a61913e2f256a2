package dev.lede.ui;

import dev.lede.core.library.Library;
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

    /**
     * How far a growing library was scanned for its articles' folders: the one folder they share so far
     * (null while none has one: stdin has no name to show), or {@code many} once two differ. A newer
     * snapshot of the same library scans only the articles added since, so a library of 100,000 loading
     * in snapshots is scanned once, not once per snapshot.
     */
    record Scan(String folder, int scanned, boolean many) {

        static final Scan NONE = new Scan(null, 0, false);

        /** This scan carried on to the end of {@code library}, which holds the articles scanned so far and more. */
        Scan over(Library library) {
            String shared = folder;
            for (int i = scanned; i < library.size() && !many; i++) {
                LibraryEntry entry = library.entry(i);
                if (entry.source().isStdin()) {
                    continue;
                }
                String path = folderPath(entry.source().name());
                if (shared == null) {
                    shared = path;
                } else if (!shared.equals(path)) {
                    return new Scan(shared, i, true);
                }
            }
            return many || scanned == library.size() ? this : new Scan(shared, library.size(), false);
        }
    }

    private static String folderPath(String name) {
        int end = lastSeparator(name, name.length());
        return end < 0 ? "" : name.substring(0, end);
    }

    private static int lastSeparator(String name, int before) {
        return Math.max(name.lastIndexOf('/', before - 1), name.lastIndexOf('\\', before - 1));
    }
}
