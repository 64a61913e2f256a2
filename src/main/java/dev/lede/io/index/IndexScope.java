package dev.lede.io.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders and files one run opened, in the order given: what a listing and a search cover, and what
 * related headlines were resolved against (a headline may resolve differently when more is opened with it).
 * Roots are absolute, normalised paths; the caller stores its inputs under the same spelling.
 */
public final class IndexScope {

    private static final String KEY_SEPARATOR = "\n";

    private final List<String> roots;

    private IndexScope(List<String> roots) {
        this.roots = List.copyOf(roots);
    }

    public static IndexScope of(List<Path> roots) {
        List<String> paths = new ArrayList<>(roots.size());
        for (Path root : roots) {
            paths.add(root.toAbsolutePath().normalize().toString());
        }
        return new IndexScope(paths);
    }

    public List<String> roots() {
        return roots;
    }

    /** The key of this library's resolutions. */
    String key() {
        return String.join(KEY_SEPARATOR, roots);
    }

    /** Whether the library whose {@link #key} is {@code key} holds any of {@code paths} (absolute, normalised). */
    static boolean holdsAny(String key, java.util.Collection<String> paths) {
        for (String root : key.split(KEY_SEPARATOR, -1)) {
            String folder = root.endsWith(java.io.File.separator) ? root : root + java.io.File.separator;
            for (String path : paths) {
                if (path.equals(root) || path.startsWith(folder)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The smallest order key of the root's subtree: the root itself. */
    static byte[] low(String root) {
        return orderKey(root);
    }

    /** Just past the root's subtree: the root's key followed by the code unit after the separator's 0. */
    static byte[] high(String root) {
        byte[] key = orderKey(root);
        byte[] high = java.util.Arrays.copyOf(key, key.length + 2);
        high[key.length + 1] = 1;
        return high;
    }

    /**
     * A path as a key that SQLite's byte order sorts exactly as a walk visits files by name: each name's
     * UTF-16 code units big-endian (the order of {@link String#compareTo}), and the separator as code unit 0,
     * below every character a name can hold, so a folder's files come before a sibling that shares its prefix
     * ({@code a/b} before {@code a-c}, as the walk lists them).
     */
    static byte[] orderKey(String path) {
        byte[] key = new byte[path.length() * 2];
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == java.io.File.separatorChar) {
                c = 0;
            }
            key[2 * i] = (byte) (c >>> 8);
            key[2 * i + 1] = (byte) c;
        }
        return key;
    }
}
