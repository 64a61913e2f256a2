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
        String name = entry.source().name();
        int end = lastSeparator(name, name.length());
        if (end < 0) {
            return name;
        }
        int start = lastSeparator(name, end) + 1;
        return end > start ? name.substring(start, end) : name.substring(end + 1);
    }

    /** True as soon as two articles of {@code library} come from different folders (stdin is none: it has no name to show). */
    static boolean anyTwo(Library library) {
        String first = null;
        for (int i = 0; i < library.size(); i++) {
            if (library.entry(i).source().isStdin()) {
                continue;
            }
            String folder = folderPath(library.entry(i).source().name());
            if (first == null) {
                first = folder;
            } else if (!first.equals(folder)) {
                return true;
            }
        }
        return false;
    }

    private static String folderPath(String name) {
        int end = lastSeparator(name, name.length());
        return end < 0 ? "" : name.substring(0, end);
    }

    private static int lastSeparator(String name, int before) {
        return Math.max(name.lastIndexOf('/', before - 1), name.lastIndexOf('\\', before - 1));
    }
}
