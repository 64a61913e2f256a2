package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import dev.lede.io.index.FileStamp;
import dev.lede.io.index.IndexBatch;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.LibraryIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of the folders against the index, stopped from another thread (the reader quitting). */
class UnchangedCheckTest {

    /** More inputs than the listing hands over before it waits for the walk (chunks of 256, 4 waiting). */
    private static final int FILES = 1_600;

    @TempDir
    Path temp;

    @Test
    void stoppingLetsGoOfTheIndexWhileTheWalkIsStillBusy() throws Exception {
        Path news = Files.createDirectories(temp.resolve("news"));
        try (LibraryIndex index = storedIndex(news)) {
            IndexScope scope = IndexScope.of(List.of(news));
            UnchangedCheck check = UnchangedCheck.of(index, scope, LoadOptions.defaults());
            CountDownLatch walking = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // A walk still sorting a huge folder's names: it hands the merge nothing until released.
            CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> check.run(merge -> {
                walking.countDown();
                awaitQuietly(release);
                return true;
            }));
            assertTrue(walking.await(10, TimeUnit.SECONDS));
            Thread.sleep(300); // the listing fills its hand-over queue and waits, holding the index
            check.stop();
            CompletableFuture<Long> changes = CompletableFuture.supplyAsync(index::changes);
            long asked = changes.get(10, TimeUnit.SECONDS); // throws on timeout: the index still held
            assertTrue(asked >= 0);
            release.countDown();
            assertFalse(answer.get(10, TimeUnit.SECONDS), "a stopped check says nothing holds");
        }
    }

    @Test
    void aCheckNotStoppedFindsTheFolderUnchanged() throws Exception {
        Path news = Files.createDirectories(temp.resolve("news"));
        try (LibraryIndex index = storedIndex(news)) {
            IndexScope scope = IndexScope.of(List.of(news));
            assertEquals(
                    true,
                    UnchangedCheck.of(index, scope, LoadOptions.defaults()).unchanged(List.of(news.toString())));
        }
    }

    /** An index in the test's cache folder holding {@link #FILES} files written into {@code news}. */
    private LibraryIndex storedIndex(Path news) throws Exception {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        LibraryIndex index = LibraryIndex.open(temp.resolve("cache/lede/index.db"), environment, line -> {})
                .orElseThrow();
        store(index, news);
        return index;
    }

    private static void store(LibraryIndex index, Path news) throws Exception {
        Parsers parsers = new Parsers(InputFormat.AUTO);
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (IndexBatch batch = index.batch()) {
            for (int i = 0; i < FILES; i++) {
                Path file = news.resolve(String.format("%05d.txt", i));
                Files.writeString(file, "Story " + i + "\n\nBody " + i + ".\n");
                Files.setLastModifiedTime(file, anHourAgo);
                batch.put(
                        file.toString(),
                        FileStamp.of(file),
                        file.toString(),
                        parsers.parse(Input.of(Source.of(file.toString()), Files.readAllBytes(file))),
                        Article::lede);
            }
            batch.commit();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
