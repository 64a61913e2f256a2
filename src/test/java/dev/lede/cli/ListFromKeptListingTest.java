package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.library.LibraryEntry;
import dev.lede.io.StoredListing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede list} of an unchanged library from the listing kept in the cache, with no SQLite at all
 * (io/KeptListing): the index is not even opened, and anything the copy cannot vouch for opens it as before.
 * Every run's lines and problems are compared with a fresh parse's.
 */
class ListFromKeptListingTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    /** What one run printed, its status, and how many times it opened the library index. */
    private record Run(String out, String err, int status, int opened) {}

    private Run run(boolean noState, String... inputs) {
        return run(noState, 32, inputs);
    }

    private Run run(boolean noState, int maxSizeMib, String... inputs) {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        StringBuilder out = new StringBuilder();
        StringWriter errText = new StringWriter();
        PrintWriter err = new PrintWriter(errText, true);
        InputOptions options = new InputOptions();
        options.inputs = List.of(inputs);
        options.read.maxSizeMib = maxSizeMib;
        int[] opened = {0};
        int status = LibraryLoad.list(
                options,
                noState,
                new CommandConfig(null, environment, err),
                environment,
                new ByteArrayInputStream(new byte[0]),
                err,
                new StoredListing.Lines() {
                    @Override
                    public void line(
                            int number, ArticleId id, String source, String headline, String published, int[] related) {
                        out.append(ListFromKeptListingTest.line(number, id, source, headline, related));
                    }

                    @Override
                    public void problem(Problem problem) {
                        LibraryLoad.report(err, problem);
                    }
                },
                resolved -> {
                    for (LibraryEntry entry : resolved.library().entries()) {
                        out.append(ListFromKeptListingTest.line(
                                entry.position() + 1,
                                entry.id(),
                                entry.source().label(),
                                entry.headline(),
                                resolved.numbers(entry)));
                    }
                },
                arguments -> {
                    opened[0]++;
                    return CacheFiles.libraryIndex(arguments, noState, environment, err::println);
                });
        err.flush();
        return new Run(out.toString(), errText.toString(), status, opened[0]);
    }

    private static String line(int number, ArticleId id, String source, String headline, int[] related) {
        return number + "\t" + id.value() + "\t" + source + "\t" + headline + "\t" + Arrays.toString(related) + "\n";
    }

    /** Through the index and its kept listing when they stand. */
    private Run list(String... inputs) {
        return run(false, inputs);
    }

    /** The truth: every file parsed, no cache read or written. */
    private void assertAsFresh(Run run, String... inputs) {
        Run fresh = run(true, inputs);
        assertEquals(0, fresh.opened());
        assertEquals(fresh.out(), run.out());
        assertEquals(fresh.err(), run.err());
        assertEquals(fresh.status(), run.status());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600))); // its stamp trusted
    }

    /** Three articles leading to one another, and a page with no text, which the listing warns about. */
    private Path news() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), "Harbour budget passes\n\nThe council voted.\n\nFerry timetable changes\n");
        write(news.resolve("b.txt"), "Ferry timetable changes\n\nBoats leave earlier.\n\nHarbour budget passes\n");
        write(news.resolve("c.txt"), "Quay market reopens\n\nStalls are back.\n\nFerry timetable changes\n");
        write(news.resolve("page.html"), "<html><body></body></html>");
        return news;
    }

    private Path keptFolder() {
        return cache.resolve("lede/first-screen");
    }

    private List<Path> keptListings() throws IOException {
        if (!Files.isDirectory(keptFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(keptFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".listing"))
                    .toList();
        }
    }

    @Test
    void anUnchangedFolderIsListedWithoutOpeningTheIndex() throws IOException {
        Path news = news();
        Run first = list(news.toString());
        assertEquals(1, first.opened(), "a first run builds the index");
        assertAsFresh(first, news.toString());
        assertEquals(1, keptListings().size(), "and keeps its listing, though no reader ran");

        Run second = list(news.toString());
        assertEquals(0, second.opened(), "no SQLite at all");
        assertAsFresh(second, news.toString());
        assertTrue(
                second.err().contains("page.html: no readable text"), "the warning the listing holds: " + second.err());
    }

    @Test
    void aFolderHoldingFilesSkippedForWhatTheyHoldIsStillUnchanged() throws IOException {
        Path news = news();
        write(news.resolve("empty.txt"), "");
        write(news.resolve("blank.txt"), " \n\t\n");
        Files.write(news.resolve("junk.txt"), new byte[] {'x', 0, 1, 2, 0, 'y'});
        Files.setLastModifiedTime(
                news.resolve("junk.txt"), FileTime.from(Instant.now().minusSeconds(3600)));
        write(news.resolve("data.json"), "{\"a\": 1}\n{\"b\": 2}\n");
        Run first = list(news.toString());
        assertEquals(1, first.opened());
        assertAsFresh(first, news.toString());
        assertEquals(1, first.status(), "skipped inputs: " + first.err());

        Run second = list(news.toString());
        assertEquals(0, second.opened(), "the skipped files are held with their reasons, so nothing changed");
        assertAsFresh(second, news.toString());
        for (String skipped :
                List.of("empty.txt: empty; skipped", "junk.txt: binary file; skipped", "data.json: JSON")) {
            assertTrue(second.err().contains(skipped), skipped + " said again: " + second.err());
        }

        write(news.resolve("empty.txt"), "Lighthouse keeper retires\n\nAfter forty years.\n");
        Run filled = list(news.toString());
        assertEquals(1, filled.opened(), "a skipped file that changed is read again");
        assertAsFresh(filled, news.toString());
        assertTrue(filled.out().contains("Lighthouse keeper retires"), filled.out());
    }

    @Test
    void aFileSkippedForItsSizeIsReadAgainWhenTheLimitAllowsIt() throws IOException {
        Path news = news();
        write(news.resolve("long.txt"), "A long report\n\n" + "word ".repeat(300_000) + "\n");
        Run limited = run(false, 1, news.toString());
        assertTrue(limited.err().contains("long.txt: file is"), limited.err());
        assertEquals(1, limited.status());

        Run allowed = list(news.toString());
        assertEquals(1, allowed.opened(), "the size skip was not kept as the file's truth");
        assertAsFresh(allowed, news.toString());
        assertTrue(allowed.out().contains("A long report"), allowed.out());
    }

    @Test
    void aListingKeptByAnIndexRunIsUsedFromTheNextRun() throws IOException {
        Path news = news();
        list(news.toString());
        Files.delete(keptListings().get(0)); // as after a lede that kept none
        Run throughIndex = list(news.toString());
        assertEquals(1, throughIndex.opened());
        assertAsFresh(throughIndex, news.toString());
        assertEquals(1, keptListings().size(), "kept by a run that listed from the index");
        byte[] kept = Files.readAllBytes(keptListings().get(0));

        Run fast = list(news.toString());
        assertEquals(0, fast.opened());
        assertAsFresh(fast, news.toString());
        assertTrue(Arrays.equals(kept, Files.readAllBytes(keptListings().get(0))), "not written again");
    }

    @Test
    void aFileChangedAddedRemovedOrRenamedOpensTheIndexAndPrintsTheNewTruth() throws IOException {
        Path news = news();
        list(news.toString());
        assertEquals(0, list(news.toString()).opened());

        write(news.resolve("c.txt"), "Quay market closes again\n\nStalls are gone.\n\nHarbour budget passes\n");
        assertChangedThenKept(news, "changed");
        write(news.resolve("d.txt"), "Lighthouse keeper retires\n\nAfter forty years.\n\nQuay market closes again\n");
        assertChangedThenKept(news, "added");
        Files.delete(news.resolve("a.txt"));
        assertChangedThenKept(news, "removed");
        Files.move(news.resolve("b.txt"), news.resolve("z.txt"));
        assertChangedThenKept(news, "renamed");
        Files.setLastModifiedTime(
                news.resolve("d.txt"), FileTime.from(Instant.now().minusSeconds(600)));
        assertChangedThenKept(news, "touched");
    }

    private void assertChangedThenKept(Path news, String what) {
        Run changed = list(news.toString());
        assertEquals(1, changed.opened(), what + ": the copy no longer stands");
        assertAsFresh(changed, news.toString());
        Run next = list(news.toString());
        assertEquals(0, next.opened(), what + ": kept again for the next run");
        assertAsFresh(next, news.toString());
    }

    @Test
    void aFileChangedWithinTwoSecondsOfItsReadingIsNeverVouchedFor() throws IOException {
        Path news = news();
        Files.setLastModifiedTime(news.resolve("b.txt"), FileTime.from(Instant.now()));
        list(news.toString());
        Run again = list(news.toString());
        assertEquals(1, again.opened(), "its stamp was taken too soon after the change to trust");
        assertAsFresh(again, news.toString());
    }

    @Test
    void aKeptListingDamagedTruncatedOrFromAnotherLedeIsIgnored() throws IOException {
        Path news = news();
        list(news.toString());
        Path kept = keptListings().get(0);
        byte[] whole = Files.readAllBytes(kept);

        byte[] damaged = whole.clone();
        // A headline's letter, in the parts: every stamp and length intact, so only its checksum tells.
        damaged[indexOf(damaged, "Quay market".getBytes(StandardCharsets.UTF_8))] = 'K';
        assertIgnored(news, kept, damaged, "damaged");
        assertIgnored(news, kept, Arrays.copyOf(whole, whole.length - 9), "truncated");
        byte[] another = whole.clone();
        int header = indexOf(another, "lede listing 2/".getBytes(StandardCharsets.UTF_8));
        another[header + "lede listing 2/".length()] ^= 1; // another index layout or parsers' generation
        assertIgnored(news, kept, another, "another lede's");
    }

    @Test
    void listingReadsTheKeptPartsAloneNotTheFirstScreensDetails() throws IOException {
        Path news = news();
        list(news.toString());
        Path kept = keptListings().get(0);
        byte[] bytes = Files.readAllBytes(kept);
        long seedsAt = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        bytes[(int) seedsAt] = 0x7f; // the details' count, far beyond the file: the reader's first screen ignores it
        Files.write(kept, bytes);
        Run run = list(news.toString());
        assertEquals(0, run.opened(), "listed from the parts, whose checksum holds");
        assertAsFresh(run, news.toString());
    }

    private void assertIgnored(Path news, Path kept, byte[] bytes, String what) throws IOException {
        Files.write(kept, bytes);
        Run run = list(news.toString());
        assertEquals(1, run.opened(), what);
        assertAsFresh(run, news.toString());
        assertEquals(0, list(news.toString()).opened(), what + ": kept again whole");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + part.length), part)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void theKeptListingDoesNotOutliveItsIndex() throws IOException {
        Path news = news();
        list(news.toString());
        assertEquals(0, list(news.toString()).opened());
        Path index = cache.resolve("lede/index.db");
        for (String file : new String[] {"index.db", "index.db-wal", "index.db-shm"}) {
            Files.deleteIfExists(cache.resolve("lede").resolve(file));
        }
        Run afterDelete = list(news.toString());
        assertEquals(1, afterDelete.opened(), "deleting the index reads every file again");
        assertAsFresh(afterDelete, news.toString());
        assertTrue(Files.exists(index));
        assertEquals(0, list(news.toString()).opened(), "the copy is kept again, of the new index");

        // Deleted again, and a new index made by a run on another folder before this one is listed.
        for (String file : new String[] {"index.db", "index.db-wal", "index.db-shm"}) {
            Files.deleteIfExists(cache.resolve("lede").resolve(file));
        }
        Path other = Files.createDirectories(dir.resolve("other"));
        write(other.resolve("o.txt"), "Lighthouse keeper retires\n\nAfter forty years.\n");
        list(other.toString());
        assertTrue(Files.exists(index));
        Run afterNewIndex = list(news.toString());
        assertEquals(1, afterNewIndex.opened(), "another index, though in the same place (maybe the same inode)");
        assertAsFresh(afterNewIndex, news.toString());
    }

    @Test
    void anIndexThatItsOpeningWouldSetAsideOrFindReadOnlyIsOpenedToSaySo() throws IOException {
        Path news = news();
        list(news.toString());
        Path index = cache.resolve("lede/index.db");
        byte[] header = new byte[100];
        try (var file = new java.io.RandomAccessFile(index.toFile(), "rw")) {
            file.readFully(header);
            file.seek(60);
            file.writeInt(java.nio.ByteBuffer.wrap(header, 60, 4).getInt() + 1); // another lede's user_version
        }
        Run other = list(news.toString());
        assertEquals(1, other.opened(), "an index of another lede is set aside, and that is said");
        assertTrue(other.err().contains("set aside"), other.err());

        assertEquals(0, list(news.toString()).opened(), "the rebuilt index's copy");
        assertTrue(index.toFile().setWritable(false));
        try {
            Run readOnly = list(news.toString());
            if (Files.isWritable(index)) {
                return; // run as root: nothing is read-only
            }
            assertEquals(1, readOnly.opened(), "a read-only index: its opening says it cannot be written");
            assertTrue(readOnly.err().contains("cannot be written"), readOnly.err());
        } finally {
            index.toFile().setWritable(true);
        }
    }

    @Test
    void inputsInAnotherOrderAreAnotherListing() throws IOException {
        Path news = news();
        Path more = Files.createDirectories(dir.resolve("more"));
        write(more.resolve("m.txt"), "Ferry timetable changes\n\nA copy in another folder.\n\nQuay market reopens\n");
        list(news.toString(), more.toString());
        assertEquals(0, list(news.toString(), more.toString()).opened());

        Run reversed = list(more.toString(), news.toString());
        assertEquals(1, reversed.opened(), "not the other order's copy");
        assertAsFresh(reversed, more.toString(), news.toString());
        Run reversedAgain = list(more.toString(), news.toString());
        assertEquals(0, reversedAgain.opened());
        assertAsFresh(reversedAgain, more.toString(), news.toString());
        Run first = list(news.toString(), more.toString());
        assertEquals(0, first.opened(), "each order keeps its own");
        assertAsFresh(first, news.toString(), more.toString());
    }

    @Test
    void noStateAndStdinAloneTouchNoCache() throws IOException {
        Path news = news();
        Run run = run(true, news.toString());
        assertEquals(0, run.opened());
        assertFalse(Files.exists(cache.resolve("lede")), "neither the index nor a kept listing");
        Run stdin = list("-");
        assertEquals(0, stdin.opened());
        assertFalse(Files.exists(cache.resolve("lede")), "stdin alone: " + stdin.err());
    }
}
