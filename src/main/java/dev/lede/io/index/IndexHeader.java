package dev.lede.io.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first 100 bytes of the index file, read with plain java.io, no SQLite (SQLite's file format, "The
 * Database Header"): whether the file is a database at all, whether it is shorter than its header says, and
 * the {@code user_version} and {@code application_id} lede wrote in it. Kept apart from {@link IndexFile} so that a check that must
 * not load the driver ({@code lede list} from a kept listing) loads none of its classes.
 */
public final class IndexHeader {

    private static final String MAGIC = "SQLite format 3\0";
    private static final int LENGTH = 100;
    /** Where the header holds {@code PRAGMA user_version}, a big-endian 32-bit number. */
    private static final int USER_VERSION_AT = 60;
    /** Where it holds {@code PRAGMA application_id}. */
    private static final int APPLICATION_ID_AT = 68;

    private IndexHeader() {}

    /**
     * Why the file at {@code file} cannot be an index worth handing to the driver ("is not an SQLite
     * database", "is truncated"); empty when it can, or is missing or empty (SQLite makes a database of those).
     */
    static Optional<String> untrusted(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return Optional.empty();
        }
        return untrusted(file, read(file));
    }

    /**
     * Whether {@code file} is an index this lede wrote and can open as it is: an SQLite database, not
     * truncated, its {@code user_version} this lede's {@link LibraryIndex#SCHEMA_VERSION} (same layout, same
     * parsers). False when it is missing or cannot be read. A version still waiting in the write-ahead log is
     * not seen: SQLite copies it into the file when the last connection closes.
     */
    public static boolean current(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < LENGTH) {
                return false;
            }
            ByteBuffer header = read(file);
            return untrusted(file, header).isEmpty() && header.getInt(USER_VERSION_AT) == LibraryIndex.SCHEMA_VERSION;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The index's own number ({@code application_id}, offset 68, which lede sets once at random:
     * {@link LibraryIndex#instance}), as the file holds it now; 0 when it has none or cannot be read.
     */
    public static int instance(Path file) {
        try {
            return Files.size(file) < LENGTH ? 0 : read(file).getInt(APPLICATION_ID_AT);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The header's bytes; fewer than {@value #LENGTH} leave the rest zero, which no check takes for a database. */
    private static ByteBuffer read(Path file) throws IOException {
        byte[] header = new byte[LENGTH];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, LENGTH);
            if (read < LENGTH) {
                header[0] = 0; // too short to be a database
            }
        }
        return ByteBuffer.wrap(header);
    }

    private static Optional<String> untrusted(Path file, ByteBuffer fields) throws IOException {
        if (!new String(fields.array(), 0, 16, StandardCharsets.ISO_8859_1).equals(MAGIC)) {
            return Optional.of("is not an SQLite database");
        }
        int pageSize = Short.toUnsignedInt(fields.getShort(16));
        long pageBytes = pageSize == 1 ? 65_536 : pageSize;
        long pages = Integer.toUnsignedLong(fields.getInt(28));
        boolean pagesValid = fields.getInt(24) == fields.getInt(92) && pages > 0;
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        // Pages past the end may be waiting in the WAL, not yet copied back: only a file without one is checked.
        if (pagesValid && pages * pageBytes > Files.size(file) && (!Files.exists(wal) || Files.size(wal) == 0)) {
            return Optional.of("is truncated");
        }
        return Optional.empty();
    }
}
