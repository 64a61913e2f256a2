package dev.lede.io;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first names of large folders, in order, kept from an earlier run so that the first screenful of
 * such a folder is known without listing it (listing 100,000 entries costs a fifth of a second). One
 * small file per folder (its first {@value #KEPT} names), named after the folder's path, valid only
 * while the folder is the same one (device and inode) with the same modification time to the
 * nanosecond: adding, deleting or renaming an entry changes it. Anything that cannot be read or does
 * not check out is ignored and rewritten.
 *
 * <p>The file, UTF-8 text: {@value #MAGIC}, the folder's path, its identity, the number of names, then
 * one name a line. A folder whose path or first names hold a line break is simply not kept.
 */
public final class ListingCache {

    static final String MAGIC = "lede-listing 1";
    /** Folders with fewer visible entries are listed in a few milliseconds: not worth a file. */
    public static final int MIN_ENTRIES = 2_000;
    /**
     * Names kept per folder: several times what the reader takes in before its first frame (it parses at
     * most 64 ahead before it attaches, then pauses until that frame is drawn), so the real listing can
     * wait until after that frame; few, because they are read while lede starts.
     */
    static final int KEPT = 256;
    /**
     * A folder changed this shortly before it was listed is not kept: a file added within the same tick
     * of a coarse modification time (a second or two on some file systems) would leave no trace.
     */
    static final long SETTLE_MILLIS = 2_000;
    /**
     * A folder whose own size is below this holds far fewer than {@link #MIN_ENTRIES} entries on the
     * usual file systems (ext4 and xfs count blocks of 4 KiB, btrfs and tmpfs bytes per name), so it is
     * not looked up at all. ZFS counts entries: there, folders of up to 8,191 entries are listed anyway.
     */
    static final long LIKELY_LARGE_BYTES = 8_192;
    /** Far more than {@link #KEPT} names of the longest kind (255 bytes); a bigger file is not ours. */
    private static final int MAX_BYTES = 1 << 20;

    private final Path folder;
    private final int minEntries;
    /** The files in {@link #folder}, read once: most folders of a walk have no file, and then no lookup. */
    private Set<String> present;

    /** @param folder where the files are kept, {@link #defaultFolder} outside tests */
    public ListingCache(Path folder) {
        this(folder, MIN_ENTRIES);
    }

    ListingCache(Path folder, int minEntries) {
        this.folder = folder;
        this.minEntries = minEntries;
    }

    /**
     * {@code $XDG_CACHE_HOME/lede/listings}, else {@code ~/.cache/lede/listings} (XDG: a relative
     * XDG_CACHE_HOME is ignored); empty without a home folder.
     */
    public static Optional<Path> defaultFolder(Map<String, String> environment) {
        return CacheRoot.of(environment).map(root -> root.resolve("listings"));
    }

    /** Whether a folder with {@code attributes} may have enough entries to be kept (false for null). */
    static boolean mayBeLarge(BasicFileAttributes attributes) {
        return attributes != null && attributes.size() >= LIKELY_LARGE_BYTES;
    }

    /** How many visible entries a folder needs before its names are kept. */
    int minEntries() {
        return minEntries;
    }

    /**
     * What a kept listing is checked against: the folder's canonical path (the key), its device and inode,
     * and its modification time at full resolution.
     */
    record Stamp(String path, String identity, long modifiedMillis) {

        /** The stamp of {@code attributes} read for the folder at {@code path}; null when it has no identity. */
        static Stamp of(Path path, BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            String where = path.toString();
            if (key == null || where.indexOf('\n') >= 0 || where.indexOf('\r') >= 0) {
                return null;
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            String nanos = Integer.toString(modified.getNano());
            String identity = key + " " + modified.getEpochSecond() + "." + "0".repeat(9 - nanos.length()) + nanos;
            return new Stamp(where, identity, attributes.lastModifiedTime().toMillis());
        }

        /**
         * Whether {@code other} stamps the same folder in the same state. Not {@code equals}: a record's is
         * bootstrapped through method handles, classes lede does not otherwise spin up while starting.
         */
        boolean sameAs(Stamp other) {
            return other != null && path.equals(other.path) && identity.equals(other.identity);
        }

        /** The stamp of {@code dir} now, known by {@code path}; null when it cannot be read. */
        static Stamp now(Path dir, Path path) {
            try {
                return of(path, Files.readAttributes(dir, BasicFileAttributes.class));
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
    }

    /** The names kept for the folder {@code stamp} describes, in order; null when none is kept or valid. */
    String[] read(Stamp stamp) {
        String file = fileName(stamp.path());
        if (!isPresent(file)) {
            return null;
        }
        byte[] bytes;
        // A plain FileInputStream: the JVM has its classes loaded already, unlike Files' channels.
        try (InputStream in = new FileInputStream(folder.resolve(file).toFile())) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            return null;
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), stamp);
    }

    /**
     * The names in {@code text} when it is a whole, well-formed file for {@code stamp}; else null. One
     * pass, no regular expression or list: this runs while lede starts, before anything is compiled.
     */
    static String[] parse(String text, Stamp stamp) {
        if (text.indexOf('\uFFFD') >= 0 || !text.endsWith("\n")) {
            return null; // not UTF-8, or cut short
        }
        String[] header = new String[4];
        int from = 0;
        for (int i = 0; i < header.length; i++) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                return null;
            }
            header[i] = text.substring(from, end);
            from = end + 1;
        }
        int count;
        try {
            count = Integer.parseInt(header[3]);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!header[0].equals(MAGIC) || !header[1].equals(stamp.path()) || !header[2].equals(stamp.identity())
                || count < 0 || count > text.length() - from) {
            return null;
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                return null; // fewer names than it says
            }
            names[i] = text.substring(from, end);
            from = end + 1;
            // Names are walked as paths inside the folder: nothing that could point elsewhere, in strict order.
            if (!isPlainName(names[i]) || i > 0 && names[i - 1].compareTo(names[i]) >= 0) {
                return null;
            }
        }
        return from == text.length() ? names : null; // and not more
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\0') < 0
                && name.indexOf('\r') < 0;
    }

    /**
     * Keeps {@code head}, the first names of {@code dir} listed from {@code listedAtMillis} on, when the
     * folder is still as {@code before} said and had settled before it was listed. Written to a temporary
     * file and renamed over the old one; failures are ignored (the next run lists the folder again).
     *
     * @return whether the file was written
     */
    boolean write(Path dir, Stamp before, String[] head, long listedAtMillis) {
        if (listedAtMillis - before.modifiedMillis() < SETTLE_MILLIS
                || !before.sameAs(Stamp.now(dir, Path.of(before.path())))) {
            return false;
        }
        StringBuilder text = new StringBuilder(64 + head.length * 32);
        text.append(MAGIC).append('\n').append(before.path()).append('\n').append(before.identity()).append('\n')
                .append(head.length).append('\n');
        for (String name : head) {
            if (!isPlainName(name) || name.indexOf('\n') >= 0) {
                return false;
            }
            text.append(name).append('\n');
        }
        String file = fileName(before.path());
        Path temporary = folder.resolve(file + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        try {
            Files.createDirectories(folder);
            Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(temporary, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | SecurityException ignored) {
                // nothing more to do: a stray temporary file is never read
            }
            return false;
        }
        synchronized (this) {
            if (present != null) {
                present.add(file);
            }
        }
        return true;
    }

    /** The file kept for the folder at {@code path}: a 64-bit FNV-1a hash of the path (which the file repeats). */
    static String fileName(String path) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            hash ^= path.charAt(i);
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private synchronized boolean isPresent(String file) {
        if (present == null) {
            String[] files = folder.toFile().list();
            present = files == null ? new HashSet<>() : new HashSet<>(Arrays.asList(files));
        }
        return present.contains(file);
    }
}
