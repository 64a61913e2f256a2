package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.EntryDetails.Details;
import dev.lede.io.index.KeptListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingFileTest {

    @TempDir
    Path cache;

    private final Path folder = Path.of("/home/reader/news");
    private final List<String> arguments = List.of("archive");

    private static final Details VOTE = new Details(
            "Pilots voted on Monday.",
            List.of(
                    new RelatedHeadline("Ferry timetable changes", "https://example.org/ferry"),
                    new RelatedHeadline("A story nobody wrote", null)),
            Arrays.asList(new ArticleId("ab12"), null));

    private ListingFile.Kept kept() {
        return new ListingFile.Kept(
                new KeptListing(42, List.of(new byte[] {1, 2, 3}, new byte[] {4})),
                List.of(
                        new ListingFile.Seed(7, "Harbour pilots vote", VOTE),
                        new ListingFile.Seed(9, "Quay market reopens", new Details(null, List.of(), null))));
    }

    @Test
    void theListingAndTheFirstRowsDetailsComeBackForTheSameInputs() {
        ListingFile file = new ListingFile(new FirstScreen(cache));
        assertTrue(file.write(folder, arguments, kept()));

        ListingFile.Kept read = file.read(folder, arguments).orElseThrow();
        assertEquals(42, read.listing().changes());
        assertEquals(2, read.listing().parts().size());
        assertArrayEquals(new byte[] {1, 2, 3}, read.listing().parts().get(0));
        assertArrayEquals(new byte[] {4}, read.listing().parts().get(1));
        assertEquals(kept().seeds(), read.seeds());
        assertTrue(read.listing().sameAs(kept().listing()));
        assertFalse(read.listing().sameAs(new KeptListing(42, List.of(new byte[] {1, 2, 3}, new byte[] {5}))));
    }

    @Test
    void otherInputsAnotherFolderOrADamagedFileGiveNothing() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        ListingFile file = new ListingFile(screen);
        assertTrue(file.read(folder, arguments).isEmpty(), "none kept");
        file.write(folder, arguments, kept());
        assertTrue(file.read(folder, List.of("archive", "more")).isEmpty());
        assertTrue(file.read(Path.of("/elsewhere"), arguments).isEmpty());

        Path written = ListingFile.beside(screen.file(FirstScreen.key(folder, arguments)));
        byte[] bytes = Files.readAllBytes(written);
        Files.write(written, Arrays.copyOf(bytes, bytes.length - 1));
        assertTrue(file.read(folder, arguments).isEmpty(), "truncated");
        Files.write(written, Arrays.copyOf(bytes, bytes.length + 1));
        assertTrue(file.read(folder, arguments).isEmpty(), "trailing bytes");
        Files.writeString(written, "garbage");
        assertTrue(file.read(folder, arguments).isEmpty(), "garbage");
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
        SeededDetails details = new SeededDetails(kept().seeds(), index);
        assertEquals(VOTE, details.of(7));
        assertEquals("Harbour pilots vote", details.headline(7));
        assertEquals("from the index 8", details.of(8).lede());
        assertEquals("index headline 8", details.headline(8));
        assertTrue(details.eachHeadline((row, headline) -> assertEquals("index headline 7", headline)));
    }
}
