package dev.lede.io.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import dev.lede.io.CacheRoot;

/**
 * Where sqlite-jdbc unpacks its native library before loading it: lede's cache folder rather than
 * {@code java.io.tmpdir}, because a library cannot be loaded from a {@code noexec} /tmp (a common hardening)
 * and the driver would then fail to open any database.
 */
final class SqliteNative {

    /** The driver's own setting; a value the user gave with -D is left alone. */
    static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";

    private SqliteNative() {
    }

    /** Points the driver at {@code <cache>/native} before its first use; does nothing without a cache folder. */
    static synchronized void useCacheFolder(Map<String, String> environment) {
        if (System.getProperty(TMPDIR_PROPERTY) != null) {
            return;
        }
        Optional<Path> folder = CacheRoot.of(environment).map(root -> root.resolve("native"));
        if (folder.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder.get());
        } catch (IOException | SecurityException e) {
            return; // the driver falls back to java.io.tmpdir; opening the index then reports what went wrong
        }
        System.setProperty(TMPDIR_PROPERTY, folder.get().toString());
    }
}
