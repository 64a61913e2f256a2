package dev.lede.io.index;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * What a file looked like when it was read: size, modification time to the nanosecond, status-change time
 * (ctime), identity (device and inode where the platform has them) and when this stamp was taken. Take the
 * stamp before reading the file: a change made while it is read then shows as a different stamp at the
 * next check.
 *
 * @param changedNanos the status-change time where the platform gives one (0 elsewhere): every write moves it
 *     forward, and unlike the modification time no tool can set it back, so a file rewritten in place at the
 *     same size with its modification time put back ({@code touch -d}, {@code cp -p} over it) still shows
 *     as changed
 * @param fileKey the platform's file key as text, or null where it has none
 * @param takenNanos wall-clock time of the stat, in nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, String fileKey, long takenNanos) {

    /** Where the {@code unix} attribute view serves the status-change time in the same stat as the rest. */
    private static final boolean UNIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,fileKey,isDirectory,isRegularFile";

    /**
     * What one stat of a path found (following a symbolic link): its kind, its identity, and its stamp.
     *
     * @param fileKey the platform's file key, or null where it has none
     */
    public record Stat(boolean directory, boolean regularFile, Object fileKey, FileStamp stamp) {}

    /** One stat of {@code path}, taken at {@code takenNanos} (read before it). */
    public static Stat stat(Path path, long takenNanos) throws IOException {
        if (!UNIX) {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stat(
                    attributes.isDirectory(),
                    attributes.isRegularFile(),
                    attributes.fileKey(),
                    of(attributes, takenNanos));
        }
        Map<String, Object> attributes = Files.readAttributes(path, UNIX_ATTRIBUTES);
        Object key = attributes.get("fileKey");
        FileStamp stamp = new FileStamp(
                (Long) attributes.get("size"),
                nanos(((FileTime) attributes.get("lastModifiedTime")).toInstant()),
                nanos(((FileTime) attributes.get("ctime")).toInstant()),
                key == null ? null : key.toString(),
                takenNanos);
        return new Stat((Boolean) attributes.get("isDirectory"), (Boolean) attributes.get("isRegularFile"), key, stamp);
    }

    /**
     * A file modified this shortly before its stat may be modified again within the same tick of a coarse
     * clock (a second or two on some file systems) without its stamp changing: it is never trusted.
     */
    static final long RACY_NANOS = 2_000_000_000L;

    public static FileStamp of(Path file) throws IOException {
        long taken = nowNanos();
        return stat(file, taken).stamp();
    }

    /** A stamp from attributes that carry no status-change time (0). */
    static FileStamp of(BasicFileAttributes attributes, long takenNanos) {
        Object key = attributes.fileKey();
        return new FileStamp(
                attributes.size(),
                nanos(attributes.lastModifiedTime().toInstant()),
                0,
                key == null ? null : key.toString(),
                takenNanos);
    }

    /** The time to record as when a stat was taken: read before the stat. */
    public static long nowNanos() {
        return nanos(Instant.now());
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Whether a file with this stamp was modified too shortly before the stat for the stamp to vouch for it. */
    boolean racy() {
        return modifiedNanos > takenNanos - RACY_NANOS;
    }

    /** Same file, same size, same modification and status-change times (when the stat was taken does not count). */
    boolean sameFileAs(FileStamp other) {
        return sameFileMovedAs(other) && changedNanos == other.changedNanos;
    }

    /**
     * Same file, same size, same modification time, whatever its status-change time: a rename moves that
     * time forward (on Linux's file systems), so a file moved is recognised by this, and is not read again.
     */
    boolean sameFileMovedAs(FileStamp other) {
        return other != null
                && size == other.size
                && modifiedNanos == other.modifiedNanos
                && java.util.Objects.equals(fileKey, other.fileKey);
    }
}
