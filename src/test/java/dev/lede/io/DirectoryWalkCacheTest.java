package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWalkCacheTest {

    /** More than the names kept, so a walk goes on from the kept names to the real listing. */
    private static final int FILES = ListingCache.KEPT + 44;

    @TempDir
    Path temp;

    private Path dir;
    private ListingCache cache;
    private final List<Runnable> tasks = new ArrayList<>();

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createDirectories(temp.resolve("news"));
        for (int i = FILES - 1; i >= 0; i--) {
            touch(String.format("story-%04d.txt", i));
        }
        settle();
        cache = new ListingCache(temp.resolve("cache"), 3);
        Assumptions.assumeTrue(ListingCache.mayBeLarge(Files.readAttributes(dir, BasicFileAttributes.class)),
                "this file system gives a folder's size as its number of entries (ZFS): too few here to be kept");
    }

    @Test
    void aFolderThatIsSmallByItsOwnSizeIsNotLookedUp() throws IOException {
        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("a.txt"), "Story.\nBody.");
        assertTrue(!ListingCache.mayBeLarge(Files.readAttributes(small, BasicFileAttributes.class)));
        assertTrue(!ListingCache.mayBeLarge(null));
    }

    private void touch(String name) throws IOException {
        Files.writeString(dir.resolve(name), "Story.\nBody.");
    }

    /** Sets the folder's modification time well in the past (a new one each time), so it may be kept. */
    private void settle() throws IOException {
        FileTime current = Files.getLastModifiedTime(dir);
        long past = Math.min(current.toMillis(), System.currentTimeMillis() - 60_000) - 1_000;
        Files.setLastModifiedTime(dir, FileTime.fromMillis(past));
    }

    private List<String> walk(Executor background) {
        DirectoryWalk walk = new DirectoryWalk(dir, LoadOptions.defaults(), cache, background);
        List<String> names = new ArrayList<>();
        while (walk.hasNext()) {
            names.add(dir.relativize(walk.next()).toString());
        }
        assertTrue(walk.drainProblems().isEmpty());
        return names;
    }

    private List<String> real() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private ListingCache.Stamp stamp() throws IOException {
        return ListingCache.Stamp.now(dir, dir.toRealPath());
    }

    private String[] kept() throws IOException {
        return new ListingCache(temp.resolve("cache"), 3).read(stamp());
    }

    @Test
    void aLargeFolderIsKeptAfterItsFirstListingAndWalkedTheSameFromTheCache() throws IOException {
        List<String> expected = real();
        assertNull(kept());
        assertEquals(expected, walk(Runnable::run));
        String[] kept = kept();
        assertNotNull(kept);
        assertArrayEquals(expected.subList(0, ListingCache.KEPT).toArray(), kept);
        assertEquals(expected, walk(Runnable::run));
    }

    @Test
    void aSmallFolderIsNotKept() throws IOException {
        cache = new ListingCache(temp.resolve("cache"), FILES + 1);
        walk(Runnable::run);
        assertNull(kept());
    }

    @Test
    void aStaleCacheIsIgnoredAndRewritten() throws IOException {
        walk(Runnable::run);
        Files.delete(dir.resolve("story-0001.txt"));
        touch("story-0000a.txt");
        Files.move(dir.resolve("story-0003.txt"), dir.resolve("renamed.txt"));
        settle();
        assertNull(kept(), "the folder changed");
        assertEquals(real(), walk(Runnable::run));
        assertArrayEquals(real().subList(0, ListingCache.KEPT).toArray(), kept());
    }

    @Test
    void aCacheThatLiesAtTheSameModificationTimeStillGivesExactlyTheRealFiles() throws IOException {
        List<String> expected = real();
        String[] lying = expected.subList(0, ListingCache.KEPT).toArray(new String[0]);
        lying[5] = "story-0004b.txt"; // no such file, in place of story-0005.txt
        lying[9] = "story-0008a.txt"; // no such file
        lying[200] = "story-0200.txt-gone"; // no such file
        Arrays.sort(lying);
        assertTrue(cache.write(dir, stamp(), lying, System.currentTimeMillis()));
        assertArrayEquals(lying, kept(), "valid by its stamp");

        List<String> walked = walk(Runnable::run);
        assertEquals(expected, walked.stream().sorted().toList(), "every real file once, nothing else");
        assertArrayEquals(expected.subList(0, ListingCache.KEPT).toArray(), kept(), "and kept right");
        assertEquals(expected, walk(Runnable::run), "in order from then on");
    }

    @Test
    void aKeptNameThatVanishesAndComesBackBeforeTheRealListingIsWalkedOnce() throws IOException {
        walk(Runnable::run);
        FileTime unchanged = Files.getLastModifiedTime(dir);
        Files.delete(dir.resolve("story-0002.txt"));
        Files.setLastModifiedTime(dir, unchanged); // the cache still looks valid
        assertNotNull(kept());
        DirectoryWalk walk = new DirectoryWalk(dir, LoadOptions.defaults(), cache, tasks::add);
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // the real listing starts three quarters through the kept names
            walked.add(dir.relativize(walk.next()).toString());
        }
        assertEquals(List.of("story-0000.txt", "story-0001.txt", "story-0003.txt", "story-0004.txt",
                "story-0005.txt"), walked);
        assertEquals(List.of(), tasks, "not listed yet");
        touch("story-0002.txt"); // back before the folder is listed for real
        while (tasks.isEmpty()) {
            walked.add(dir.relativize(walk.next()).toString());
        }
        tasks.forEach(Runnable::run);
        walk.forEachRemaining(path -> walked.add(dir.relativize(path).toString()));
        assertEquals(real(), walked.stream().sorted().toList());
    }

    @Test
    void aNameThatDoesNotDecodeSendsTheRestToTheExactListing() throws IOException, InterruptedException {
        walk(Runnable::run);
        FileTime unchanged = Files.getLastModifiedTime(dir);
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'story-0100\\377.txt')\"")
                .directory(dir.toFile()).start();
        Assumptions.assumeTrue(touch.waitFor() == 0 && real().size() == FILES + 1, "needs sh and touch");
        Files.setLastModifiedTime(dir, unchanged);
        assertNotNull(kept());
        List<String> walked = walk(Runnable::run);
        assertEquals(real(), walked.stream().sorted().toList());
        assertEquals(1, walked.stream().filter(name -> name.contains("\uFFFD")).count());
    }
}
