package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folders watched with the system's notifications, and compared periodically where there are none. */
class FolderWatchTest {

    @TempDir
    Path dir;

    private static final long PATIENCE_MILLIS = 3_000;

    private static BiFunction<List<Path>, Runnable, FolderWatch> starter(boolean polling) {
        return polling ? FolderWatch::startPolling : FolderWatch::start;
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void newChangedAndDeletedFilesAreSeenAlsoInSubfoldersMadeLater(boolean polling) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library/harbour"));
        Files.writeString(library.resolve("a.txt"), "Title: A\n\nOne.\n");
        Semaphore changes = new Semaphore(0);
        try (FolderWatch watch = starter(polling).apply(List.of(dir.resolve("library")), changes::release)) {
            Thread.sleep(polling ? 1_200 : 200); // registered, or the first fingerprint taken
            assertEquals(polling, watch.isPolling());

            Files.writeString(library.resolve("b.txt"), "Title: B\n\nTwo.\n");
            assertTrue(changes.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "a new file");
            Thread.sleep(300);
            changes.drainPermits();

            Path tides = Files.createDirectories(dir.resolve("library/tides"));
            assertTrue(changes.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS) || polling, "a new folder");
            Thread.sleep(300);
            changes.drainPermits();
            Files.writeString(tides.resolve("c.txt"), "Title: C\n\nThree.\n");
            assertTrue(
                    changes.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS),
                    "a file in a folder made after the start");
            Thread.sleep(300);
            changes.drainPermits();

            Files.delete(library.resolve("a.txt"));
            assertTrue(changes.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "a deleted file");
        }
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void hiddenFilesSuchAsAFetchsTemporaryOnesAreNotAChange(boolean polling) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Semaphore changes = new Semaphore(0);
        try (FolderWatch watch = starter(polling).apply(List.of(library), changes::release)) {
            Thread.sleep(polling ? 1_200 : 200);
            Files.writeString(library.resolve(".a.txt.tmp"), "partial");
            Files.delete(library.resolve(".a.txt.tmp"));
            assertEquals(false, changes.tryAcquire(polling ? 2_500 : 1_000, TimeUnit.MILLISECONDS));
        }
    }
}
