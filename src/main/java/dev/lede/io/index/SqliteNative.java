package dev.lede.io.index;

import dev.lede.io.CacheRoot;
import dev.lede.io.FileFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where sqlite-jdbc loads its native library from: lede's cache folder rather than {@code java.io.tmpdir},
 * because a library cannot be loaded from a {@code noexec} /tmp (a common hardening) and the driver would
 * then open no database at all. Where the cache folder is the one mounted {@code noexec}, the driver's own
 * fallback, unpacking into {@code java.io.tmpdir}, still loads it. The library is unpacked there once per driver version and platform, and
 * loaded from there by every later run: the driver's own way copies and checksums the megabyte afresh in
 * every process, about a third of what opening the first database costs a cold JVM.
 */
final class SqliteNative {

    /** The driver's settings; values given with -D are left alone. */
    static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";

    static final String LIB_PATH_PROPERTY = "org.sqlite.lib.path";
    static final String LIB_NAME_PROPERTY = "org.sqlite.lib.name";

    /**
     * The driver's logger, held so its level sticks: without SLF4J the driver logs through
     * java.util.logging to stderr, which would scribble over the reader's screen; lede says what went
     * wrong in one line of its own instead.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.sqlite");

    private static boolean done;

    /** Why the last unpacking failed ({@code DIR: reason}), for the index's one line; null when none did. */
    private static volatile String unpackFailure;

    private SqliteNative() {}

    /** Sets the driver up before its first use, once; without a cache folder it keeps its defaults. */
    static synchronized void useCacheFolder(Map<String, String> environment) {
        if (done) {
            return;
        }
        done = true;
        DRIVER_LOG.setLevel(Level.OFF);
        Optional<Path> folder = CacheRoot.of(environment).map(root -> root.resolve("native"));
        if (folder.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder.get());
        } catch (IOException | SecurityException e) {
            return; // the driver falls back to java.io.tmpdir; opening the index then reports what went wrong
        }
        // The driver's own unpacking, if ours cannot be loaded, goes to java.io.tmpdir, not here: a cache on a
        // noexec file system (a hardened /home) refuses the library ours is, and /tmp may still take it.
        if (System.getProperty(LIB_PATH_PROPERTY) == null) {
            unpacked(folder.get()).ifPresent(library -> {
                System.setProperty(LIB_PATH_PROPERTY, library.getParent().toString());
                System.setProperty(LIB_NAME_PROPERTY, library.getFileName().toString());
            });
        }
    }

    /**
     * The driver's library for this platform, unpacked under {@code folder} if it was not already; empty
     * when the jar has none for this platform or it cannot be written (the driver then tries its own way).
     * Written under a temporary name and renamed, so a file under the final name is always whole.
     */
    private static Optional<Path> unpacked(Path folder) {
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Found by what the JVM says of the machine, for free: asking the driver which of its libraries
            // fits runs `uname` as a process (30–40 ms on the first frame's path), so that is done only to
            // unpack. A home shared by machines of two kinds gets a folder for each.
            String machine = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                    .replaceAll("[^A-Za-z0-9._-]", "_");
            Path library = folder.resolve(SQLiteJDBCLoader.getVersion() + "-" + machine)
                    .resolve(name);
            if (Files.isRegularFile(library)) {
                return Optional.of(library);
            }
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
            try (InputStream in =
                    SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + platform + "/" + name)) {
                if (in == null) {
                    return Optional.empty();
                }
                return install(in, library);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Why the driver's library could not be unpacked into the cache, when it could not. */
    static Optional<String> unpackFailure() {
        return Optional.ofNullable(unpackFailure);
    }

    /**
     * Copies {@code in} to {@code library} through a temporary file renamed into place; empty when that
     * fails, with the temporary file deleted: a full disk must not be left fuller by each run that tried.
     */
    static Optional<Path> install(InputStream in, Path library) {
        Path part = library.resolveSibling(
                library.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Files.createDirectories(library.getParent());
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            unpackFailure = e instanceof FileSystemException failure && failure.getFile() != null
                    ? FileFailures.describe(failure)
                    : library.getParent() + ": "
                            + String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            try {
                Files.deleteIfExists(part);
            } catch (IOException | RuntimeException alsoFailed) {
                // as much as could be done: the driver then tries its own way
            }
            return Optional.empty();
        }
    }
}
