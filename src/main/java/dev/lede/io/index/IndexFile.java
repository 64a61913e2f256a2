// Over 250 lines: every way the index file can fail to open, and what lede does for each.
package dev.lede.io.index;

import dev.lede.io.AsideNames;
import dev.lede.io.FileFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.sqlite.NativeLibraryNotFoundException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opening the index file, and what to do when it cannot be trusted. Damaged (not SQLite, truncated, a
 * malformed page), from a newer lede, or not lede's: renamed aside as {@code index.db.unreadable-<time>}
 * with one line, and a new one built. Unusable (read-only, in a read-only folder, locked by another
 * process past the busy timeout, no native library for this platform): one line, and lede runs without
 * the index. Never an exception to the caller.
 */
final class IndexFile {

    private static final String WITHOUT = "; running without the library index (every file is read)";

    /** Why an index is set aside and rebuilt: it is damaged or not ours to read. */
    static final class Untrusted extends Exception {
        private static final long serialVersionUID = 1L;

        Untrusted(String why) {
            super(why, null, false, false);
        }
    }

    private IndexFile() {}

    static Optional<LibraryIndex> open(
            Path file, Map<String, String> environment, Consumer<String> warnings, int busyMillis) {
        if (file.toString().indexOf('?') >= 0) {
            warnings.accept("lede: " + file + ": a '?' in the path cannot be opened by SQLite" + WITHOUT);
            return Optional.empty();
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            warnings.accept("lede: " + file.getParent() + ": cannot be created (" + FileFailures.describeAt(folder, e)
                    + ")" + WITHOUT);
            return Optional.empty();
        } catch (SecurityException e) {
            warnings.accept("lede: " + file.getParent() + ": cannot be created (not allowed)" + WITHOUT);
            return Optional.empty();
        }
        SqliteNative.useCacheFolder(environment);
        for (int attempt = 0; ; attempt++) {
            String untrusted;
            try {
                checkHeader(file);
                return Optional.of(connect(file, busyMillis));
            } catch (Untrusted e) {
                untrusted = e.getMessage();
            } catch (SQLException e) {
                if (!isCorrupt(e)) {
                    warnings.accept("lede: " + file + ": " + reason(e) + WITHOUT);
                    return Optional.empty();
                }
                untrusted = "is damaged";
            } catch (IOException e) {
                warnings.accept("lede: " + file + ": cannot be read (" + FileFailures.describe(e) + ")" + WITHOUT);
                return Optional.empty();
            } catch (LinkageError | RuntimeException e) {
                // The driver or its native library failed to load (an unsupported platform, a noexec cache).
                warnings.accept("lede: the library index cannot be used here (" + e + ")" + WITHOUT);
                return Optional.empty();
            }
            if (attempt > 0) {
                warnings.accept("lede: " + file + ": " + untrusted + " even after it was rebuilt" + WITHOUT);
                return Optional.empty();
            }
            Optional<Path> aside = setAside(file);
            if (aside.isEmpty()) {
                warnings.accept("lede: " + file + ": " + untrusted + " and cannot be set aside" + WITHOUT);
                return Optional.empty();
            }
            warnings.accept("lede: " + file + ": " + untrusted + "; set aside as "
                    + aside.get().getFileName() + " and rebuilt");
        }
    }

    /** A file that is not SQLite, or shorter than its own header says, is not worth handing to the driver. */
    private static void checkHeader(Path file) throws IOException, Untrusted {
        Optional<String> untrusted = IndexHeader.untrusted(file);
        if (untrusted.isPresent()) {
            throw new Untrusted(untrusted.get());
        }
    }

