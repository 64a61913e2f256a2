package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index used from two processes, and the driver's native library kept out of /tmp. */
class IndexProcessesTest {

    @TempDir
    Path temp;

    @Test
    void theNativeLibraryIsUnpackedInTheCacheFolderNotTheTemporaryOne() throws Exception {
        Path cache = temp.resolve("cache");
        Path notAFolder = Files.writeString(temp.resolve("tmp"), "a /tmp where nothing can be unpacked (noexec)");
        Path output = temp.resolve("child.out");
        Process child = ChildJvm.start(
                cache,
                output,
                List.of("-Djava.io.tmpdir=" + notAFolder),
                cache.resolve("lede/index.db").toString(),
                "open");
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = ChildJvm.lines(output);
        assertEquals("opened", lines.get(0), String.join("\n", lines));
        // Should this library not load (a cache mounted noexec), the driver unpacks its own in java.io.tmpdir.
        assertEquals("null", lines.get(1), "the driver's fallback is left at java.io.tmpdir");
        Path library = Path.of(lines.get(2));
        assertEquals(cache.resolve("lede/native"), library.getParent(), "unpacked once, beside the cache");
        try (var files = Files.list(library)) {
            assertEquals(
                    List.of(System.mapLibraryName("sqlitejdbc")),
                    files.map(f -> f.getFileName().toString()).toList(),
                    "one whole library, no part left behind");
        }

        Path again = temp.resolve("again.out"); // the next run loads it from there as it is
        Files.setLastModifiedTime(
                library.resolve(System.mapLibraryName("sqlitejdbc")), java.nio.file.attribute.FileTime.fromMillis(0));
        Process second = ChildJvm.start(
                cache,
                again,
                List.of("-Djava.io.tmpdir=" + notAFolder),
                cache.resolve("lede/index.db").toString(),
                "open");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals("opened", ChildJvm.lines(again).get(0), String.join("\n", ChildJvm.lines(again)));
        assertEquals(
                0,
                Files.getLastModifiedTime(library.resolve(System.mapLibraryName("sqlitejdbc")))
                        .toMillis(),
                "not written again");
    }

    @Test
    void aReaderAndAWriterInTwoProcessesSeeWholeBatchesAndBothWrite() throws Exception {
        Path cache = temp.resolve("cache");
        Path file = cache.resolve("lede/index.db");
        Path output = temp.resolve("child.out");
        Process writer = ChildJvm.start(cache, output, List.of(), file.toString(), "write", "1");
        try (LibraryIndex index = LibraryIndex.open(file, IndexChild.environment(cache), System.err::println)
                .orElseThrow()) {
            ChildJvm.awaitLine(writer, output, "1");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            int reads = 0;
            long lastVersion = 0;
            while (System.nanoTime() < until) {
                long version = assertWholeBatch(index);
                assertTrue(version >= lastVersion, "never back in time");
                lastVersion = version;
                reads++;
            }
            // This process writes too, between the other's batches (it waits for the lock, then gets it).
            Path own = Files.writeString(temp.resolve("own.txt"), "Own story\n\nFrom the reader.\n");
            try (IndexBatch batch = index.batch()) {
                batch.put(
                        "/elsewhere/own.txt",
                        FileStamp.of(own),
                        own.toString(),
                        IndexChild.parsed(0, 0),
                        Article::lede);
                batch.commit();
            }
            assertEquals(IndexChild.ITEMS * IndexChild.INPUTS, index.count(IndexChild.SCOPE));
            assertTrue(reads > 10, "read while the other wrote: " + reads);
            assertTrue(ChildJvm.lines(output).size() > 3, "the other wrote meanwhile: " + ChildJvm.lines(output));
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Checks that every input holds one and the same version, with all its items and the search index
     * agreeing; returns that version.
     */
    static long assertWholeBatch(LibraryIndex index) {
        List<IndexedInput> inputs = new ArrayList<>();
        index.list(IndexChild.SCOPE, Integer.MAX_VALUE, inputs::add);
        assertEquals(IndexChild.INPUTS, inputs.size());
        long version = inputs.get(0).stamp().size();
        for (int i = 0; i < IndexChild.INPUTS; i++) {
            IndexedInput input = inputs.get(i);
            assertEquals(version, input.stamp().size(), "every input of a batch at once");
            assertEquals(IndexChild.ITEMS, input.articles().size());
            for (IndexedArticle article : input.articles()) {
                assertEquals(
                        IndexChild.parsed(
                                        Integer.parseInt(input.path().substring("/synthetic/input".length())), version)
                                .articles()
                                .get(0)
                                .headline(),
                        article.headline(),
                        "articles of the version the stamp says");
            }
        }
        return version;
    }
}
