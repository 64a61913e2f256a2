package dev.lede.core.library;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The folders a library's sources are in, each held once and numbered from 1: an entry keeps its
 * folder's number and the rest of its source's name ({@link EntryPacking}). A folder of 100,000
 * articles named each by its whole path held that path 100,000 times, about a third of what the
 * reader keeps per article.
 *
 * <p>One thread adds; any thread reads the folders of the entries it was handed, which were added after
 * their folders (the array is replaced whole, and published by the entries' own hand-over).
 */
final class SourceFolders {

    private final Map<String, Integer> numbers = new HashMap<>();
    private volatile String[] folders = new String[0];

    /** The folder of the name asked for last and its number: a library's names come folder by folder. */
    private String lastFolder = "";

    private int lastNumber;

    /**
     * The number of {@code name}'s folder, added when new; 0 when the name has no folder part. The folder
     * ends at the last slash or backslash, as the list's source column names it ({@code ui.SourceFolder}).
     */
    int numberOf(String name) {
        int slash = lastSeparator(name);
        if (slash < 0) {
            return 0;
        }
        if (slash + 1 == lastFolder.length() && name.startsWith(lastFolder)) {
            return lastNumber; // no substring a name to look it up
        }
        String folder = name.substring(0, slash + 1);
        lastFolder = folder;
        lastNumber = number(folder);
        return lastNumber;
    }

    private int number(String folder) {
        Integer known = numbers.get(folder);
        if (known != null) {
            return known;
        }
        String[] more = Arrays.copyOf(folders, folders.length + 1);
        more[folders.length] = folder;
        folders = more;
        numbers.put(folder, more.length);
        return more.length;
    }

    /** The folder numbered {@code number} (from 1), ending in its separator. */
    String folder(int number) {
        return folders[number - 1];
    }

    /** Where what follows the folder starts in {@code name} (0 when it has none). */
    static int restFrom(String name) {
        return lastSeparator(name) + 1;
    }

    private static int lastSeparator(String name) {
        return Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    }
}
