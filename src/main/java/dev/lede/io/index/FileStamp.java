package dev.lede.io.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * What a file looked like when it was read: size, modification time to the nanosecond, identity (device
 * and inode where the platform has them) and when this stamp was taken. Take the stamp before reading
 * the file: a change made while it is read then shows as a different stamp at the next check.
 *
 * @param fileKey the platform's file key as text, or null where it has none
 * @param takenNanos wall-clock time of the stat, in nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos, String fileKey, long takenNanos) {

    /**
     * A file modified this shortly before its stat may be modified again within the same tick of a coarse
     * clock (a second or two on some file systems) without its stamp changing: it is never trusted.
     */
    static final long RACY_NANOS = 2_000_000_000L;

    public static FileStamp of(Path file) throws IOException {
        long taken = nowNanos();
        return of(Files.readAttributes(file, BasicFileAttributes.class), taken);
    }

    public static FileStamp of(BasicFileAttributes attributes, long takenNanos) {
        Object key = attributes.fileKey();
        return new FileStamp(
                attributes.size(),
                nanos(attributes.lastModifiedTime().toInstant()),
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

    /** Same file, same size, same modification time (when the stat was taken does not count). */
    boolean sameFileAs(FileStamp other) {
        return other != null
                && size == other.size
                && modifiedNanos == other.modifiedNanos
                && java.util.Objects.equals(fileKey, other.fileKey);
    }
}
