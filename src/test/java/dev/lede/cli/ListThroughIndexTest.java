package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede list} through the library index: the same bytes as a fresh parse on every run, whatever
 * changed in between, and an unchanged file is not read again.
 */
class ListThroughIndexTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        return environment;
    }

    private CliRun list(String... args) {
        List<String> all = new ArrayList<>(List.of("list"));
        all.addAll(List.of(args));
        return CliRun.withEnvironment(environment(), "", all.toArray(String[]::new));
    }

    /** A fresh parse of the same inputs, the index neither read nor written. */
    private CliRun fresh(String... args) {
        List<String> all = new ArrayList<>(List.of("--no-state"));
        all.addAll(List.of(args));
        return list(all.toArray(String[]::new));
    }

    private Path index() {
        return cache.resolve("lede/index.db");
    }

    private static void assertSame(CliRun expected, CliRun actual) {
        assertEquals(expected.out(), actual.out());
        assertEquals(expected.err(), actual.err());
        assertEquals(expected.exitCode(), actual.exitCode());
    }

    /**
     * Articles in the generated corpus's shape: a headline, paragraphs, then related headlines that are
     * other articles' headlines, some cut short and some naming nothing here. Every file an hour old, so
     * its stamp is trusted.
     */
    private Path corpus(int count) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        String[] people = {
            "Mara Voss", "Idris Kale", "Tomasz Brenner", "Ana Lucía Reyes", "Olu Adeyemi", "Saoirse Quinn"
        };
        String[] acts = {"opens", "defends", "abandons", "announces", "questions", "celebrates"};
        String[] things = {
            "the harbour budget",
            "a ferry timetable",
            "the winter festival",
            "a theatre season",
            "the flood barrier plan",
            "a new film about the coast"
        };
        List<String> headlines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            headlines.add(people[i % people.length] + " " + acts[i / people.length % acts.length] + " "
                    + things[i / 36 % things.length] + " after vote number " + (i + 1) + " in Halvern.");
        }
        Random random = new Random(5);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(headlines.get(i)).append('\n');
            for (int p = 0; p < 3; p++) {
                text.append("Paragraph ")
                        .append(p + 1)
                        .append(" about “")
                        .append(things[(i + p) % things.length])
                        .append("” says the council met on day ")
                        .append(random.nextInt(300))
                        .append(".\n");
            }
            for (int r = 0; r < 4; r++) {
                String target = headlines.get(random.nextInt(count));
                target = target.substring(0, target.length() - 1);
                text.append(
                                r == 3
                                        ? "Glassblowers of the old quarter open their doors number "
                                                + random.nextInt(50)
                                        : r == 2 ? target.substring(0, target.lastIndexOf(" in ")) : target)
                        .append('\n');
            }
            write(folder.resolve(String.format("article-%04d.txt", i + 1)), text.toString(), 3600);
        }
        return folder;
    }

    private static void write(Path file, String text, int secondsAgo) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    /**
     * Replaces a file's bytes with others of the same length, keeping its identity and modification time:
     * the index cannot tell, so a run that shows the old headline did not read the file.
     */
    private static void overwriteUnseen(Path file, String from, String to) throws IOException {
        assertEquals(from.length(), to.length());
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        assertTrue(text.contains(from));
        byte[] bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(bytes);
        }
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aGeneratedCorpusListsTheSameWithAndWithoutTheIndex() throws IOException {
        Path folder = corpus(240);
        CliRun expected = fresh(folder.toString());
        assertTrue(
                expected.out().lines().anyMatch(line -> line.matches(".*\t\\d+( \\d+)+$")),
                "related headlines resolve: " + expected.out().lines().limit(3).toList());
        assertFalse(Files.exists(index()), "--no-state writes no index");
        assertSame(expected, list(folder.toString())); // parsed and stored
        assertTrue(Files.exists(index()));
        assertSame(expected, list(folder.toString())); // listed and resolved from the index
        assertSame(fresh("--json", folder.toString()), list("--json", folder.toString()));
    }

    @Test
    void theRepositoryFeedsListTheSameWithAndWithoutTheIndex() throws IOException {
        Path feeds = Path.of("").toAbsolutePath().resolve("feeds");
        assumeTrue(Files.isDirectory(feeds), "the repository's feeds/ folder is not here");
        Path copy = Files.createDirectories(dir.resolve("feeds"));
        try (Stream<Path> files = Files.list(feeds)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
                Files.setLastModifiedTime(
                        copy.resolve(file.getFileName()),
                        FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        CliRun expected = fresh(copy.toString());
        for (int run = 0; run < 3; run++) {
            assertSame(expected, list(copy.toString()));
        }
    }

    @Test
    void problemsFeedItemsAndMergedArticlesAreSaidAlikeFromTheIndex() throws IOException {
        Path folder = corpus(12);
        write(folder.resolve("copy.txt"), Files.readString(folder.resolve("article-0003.txt")), 3600);
        write(folder.resolve("empty.txt"), "", 3600);
        Files.write(
                folder.resolve("latin.txt"),
                "Caf\u00e9 owners in Halvern protest the parking rules.\nThe council listened.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.setLastModifiedTime(
                folder.resolve("latin.txt"), FileTime.from(Instant.now().minusSeconds(3600)));
        write(
                folder.resolve("news.xml"),
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title>"
                        + "<item><title>Quay item one</title><description>First.</description></item>"
                        + "<item><title>Mara Voss opens the harbour budget after vote number 1 in Halvern</title>"
                        + "<description>Second.</description><pubDate>not a date</pubDate></item></channel></rss>",
                3600);
        // Named relative to the working folder: the index keeps absolute paths, and says each as named here.
        String named = Path.of("").toAbsolutePath().relativize(folder).toString();
        CliRun expected = fresh(named, folder.resolve("article-0001.txt").toString());
        assertTrue(expected.err().contains("merged"), expected.err());
        assertTrue(expected.err().contains(named + "/latin.txt: not valid UTF-8"), expected.err());
        assertTrue(expected.out().contains("news.xml#2"), expected.out());
        for (int run = 0; run < 3; run++) {
            assertSame(expected, list(named, folder.resolve("article-0001.txt").toString()));
        }
        // The folder alone, without the input that gives nothing (never stored, so always read): from the
        // second run on, listed straight from the index's rows (StoredListing).
        Files.delete(folder.resolve("empty.txt"));
        CliRun alone = fresh(named);
        assertTrue(
                alone.err().contains("copy.txt: same article as " + named + "/article-0003.txt; merged"), alone.err());
        for (int run = 0; run < 3; run++) {
            assertSame(alone, list(named));
            assertSame(fresh("--json", named), list("--json", named));
        }
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws IOException {
        Path folder = corpus(20);
        list(folder.toString());
        overwriteUnseen(folder.resolve("article-0007.txt"), "Halvern.", "Halverx.");
        assertTrue(fresh(folder.toString()).out().contains("Halverx."), "a fresh parse reads the new bytes");
        assertFalse(list(folder.toString()).out().contains("Halverx."), "the index vouched for the file");
    }

    @Test
    void addedChangedDeletedAndRenamedFilesBetweenRuns() throws IOException {
        Path folder = corpus(60);
        String before = list(folder.toString()).out();
        assertEquals(fresh(folder.toString()).out(), before);

        write(
                folder.resolve("article-0061.txt"),
                "Idris Kale opens a lighthouse museum in Halvern.\nIt opens in May.\n"
                        + "Mara Voss opens the harbour budget after vote number 1 in Halvern\n",
                1800);
        write(
                folder.resolve("article-0002.txt"),
                "Saoirse Quinn withdraws from the council race in Halvern.\n" + "She gave no reason.\n",
                1800);
        Files.delete(folder.resolve("article-0003.txt"));
        // Renamed with the same identity and stamp: kept under the new name without being read, which the
        // same-length change (invisible to its stamp) shows.
        overwriteUnseen(folder.resolve("article-0004.txt"), "Halvern.", "Halverx.");
        Files.move(folder.resolve("article-0004.txt"), folder.resolve("renamed-0004.txt"));

        CliRun after = list(folder.toString());
        CliRun expected = fresh(folder.toString());
        assertNotEquals(before, after.out());
        assertTrue(
                after.out()
                        .contains(
                                "renamed-0004.txt\tAna Lucía Reyes opens the harbour budget after vote number 4 in Halvern."),
                after.out());
        assertTrue(
                expected.out()
                        .contains(
                                "renamed-0004.txt\tAna Lucía Reyes opens the harbour budget after vote number 4 in Halverx."),
                "a fresh parse reads the renamed file");
        assertTrue(after.out().contains("withdraws from the council race"), after.out());
        assertFalse(after.out().contains("article-0003.txt"), after.out());

        // The change made visible: from here on the index agrees with a fresh parse again.
        Files.setLastModifiedTime(
                folder.resolve("renamed-0004.txt"), FileTime.from(Instant.now().minusSeconds(600)));
        assertSame(fresh(folder.toString()), list(folder.toString()));
        assertSame(fresh(folder.toString()), list(folder.toString()));
    }

    @Test
    void aFileTooLargeForThisRunIsSkippedAsWithoutTheIndex() throws IOException {
        Path folder = corpus(5);
        StringBuilder big = new StringBuilder("A long report on the harbour wall in Halvern.\n");
        while (big.length() < 1_100_000) {
            big.append("The wall is long and the report says so at length, again and again.\n");
        }
        write(folder.resolve("big.txt"), big.toString(), 3600);
        list(folder.toString());
        CliRun expected = fresh("--max-size", "1", folder.toString());
        assertTrue(expected.err().contains("big.txt"), expected.err());
        assertSame(expected, list("--max-size", "1", folder.toString()));
    }

    @Test
    void stdinAloneNeitherReadsNorWritesTheIndex() {
        CliRun run = CliRun.withEnvironment(
                environment(), "Harbour pilots vote to strike.\nThe vote was close.\n", "list", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(index()));
    }

    @Test
    void aGarbageIndexIsSetAsideWithOneLineAndTheListIsTheSame() throws IOException {
        Path folder = corpus(10);
        Files.createDirectories(index().getParent());
        Files.writeString(
                index(), "not a database at all, but long enough to have a header of a hundred bytes".repeat(3));
        CliRun run = list(folder.toString());
        assertEquals(fresh(folder.toString()).out(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("set aside"), run.err());
        assertSame(fresh(folder.toString()), list(folder.toString()));
    }

    @Test
    void anIndexThatCannotBeMadeIsOneLineAndEveryFileIsRead() throws IOException {
        Path folder = corpus(10);
        Path notAFolder = Files.writeString(dir.resolve("cache-file"), "a file where the cache folder should be");
        Map<String, String> environment = environment();
        environment.put("XDG_CACHE_HOME", notAFolder.toString());
        CliRun run = CliRun.withEnvironment(environment, "", "list", folder.toString());
        assertEquals(fresh(folder.toString()).out(), run.out());
        assertEquals(0, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("without the library index"), run.err());
    }

    @Test
    void helpSaysWhatNoStateLeavesAlone() {
        assertTrue(CliRun.of("list", "--help").out().contains("library index"));
        assertTrue(CliRun.of("export", "--help").out().contains("library index"));
        assertTrue(CliRun.of("show", "--help").out().contains("library index"));
    }

    /** Show goes through the index too: the same article printed alike, by number and by id. */
    @Test
    void showIsTheSameWithAndWithoutTheIndex() throws IOException {
        Path folder = corpus(30);
        CliRun byNumber = CliRun.withEnvironment(
                environment(), "", "show", "--no-state", "--width", "60", "7", folder.toString());
        assertFalse(Files.exists(index()), "--no-state leaves the index alone");
        for (int run = 0; run < 2; run++) {
            assertSame(
                    byNumber,
                    CliRun.withEnvironment(environment(), "", "show", "--width", "60", "7", folder.toString()));
        }
        assertTrue(Files.exists(index()));
        String id = list("--json", folder.toString())
                .out()
                .lines()
                .skip(6)
                .findFirst()
                .orElseThrow()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertSame(byNumber, CliRun.withEnvironment(environment(), "", "show", "--width", "60", id, folder.toString()));
    }

    /** Export prints bodies, so it still reads every file once (as it opens each article), not twice. */
    @Test
    void exportIsTheSameWithAndWithoutTheIndex() throws IOException {
        Path folder = corpus(80);
        write(
                folder.resolve("news.xml"),
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title>"
                        + "<item><title>Quay item one</title><description>First.</description></item>"
                        + "<item><title>Quay item two</title><description>Second.</description></item></channel></rss>",
                3600);
        write(
                folder.resolve("quay.html"),
                "<html><head><title>Quay wall repaired before the winter storms</title>"
                        + "<link rel=canonical href='https://quay.example/wall'>"
                        + "<meta property='og:url' content='https://quay.example/news/wall?ref=og'></head><body><article>"
                        + "<p>The quay wall was repaired in three weeks, ahead of the storms the harbour master expects.</p>"
                        + "<figure><img src='/img/wall.jpg' alt='Masons at the quay wall at low tide'></figure>"
                        + "<p>Stone from the old fish market was used for the outer face of the wall this time.</p>"
                        + "</article></body></html>",
                3600);
        write(
                folder.resolve("pier.txt"),
                "Title: Pier lights replaced\nURL: https://pier.example/lights\n\n"
                        + "[image: The pier at night] <https://pier.example/night.jpg>\n\nNew lamps went up on Monday.\n",
                3600);
        CliRun expected = CliRun.withEnvironment(environment(), "", "export", "--no-state", folder.toString());
        assertTrue(
                expected.out().contains("\"related\":[{"),
                expected.out().lines().findFirst().orElse(""));
        // what a warm index cannot hold, the article's pictures and every address, comes out the same
        assertTrue(
                expected.out()
                        .contains("\"url\":\"https://quay.example/wall\",\"addresses\":[\"https://quay.example/wall\","
                                + "\"https://quay.example/news/wall?ref=og\"]"),
                expected.out());
        assertTrue(
                expected.out()
                        .contains(
                                "\"body\":\"The quay wall was repaired in three weeks, ahead of the storms the harbour master"
                                        + " expects.\\n\\nStone from the old fish market was used for the outer face of the wall this time.\","
                                        + "\"images\":[{\"alt\":\"Masons at the quay wall at low tide\",\"url\":\""),
                expected.out());
        assertTrue(
                expected.out()
                        .contains(
                                "\"body\":\"New lamps went up on Monday.\",\"images\":[{\"alt\":\"The pier at night\","
                                        + "\"url\":\"https://pier.example/night.jpg\"}]"),
                expected.out());
        assertFalse(Files.exists(index()));
        for (int run = 0; run < 3; run++) {
            assertSame(expected, CliRun.withEnvironment(environment(), "", "export", folder.toString()));
        }
        assertTrue(Files.exists(index()));
    }
}
