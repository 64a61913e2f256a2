package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's own connections (search, the rows' ledes) open the index its library was loaded from, never
 * another: with the cache folder deleted while the reader ran, a search after a reload opened a new, empty
 * index and found nothing, for every query, without a word (found by qa7).
 */
class SameIndexTest {

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    private Optional<LibraryIndex> open(Path file) {
        return LibraryIndex.open(
                file, Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()), warnings::add);
    }

    @Test
    void anIndexMadeAnewInPlaceOfTheLoadedOneIsRefusedAndSaidSo() throws Exception {
        Path file = temp.resolve("cache/lede/index.db");
        try (LibraryIndex loaded = open(file).orElseThrow()) {
            int instance = loaded.instance();
            for (Path left : List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"))) {
                Files.deleteIfExists(left); // rm -rf of the cache under a running reader
            }
            LibraryIndex other = open(file).orElseThrow();
            assertNotEquals(instance, other.instance());
            IndexException refused =
                    assertThrows(IndexException.class, () -> SameIndex.check(Optional.of(other), instance));
            assertEquals(
                    file + ": deleted or replaced while lede ran (start lede again to rebuild it)",
                    refused.getMessage());
        }
    }

    @Test
    void theLoadedIndexOpenedAgainIsTaken() {
        Path file = temp.resolve("cache/lede/index.db");
        try (LibraryIndex loaded = open(file).orElseThrow()) {
            LibraryIndex again = open(file).orElseThrow();
            try (again) {
                assertSame(
                        again,
                        SameIndex.check(Optional.of(again), loaded.instance()).orElseThrow());
                assertSame(again, SameIndex.check(Optional.of(again), 0).orElseThrow(), "nothing loaded yet");
            }
        }
    }
}
