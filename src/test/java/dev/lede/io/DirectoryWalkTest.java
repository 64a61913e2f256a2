package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWalkTest {

    @TempDir
    Path dir;

    private List<String> walk(LoadOptions options) {
        DirectoryWalk walk = new DirectoryWalk(dir, options);
        List<String> names = new ArrayList<>();
        while (walk.hasNext()) {
            names.add(dir.relativize(walk.next()).toString());
        }
        assertTrue(walk.drainProblems().isEmpty());
        return names;
    }

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Story.\nBody.");
    }

    @Test
    void namesAreInStringOrderWithCaseAndNonAsciiAsJavaComparesThem() throws IOException {
        // String.compareTo: uppercase before lowercase, digits before letters, accents and other
        // scripts after ASCII, an emoji (a surrogate pair) before the fullwidth forms.
        for (String name : List.of(
                "b.txt",
                "B.txt",
                "a.txt",
                "A.txt",
                "10.txt",
                "9.txt",
                "é.txt",
                "e.txt",
                "Ω.txt",
                "日本.txt",
                "\uD83D\uDCF0.txt",
                "\uFF21.txt",
                "a b.txt")) {
            touch(name);
        }
        assertEquals(
                List.of(
                        "10.txt",
                        "9.txt",
                        "A.txt",
                        "B.txt",
                        "a b.txt",
                        "a.txt",
                        "b.txt",
                        "e.txt",
                        "é.txt",
                        "Ω.txt",
                        "日本.txt",
                        "\uD83D\uDCF0.txt",
                        "\uFF21.txt"),
                walk(LoadOptions.defaults()));
    }

    @Test
    void aLinkBackToAFolderBeingWalkedIsNotFollowedAgain() throws IOException {
        touch("loop/a.txt");
        touch("loop/sub/b.txt");
        Files.createSymbolicLink(dir.resolve("loop/sub/up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        touch("other/c.txt");
        Files.createSymbolicLink(dir.resolve("other/again"), dir.resolve("loop/sub"));
        // A link to a folder elsewhere is walked (other/again, and its up: loop is not on that path);
        // one back to a folder on the walk's own path is not (loop/sub/up, self, other/again/up/sub).
        assertEquals(
                List.of("loop/a.txt", "loop/sub/b.txt", "other/again/b.txt", "other/again/up/a.txt", "other/c.txt"),
                walk(LoadOptions.defaults()));
    }

    @Test
    void directoriesAreWalkedWhereTheirNameSortsAndHiddenEntriesAreLeftOut() throws IOException {
        touch("m/inner.txt");
        touch("z.txt");
        touch("a.txt");
        touch(".hidden.txt");
        touch(".git/config.txt");
        touch("picture.png");
        assertEquals(List.of("a.txt", "m/inner.txt", "z.txt"), walk(LoadOptions.defaults()));
    }

    @Test
    void byModifiedTimeOldestFirstThenByName() throws IOException {
        touch("new.txt");
        touch("old.txt");
        touch("same-b.txt");
        touch("same-a.txt");
        Files.setLastModifiedTime(dir.resolve("new.txt"), FileTime.fromMillis(3_000_000));
        Files.setLastModifiedTime(dir.resolve("old.txt"), FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(dir.resolve("same-b.txt"), FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(dir.resolve("same-a.txt"), FileTime.fromMillis(2_000_000));
        assertEquals(
                List.of("old.txt", "same-a.txt", "same-b.txt", "new.txt"),
                walk(LoadOptions.defaults().withOrder(LoadOptions.SortOrder.MODIFIED)));
    }

    @Test
    void anUnreadableDirectoryIsAProblemNotAnEnd() throws IOException {
        touch("a.txt");
        Path missing = dir.resolve("gone");
        DirectoryWalk walk = new DirectoryWalk(missing, LoadOptions.defaults());
        assertTrue(!walk.hasNext());
        assertEquals(
                List.of(missing + ": directory cannot be read; skipped"),
                walk.drainProblems().stream().map(p -> p.describe()).toList());
    }

    @Test
    void aLargeFolderIsWalkedInTheSameOrderAsASmallOne() throws IOException {
        List<String> expected = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        String[] stems = {"Article", "article", "Émile", "zebra", "日報", "\uD83D\uDCF0", "\uFF21", "10", "9"};
        for (int i = 0; i < DirectoryWalk.FIRST_SORTED * 2 + 37; i++) {
            String name = stems[random.nextInt(stems.length)] + "-" + random.nextInt(1_000_000) + "-" + i + ".txt";
            touch(name);
            expected.add(name);
        }
        java.util.Collections.sort(expected);
        assertEquals(expected, walk(LoadOptions.defaults()));
    }

    @Test
    void theSmallestNamesArePickedOutInOrderWithoutSortingTheRest() {
        java.util.Random random = new java.util.Random(11);
        String[] names = new String[5_000];
        for (int i = 0; i < names.length; i++) {
            names[i] = Integer.toString(random.nextInt(1 << 30), 36) + "-" + i;
        }
        String[] unsorted = names.clone();
        String[] sorted = names.clone();
        java.util.Arrays.sort(sorted);
        FolderNames packed = FolderNames.of(names);
        List<String> smallest = new java.util.ArrayList<>();
        for (int index : packed.smallest(100)) {
            smallest.add(packed.name(index));
        }
        assertEquals(List.of(java.util.Arrays.copyOf(sorted, 100)), smallest);
        assertEquals(List.of(unsorted), List.of(names), "the listing itself is left as it is");
    }

    @Test
    void eachFileComesWithTheStampOfTheWalksOwnStatTakenBeforeIt() throws IOException {
        touch("a.txt");
        touch("m/b.txt");
        Files.setLastModifiedTime(dir.resolve("a.txt"), FileTime.fromMillis(1_000_000_000_000L));
        long before = FileStamp.nowNanos();
        DirectoryWalk walk = new DirectoryWalk(dir, LoadOptions.defaults());
        int files = 0;
        while (walk.hasNext()) {
            Path file = walk.next();
            FileStamp stamp = walk.stamp();
            FileStamp stated = FileStamp.of(file);
            assertEquals(stated.size(), stamp.size(), file.toString());
            assertEquals(stated.modifiedNanos(), stamp.modifiedNanos(), file.toString());
            assertEquals(stated.fileKey(), stamp.fileKey(), file.toString());
            assertTrue(stamp.takenNanos() >= before && stamp.takenNanos() <= stated.takenNanos(), file.toString());
            files++;
        }
        assertEquals(2, files);
    }

    @Test
    void theInputWalkHandsOnTheStampOfAFolderFileAndNoneForAFileNamedAsAnArgument() throws IOException {
        touch("m/a.txt");
        touch("b.txt");
        List<FileStamp> stamps = new ArrayList<>();
        InputWalk.walk(
                List.of(dir.resolve("m").toString(), dir.resolve("b.txt").toString()),
                LoadOptions.defaults(),
                new InputWalk.Visitor() {
                    @Override
                    public boolean file(Path file, String name, FileStamp stamp) {
                        stamps.add(stamp);
                        return true;
                    }

                    @Override
                    public void problem(Problem problem) {}
                });
        assertEquals(2, stamps.size());
        assertEquals(Files.size(dir.resolve("m/a.txt")), stamps.get(0).size());
        assertNull(stamps.get(1));
    }
}
