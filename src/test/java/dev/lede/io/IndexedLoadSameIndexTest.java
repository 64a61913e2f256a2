package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.library.BodySearch;
import dev.lede.core.parse.Parsed;
import dev.lede.io.index.LibraryIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder deleted under a running reader (found by qa7: rm -rf of the cache after a fetch had made the
 * reader load again): the search, which opens its connection at the first query, opened a new, empty index at
 * the same path and found nothing for every query without a word. It now refuses that index and says so once.
 */
class IndexedLoadSameIndexTest {

    @TempDir
    Path dir;

    @Test
    void aSearchAfterTheIndexWasDeletedSaysSoInsteadOfFindingNothingSilently() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Harbour wall delayed again.\n\nMore words follow here.\n");
        Path file = dir.resolve("cache/lede/index.db");
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        List<String> warnings = new ArrayList<>();
        AtomicReference<BodySearch> search = new AtomicReference<>();
        LoadSink sink = new LoadSink() {
            @Override
            public void loaded(Parsed parsed) {}

            @Override
            public void searchWith(BodySearch given) {
                search.set(given);
            }
        };
        LoadOptions options = LoadOptions.defaults();
        try (IndexedLoad load = new IndexedLoad(
                () -> LibraryIndex.open(file, environment, warnings::add),
                new Loader(options),
                options,
                warnings::add,
                false)) {
            load.load(List.of(folder.toString()), sink);
            for (Path left : List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"))) {
                Files.deleteIfExists(left);
            }
            assertEquals(List.of(), search.get().search("harbour", 10));
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(file + ": deleted or replaced while lede ran"), warnings.get(0));
        }
    }
}
