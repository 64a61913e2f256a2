package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.EntryDetails.Details;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingFileTest {

    private final Path folder = Path.of("/home/reader/news");
    private final List<String> arguments = List.of("archive");

    private static final Details VOTE = new Details(
            "Pilots voted on Monday.",
            List.of(
                    new RelatedHeadline("Ferry timetable changes", "https://example.org/ferry"),
                    new RelatedHeadline("A story nobody wrote", null)),
            Arrays.asList(new ArticleId("ab12"), null));

    private static final List<ListingFile.Seed> SEEDS = List.of(
            new ListingFile.Seed(7, "Harbour pilots vote", VOTE),
            new ListingFile.Seed(9, "Quay market reopens", new Details(null, List.of(), null)));

    private static final List<byte[]> PARTS = List.of(new byte[] {1, 2, 3}, new byte[] {4});

    /** Hands over {@code parts}, as the index hands over a stored listing's. */
    private static ListingFile.Source source(List<byte[]> parts) {
        return visitor -> {
            parts.forEach(visitor);
            return !parts.isEmpty();
        };
    }

    @TempDir
    Path cache;

    /** A listing file whose parts' rows are their bytes, as the listing's first articles' rows. */
    private ListingFile file() {
        return new ListingFile(new FirstScreen(cache), (part, count, rows) -> {
            for (byte b : part) {
                if (rows.size() < count) {
                    rows.add((long) b);
                }
            }
        });
    }

    /** An index file, whose identity the listing keeps. */
    private Path index() throws IOException {
        Path index = cache.resolve("index.db");
        if (!Files.exists(index)) {
            Files.writeString(index, "an index");
        }
        return index;
    }

    private List<byte[]> parts(ListingFile.Kept kept) throws IOException {
        List<byte[]> parts = new java.util.ArrayList<>();
        ListingFile.Parts reader = kept.parts();
        for (byte[] part = reader.next(); part != null; part = reader.next()) {
            parts.add(part);
        }
        return parts;
    }

    @Test
    void theListingAndTheFirstRowsDetailsComeBackForTheSameInputs() throws IOException {
        List<List<Long>> asked = new java.util.ArrayList<>();
        assertTrue(file().write(folder, arguments, index(), 7, source(PARTS), rows -> {
            asked.add(rows);
            return SEEDS;
        }));
        assertEquals(List.of(List.of(1L, 2L, 3L, 4L)), asked, "the details of the first articles' rows");

        try (ListingFile.Kept read = file().read(folder, arguments).orElseThrow()) {
            assertEquals(SEEDS, read.seeds());
            List<byte[]> parts = parts(read);
            assertEquals(2, parts.size());
            assertArrayEquals(PARTS.get(0), parts.get(0));
            assertArrayEquals(PARTS.get(1), parts.get(1));
            assertEquals(2, parts(read).size(), "read again from the first");
            assertTrue(read.sameAs(source(PARTS)));
            assertFalse(read.sameAs(source(List.of(new byte[] {1, 2, 3}, new byte[] {5}))));
            assertFalse(read.sameAs(source(List.of(new byte[] {1, 2, 3}))), "one part fewer");
            assertFalse(read.sameAs(source(List.of(PARTS.get(0), PARTS.get(1), PARTS.get(1)))), "one more");
            assertFalse(read.sameAs(source(List.of())), "none stored");
        }
    }

    @Test
    void nothingIsWrittenWhenTheIndexHoldsNoListing() throws IOException {
        assertTrue(file().write(folder, arguments, index(), 7, source(PARTS), rows -> SEEDS));
        assertFalse(file().write(folder, arguments, index(), 7, source(List.of()), rows -> SEEDS));
        try (ListingFile.Kept read = file().read(folder, arguments).orElseThrow()) {
            assertEquals(2, parts(read).size(), "the one kept before is left as it was");
        }
    }

    @Test
    void otherInputsAnotherFolderOrADamagedFileGiveNothing() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        assertTrue(file().read(Path.of("/nowhere"), arguments).isEmpty(), "none kept");
        file().write(folder, arguments, index(), 7, source(PARTS), rows -> SEEDS);
        assertTrue(file().read(folder, List.of("archive", "more")).isEmpty());
        assertTrue(file().read(Path.of("/elsewhere"), arguments).isEmpty());

        Path written = ListingFile.beside(screen.file(FirstScreen.key(folder, arguments)));
        byte[] bytes = Files.readAllBytes(written);
        Files.write(written, Arrays.copyOf(bytes, bytes.length - 1));
        assertTrue(file().read(folder, arguments).isEmpty(), "truncated");
        Files.write(written, Arrays.copyOf(bytes, bytes.length + 1));
        assertTrue(file().read(folder, arguments).isEmpty(), "trailing bytes");
        Files.writeString(written, "garbage");
        assertTrue(file().read(folder, arguments).isEmpty(), "garbage");
        Files.write(written, new byte[0]);
        assertTrue(file().read(folder, arguments).isEmpty(), "empty");
    }

    @Test
    void theListingNamesTheIndexItWasCopiedFrom() throws IOException {
        assertTrue(file().write(folder, arguments, index(), 7, source(PARTS), rows -> SEEDS));
        String identity = ListingFile.identity(index(), 7);
        assertFalse(identity.isEmpty(), "this platform gives files an identity");
        try (ListingFile.Kept read = file().read(folder, arguments).orElseThrow()) {
            assertEquals(identity, read.index());
        }
        assertEquals("", ListingFile.identity(index(), 0), "an index with no number of its own is none");
        Path index = index();
        Files.delete(index);
        assertEquals("", ListingFile.identity(index, 7), "none once deleted");
        Files.writeString(index, "another index, maybe on the freed inode");
        assertFalse(identity.equals(ListingFile.identity(index, 8)), "a new index has another number");
    }

    @Test
    void partsChangedInPlaceFailTheirChecksumAtTheEndOfAPass() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        assertTrue(file().write(folder, arguments, index(), 7, source(PARTS), rows -> SEEDS));
        Path written = ListingFile.beside(screen.file(FirstScreen.key(folder, arguments)));
        byte[] bytes = Files.readAllBytes(written);
        long partsAt = java.nio.ByteBuffer.wrap(bytes, bytes.length - 16, 8).getLong();
        bytes[(int) partsAt + 5] ^= 0x5a; // the first part's second byte; every length intact
        Files.write(written, bytes);
        try (ListingFile.Kept read = file().read(folder, arguments).orElseThrow()) {
            ListingFile.Parts parts = read.parts();
            assertEquals(3, parts.next().length, "the part itself reads");
            assertEquals(1, parts.next().length);
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, parts::next, "not the bytes written");
            assertFalse(read.sameAs(source(PARTS)));
        }
    }

    @Test
    void thePartsAloneAreReadWithoutTheDetailsWhichTheirChecksumDoesNotNeed() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        assertTrue(file().write(folder, arguments, index(), 7, source(PARTS), rows -> SEEDS));
        Path written = ListingFile.beside(screen.file(FirstScreen.key(folder, arguments)));
        byte[] bytes = Files.readAllBytes(written);
        long seedsAt = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        bytes[(int) seedsAt] = (byte) 0x7f; // the details' count: far more than the file holds
        Files.write(written, bytes);
        assertTrue(file().read(folder, arguments).isEmpty(), "the details do not read");
        try (ListingFile.Kept read = file().readParts(folder, arguments).orElseThrow()) {
            assertEquals(List.of(), read.seeds(), "not read");
            assertEquals(ListingFile.identity(index(), 7), read.index());
            List<byte[]> parts = parts(read); // to the end, its checksum right
            assertEquals(2, parts.size());
            assertArrayEquals(PARTS.get(1), parts.get(1));
        }

        Files.write(written, Arrays.copyOf(bytes, bytes.length - 1));
        java.util.Optional<ListingFile.Kept> cut = file().readParts(folder, arguments);
        if (cut.isPresent()) { // where the trailer now points, the parts cannot pass their checksum
            try (ListingFile.Kept read = cut.get()) {
                org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> parts(read), "cut short");
            }
        }
        Files.writeString(written, "garbage");
        assertTrue(file().readParts(folder, arguments).isEmpty(), "garbage");
        Files.write(written, new byte[0]);
        assertTrue(file().readParts(folder, arguments).isEmpty(), "empty");
        assertTrue(file().readParts(Path.of("/elsewhere"), arguments).isEmpty(), "another folder's");
    }

    @Test
    void seededRowsAreAnsweredFromTheFileAndTheOthersByTheIndex() {
        EntryDetails index = new EntryDetails() {
            @Override
            public Details of(long row) {
                return new Details("from the index " + row, List.of(), null);
            }

            @Override
            public String headline(long row) {
                return "index headline " + row;
            }

            @Override
            public boolean eachHeadline(BiConsumer<Long, String> visitor) {
                visitor.accept(7L, "index headline 7");
                return true;
            }
        };
        SeededDetails details = new SeededDetails(SEEDS, index);
        assertEquals(VOTE, details.of(7));
        assertEquals("Harbour pilots vote", details.headline(7));
        assertEquals("from the index 8", details.of(8).lede());
        assertEquals("index headline 8", details.headline(8));
        assertTrue(details.eachHeadline((row, headline) -> assertEquals("index headline 7", headline)));
    }
}
