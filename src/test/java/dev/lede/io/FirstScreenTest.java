package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstScreenTest {

    @TempDir
    Path cache;

    private final Path folder = Path.of("/home/reader/news");
    private final List<String> arguments = List.of("archive", "extra/one.txt");

    /** An article whose lede is its first paragraph, {@code lede}; none when null. */
    private static Article article(String name, String headline, String lede, String published) {
        return new Article(
                ArticleId.forContent(headline),
                new Source(name, 2),
                Format.HTML,
                headline,
                null,
                published,
                null,
                null,
                lede == null ? List.of() : List.of(new Block.Paragraph(lede, List.of())),
                List.of(),
                List.of(),
                List.of());
    }

    private static Library library(int size) {
        LibraryBuilder builder = new LibraryBuilder();
        for (int i = 0; i < size; i++) {
            builder.add(new Parsed(
                    List.of(article(
                            "archive/" + i + ".md", "Headline number " + i, i % 2 == 0 ? "A lede " + i : null, null)),
                    List.of()));
        }
        return builder.finish();
    }

    @Test
    void theFirstRowsComeBackAsTheyWereForTheSameInputsTypedInTheSameFolder() {
        FirstScreen screen = new FirstScreen(cache);
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(new Parsed(
                List.of(article("archive/a.md", "Ferry timetable changes", "Two sailings fewer.", "2026-03-01")),
                List.of()));
        Library library = builder.finish();
        assertTrue(screen.write(folder, arguments, library));

        List<ListedArticle> rows = screen.read(folder, arguments).orElseThrow();
        assertEquals(1, rows.size());
        ListedArticle row = rows.get(0);
        assertEquals(ArticleId.forContent("Ferry timetable changes"), row.id());
        assertEquals(new Source("archive/a.md", 2), row.source());
        assertEquals(Format.HTML, row.format());
        assertEquals("Ferry timetable changes", row.headline());
        assertEquals(library.entry(0).lede(), row.lede());
        assertTrue(row.lede().startsWith("Two sailings"));
        assertEquals("2026-03-01", row.published());
        assertFalse(row.isKeptApart());
    }

    @Test
    void atMostAScreenfulIsKeptEachWithItsLedeAsTheLibraryHadIt() {
        FirstScreen screen = new FirstScreen(cache);
        Library library = library(FirstScreen.ROWS + 20);
        screen.write(folder, arguments, library);
        List<ListedArticle> rows = screen.read(folder, arguments).orElseThrow();
        assertEquals(FirstScreen.ROWS, rows.size());
        assertEquals("Headline number 99", rows.get(99).headline());
        assertEquals(library.entry(0).lede(), rows.get(0).lede());
        assertEquals(library.entry(1).lede(), rows.get(1).lede(), "an article without a lede");
    }

    @Test
    void otherInputsOrAnotherFolderFindNothing() {
        FirstScreen screen = new FirstScreen(cache);
        screen.write(folder, arguments, library(3));
        assertTrue(screen.read(folder, List.of("archive")).isEmpty());
        assertTrue(screen.read(folder, List.of("extra/one.txt", "archive")).isEmpty());
        assertTrue(screen.read(Path.of("/home/reader"), arguments).isEmpty(), "names are relative to the folder");
        assertTrue(screen.read(folder, arguments).isPresent());
    }

    @Test
    void eachListOfInputsKeepsItsOwnRowsAndOnlyTheLatestFilesStay() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        screen.write(folder, List.of("archive"), library(3));
        screen.write(folder, List.of("other"), library(4));
        assertEquals(3, screen.read(folder, List.of("archive")).orElseThrow().size());
        assertEquals(4, screen.read(folder, List.of("other")).orElseThrow().size());
        for (int i = 0; i < FirstScreen.KEPT + 5; i++) {
            long written = 1_000_000L * (i + 1); // each older than the next, none as new as a file just written
            try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
                files.filter(f -> f.toFile().lastModified() > 1_000_000_000_000L)
                        .forEach(f -> f.toFile().setLastModified(written));
            }
            screen.write(folder, List.of("folder-" + i), library(1));
        }
        try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
            assertEquals(FirstScreen.KEPT, files.count());
        }
        assertTrue(
                screen.read(folder, List.of("folder-" + (FirstScreen.KEPT + 4))).isPresent());
        assertTrue(screen.read(folder, List.of("archive")).isEmpty(), "the oldest went");
    }

    @Test
    void aListingKeptBesideAFirstScreenIsNotCountedAndGoesWithIt() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        ListingFile listings = new ListingFile(screen, (part, count, rows) -> {});
        ListingFile.Source kept = visitor -> {
            visitor.accept(new byte[] {1});
            return true;
        };
        screen.write(folder, List.of("archive"), library(3));
        assertTrue(listings.write(folder, List.of("archive"), cache.resolve("index.db"), 7, kept, rows -> List.of()));
        for (int i = 0; i < FirstScreen.KEPT - 1; i++) {
            long written = 1_000_000L * (i + 1);
            try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
                files.filter(f -> f.toFile().lastModified() > 1_000_000_000_000L)
                        .forEach(f -> f.toFile().setLastModified(written));
            }
            screen.write(folder, List.of("folder-" + i), library(1));
        }
        assertTrue(screen.read(folder, List.of("archive")).isPresent(), "the listing is not a first screen");
        assertTrue(listings.read(folder, List.of("archive")).isPresent());
        screen.write(folder, List.of("one more"), library(1));
        assertTrue(screen.read(folder, List.of("archive")).isEmpty(), "the oldest went");
        assertTrue(listings.read(folder, List.of("archive")).isEmpty(), "and its listing with it");
        try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
            assertEquals(FirstScreen.KEPT, files.count());
        }
    }

    /** {@code lede list} keeps a listing with no first screen: it counts as one library, and goes when old. */
    @Test
    void aListingKeptAloneCountsAsALibraryAndGoesWhenOld() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        ListingFile listings = new ListingFile(screen, (part, count, rows) -> {});
        ListingFile.Source kept = visitor -> {
            visitor.accept(new byte[] {1});
            return true;
        };
        assertTrue(listings.write(folder, List.of("archive"), cache.resolve("index.db"), 7, kept, rows -> List.of()));
        for (int i = 0; i < FirstScreen.KEPT; i++) {
            long written = 1_000_000L * (i + 1);
            try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
                files.filter(f -> f.toFile().lastModified() > 1_000_000_000_000L)
                        .forEach(f -> f.toFile().setLastModified(written));
            }
            if (i == FirstScreen.KEPT - 1) {
                assertTrue(listings.read(folder, List.of("archive")).isPresent(), "one of the latest still");
            }
            screen.write(folder, List.of("folder-" + i), library(1));
        }
        assertTrue(listings.read(folder, List.of("archive")).isEmpty(), "the oldest went, though alone");
        try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
            assertEquals(FirstScreen.KEPT, files.count());
        }
    }

    private Path onlyFile() throws IOException {
        try (var files = Files.list(cache.resolve(FirstScreen.FOLDER_NAME))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size());
            return all.get(0);
        }
    }

    @Test
    void theSameRowsAreNotWrittenAgain() {
        FirstScreen screen = new FirstScreen(cache);
        assertTrue(screen.write(folder, arguments, library(3)));
        assertFalse(screen.write(folder, arguments, library(3)), "every start of an unchanged library would write");
        assertTrue(screen.write(folder, arguments, library(4)));
    }

    @Test
    void aDamagedFileOrOneFromAnotherLedeIsIgnored() throws IOException {
        FirstScreen screen = new FirstScreen(cache);
        assertTrue(screen.read(folder, arguments).isEmpty(), "none yet");

        screen.write(folder, arguments, library(5));
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 7));
        assertTrue(screen.read(folder, arguments).isEmpty(), "truncated");

        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        Files.write(file, longer);
        assertTrue(screen.read(folder, arguments).isEmpty(), "something after the last row");

        Files.writeString(file, "garbage, not a first screen at all");
        assertTrue(screen.read(folder, arguments).isEmpty(), "garbage");

        byte[] other = whole.clone();
        int at = new String(other, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("screen 1/");
        other[at + "screen ".length()] = '2';
        Files.write(file, other);
        assertTrue(screen.read(folder, arguments).isEmpty(), "another layout");
    }

    @Test
    void anEmptyLibraryIsNotKept() {
        FirstScreen screen = new FirstScreen(cache);
        assertFalse(screen.write(folder, arguments, new LibraryBuilder().finish()));
        assertFalse(Files.exists(cache.resolve(FirstScreen.FOLDER_NAME)));
    }
}
