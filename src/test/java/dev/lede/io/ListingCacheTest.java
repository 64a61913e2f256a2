package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingCacheTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    private static final String[] HEAD = {"a.txt", "b.txt", "c.txt"};

    @TempDir
    Path temp;

    private Path dir;
    private ListingCache cache;

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createDirectories(temp.resolve("news"));
        for (String name : HEAD) {
            Files.writeString(dir.resolve(name), "Story.\nBody.");
        }
        Files.setLastModifiedTime(dir, AN_HOUR_AGO);
        cache = new ListingCache(temp.resolve("cache"), 3);
    }

    private ListingCache.Stamp stamp() throws IOException {
        return ListingCache.Stamp.now(dir, dir.toRealPath());
    }

    private Path file() throws IOException {
        return temp.resolve("cache").resolve(ListingCache.fileName(dir.toRealPath().toString()));
    }

    private void settle() throws IOException {
        Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    @Test
    void keptNamesAreReadBackWhileTheFolderIsUnchanged() throws IOException {
        assertNull(cache.read(stamp()), "nothing kept yet");
        assertTrue(cache.write(dir, stamp(), HEAD, System.currentTimeMillis()));
        assertArrayEquals(HEAD, cache.read(stamp()));
        assertArrayEquals(HEAD, new ListingCache(temp.resolve("cache"), 3).read(stamp()), "and by the next run");
        assertTrue(Files.readString(file()).startsWith(ListingCache.MAGIC + "\n" + dir.toRealPath() + "\n"));
    }

    @Test
    void addingAFileMakesTheKeptNamesStale() throws IOException {
        cache.write(dir, stamp(), HEAD, System.currentTimeMillis());
        Files.writeString(dir.resolve("d.txt"), "New.\nBody.");
        assertNull(cache.read(stamp()));
    }

    @Test
    void deletingAFileMakesTheKeptNamesStale() throws IOException {
        cache.write(dir, stamp(), HEAD, System.currentTimeMillis());
        Files.delete(dir.resolve("b.txt"));
        assertNull(cache.read(stamp()));
    }

    @Test
    void renamingAFileMakesTheKeptNamesStale() throws IOException {
        cache.write(dir, stamp(), HEAD, System.currentTimeMillis());
        Files.move(dir.resolve("b.txt"), dir.resolve("bb.txt"));
        assertNull(cache.read(stamp()));
    }

    @Test
    void anotherFolderAtTheSamePathIsNotTheSameListing() throws IOException {
        ListingCache.Stamp stamp = stamp();
        cache.write(dir, stamp, HEAD, System.currentTimeMillis());
        ListingCache.Stamp otherInode = new ListingCache.Stamp(stamp.path(), "(dev=1,ino=2) " + stamp.identity()
                .substring(stamp.identity().indexOf(' ') + 1), stamp.modifiedMillis());
        assertNull(cache.read(otherInode));
    }

    @Test
    void aFolderChangedShortlyBeforeItWasListedIsNotKept() throws IOException {
        Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis() - 500));
        assertFalse(cache.write(dir, stamp(), HEAD, System.currentTimeMillis()));
        assertFalse(Files.exists(file()));
    }

    @Test
    void aFolderThatChangedWhileItWasListedIsNotKept() throws IOException {
        ListingCache.Stamp before = stamp();
        Files.writeString(dir.resolve("d.txt"), "New.\nBody.");
        settle();
        assertFalse(cache.write(dir, before, HEAD, System.currentTimeMillis()));
    }

    @Test
    void namesWithALineBreakAreNotKept() throws IOException {
        assertFalse(cache.write(dir, stamp(), new String[] {"a\nb.txt", "c.txt"}, System.currentTimeMillis()));
        assertFalse(Files.exists(file()));
    }

    @Test
    void aDamagedFileIsIgnoredAndRewritten() throws IOException {
        cache.write(dir, stamp(), HEAD, System.currentTimeMillis());
        String good = Files.readString(file());
        for (String bad : new String[] {
                "", "garbage", good.replace(ListingCache.MAGIC, "lede-listing 2"),
                good.substring(0, good.length() - 1), // cut short
                good.replace("\n3\n", "\n4\n"), // says more names than it holds
                good + "d.txt\n", // holds more names than it says
                good.replace("\n3\n", "\nthree\n"), good.replace("\n3\n", "\n-1\n"), good.replace("\n3\n", "\n99999999\n"),
                good.replace("b.txt", "0.txt"), // out of order
                good.replace("a.txt", "../../etc/passwd"), good.replace("a.txt", ".hidden"),
                good.replace("\nc.txt\n", "\nc.txt\n\n").replace("\n3\n", "\n4\n"), // an empty name
                good.replace(dir.toRealPath().toString(), "/some/other/folder")}) {
            Files.writeString(file(), bad);
            assertNull(new ListingCache(temp.resolve("cache"), 3).read(stamp()), bad);
        }
        byte[] notUtf8 = good.replace("a.txt", "a?.txt").getBytes(StandardCharsets.UTF_8);
        notUtf8[good.indexOf("a.txt") + 1] = (byte) 0xff;
        Files.write(file(), notUtf8);
        assertNull(new ListingCache(temp.resolve("cache"), 3).read(stamp()));
        byte[] huge = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        Files.write(file(), huge);
        assertNull(new ListingCache(temp.resolve("cache"), 3).read(stamp()));

        assertTrue(cache.write(dir, stamp(), HEAD, System.currentTimeMillis()));
        assertArrayEquals(HEAD, new ListingCache(temp.resolve("cache"), 3).read(stamp()));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsNoError() throws IOException {
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "x");
        ListingCache unwritable = new ListingCache(blocked.resolve("listings"), 3);
        assertFalse(unwritable.write(dir, stamp(), HEAD, System.currentTimeMillis()));
        assertNull(unwritable.read(stamp()));
    }

    @Test
    void theFolderIsUnderXdgCacheHomeElseUnderHome() {
        assertEquals(Optional.of(Paths.get("/x/cache/lede/listings")),
                ListingCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/home/u")));
        assertEquals(Optional.of(Paths.get("/home/u/.cache/lede/listings")),
                ListingCache.defaultFolder(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/home/u")));
        assertEquals(Optional.empty(), ListingCache.defaultFolder(Map.of()));
    }

    @Test
    void eachFolderHasItsOwnFile() {
        assertNotNull(ListingCache.fileName("/a"));
        assertEquals(16, ListingCache.fileName("/a").length());
        assertFalse(ListingCache.fileName("/a").equals(ListingCache.fileName("/b")));
    }
}
