package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.NativeLibraryNotFoundException;

/** The driver's library written whole or not at all, and nothing left behind when it fails. */
class SqliteNativeInstallTest {

    @TempDir
    Path dir;

    @Test
    void aCopyThatFailsHalfwayLeavesNoPartialFile() throws IOException {
        InputStream diskFull = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ < 10_000) {
                    return 'x';
                }
                throw new IOException("No space left on device");
            }
        };
        Path library = dir.resolve("3.54-Linux-amd64/libsqlitejdbc.so");
        assertEquals(Optional.empty(), SqliteNative.install(diskFull, library));
        try (Stream<Path> left = Files.list(library.getParent())) {
            assertEquals(List.of(), left.toList());
        }
        // The driver then finds no library and says only "Error opening connection" (its cause: "No native
        // library found for os.name=Linux…"): the index's one line says why instead.
        SQLException driverSays = new SQLException(
                "Error opening connection", new NativeLibraryNotFoundException("No native library found"));
        assertEquals(
                "its SQLite library cannot be unpacked (" + library.getParent() + ": no space left on device)",
                IndexFile.reason(driverSays));
    }

    @Test
    void aWholeCopyIsRenamedIntoPlace() throws IOException {
        byte[] bytes = {1, 2, 3};
        Path library = dir.resolve("v/libsqlitejdbc.so");
        assertEquals(Optional.of(library), SqliteNative.install(new ByteArrayInputStream(bytes), library));
        assertArrayEquals(bytes, Files.readAllBytes(library));
        try (Stream<Path> left = Files.list(library.getParent())) {
            assertTrue(left.allMatch(library::equals));
        }
    }
}