    private static LibraryIndex connect(Path file, int busyMillis) throws SQLException, Untrusted {
        Properties properties = new Properties();
        // Else the driver runs a query after every insert to keep its generated keys, which lede never
        // asks for (rows are numbered in the transaction): 7 % of a first run's writing (JFR samples).
        properties.setProperty("jdbc.get_generated_keys", "false");
        Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, properties);
        boolean ready = false;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + busyMillis);
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                    throw new SQLException("cannot be switched to WAL mode", "", SQLiteErrorCode.SQLITE_READONLY.code);
                }
            }
            // WAL: a crash never corrupts; a power cut may lose the last batches, which are parsed again.
            statement.execute("PRAGMA synchronous = NORMAL");
            int version = userVersion(statement);
            if (version != LibraryIndex.SCHEMA_VERSION) {
                IndexSchema.create(statement);
            }
            nameOnce(statement);
            ready = true;
            return new LibraryIndex(connection, file);
        } finally {
            if (!ready) {
                connection.close();
            }
        }
    }

    /**
     * Gives the index a random number of its own in its header's {@code application_id}, once: a new index,
     * made after this one was deleted or set aside, gets another, though the file system may give its file
     * the same inode ({@link LibraryIndex#instance}). Left unnamed when another process is writing: named
     * at a later opening.
     */
    private static void nameOnce(Statement statement) {
        try {
            if (applicationId(statement) == 0) {
                int instance = 0;
                while (instance == 0) {
                    instance = new java.security.SecureRandom().nextInt();
                }
                statement.execute("PRAGMA application_id = " + instance);
            }
        } catch (SQLException e) {
            // busy: the kept listing waits for a name (IndexHeader#instance)
        }
    }

    static int applicationId(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA application_id")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static int userVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Renames the index and its WAL files aside; the new name, or empty when they could not be moved. */
    static Optional<Path> setAside(Path file) {
        String suffix = AsideNames.unreadableSuffix(Instant.now());
        Path aside = file.resolveSibling(file.getFileName() + suffix);
        try {
            removeEarlierAsides(file);
            if (Files.exists(file)) {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            // A WAL left beside a new database of the same name would be replayed into it.
            for (String companion : new String[] {"-wal", "-shm"}) {
                Path from = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(from)) {
                    Files.move(
                            from,
                            file.resolveSibling(file.getFileName() + suffix + companion),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return Optional.of(aside);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Only the latest index set aside is kept, for a look at what went wrong: each is as large as the
     * index (hundreds of MB on a large archive), and switching between two lede versions sets one aside
     * at every switch.
     */
    private static void removeEarlierAsides(Path file) throws IOException {
        String prefix = file.getFileName() + ".unreadable-";
        try (var siblings = Files.newDirectoryStream(file.toAbsolutePath().getParent(), prefix + "*")) {
            for (Path earlier : siblings) {
                Files.deleteIfExists(earlier);
            }
        }
    }

    /** Sets aside an index found damaged while open; the next run rebuilds it. */
    static void setAsideLater(Path file) {
        setAside(file);
    }

    static boolean isCorrupt(Exception e) {
        if (e instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }

    /** True when a statement ended because another thread interrupted it ({@link LibraryIndex#interruptSearch}). */
    static boolean isInterrupted(Exception e) {
        return e instanceof SQLiteException sqlite
                && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_INTERRUPT.code;
    }

    /** What went wrong, in a few words. */
    static String reason(Exception e) {
        if (e instanceof SQLException sql) {
            int primary =
                    (e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : sql.getErrorCode()) & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return "in use by another process";
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code
                    || primary == SQLiteErrorCode.SQLITE_PERM.code
                    || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
                return "cannot be written";
            }
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                return "the disk is full";
            }
            if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                return "input/output error";
            }
        }
        if (e.getCause() instanceof NativeLibraryNotFoundException
                && SqliteNative.unpackFailure().isPresent()) {
            // The driver's own words name neither the folder nor the reason (a full disk, a read-only cache).
            return "its SQLite library cannot be unpacked ("
                    + SqliteNative.unpackFailure().get() + ")";
        }
        if (e.getCause() instanceof NativeLibraryNotFoundException) {
            // Unpacked, but refused by the system: the driver's words ("Error opening connection") say nothing.
            return "its SQLite library cannot be loaded from "
                    + System.getProperty(SqliteNative.LIB_PATH_PROPERTY, "the cache folder") + " nor from "
                    + System.getProperty("java.io.tmpdir") + " (mounted noexec?)";
        }
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
