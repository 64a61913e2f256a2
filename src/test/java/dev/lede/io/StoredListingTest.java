package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.index.LibraryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede list}'s short way: a library the index holds unchanged, with resolutions stored, is listed
 * from the rows; any change at all (a file added, touched, deleted, grown past the limit) leaves it to the load.
 */
class StoredListingTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path dir;

    private Path folder;

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
    }

    private Optional<LibraryIndex> open() {
        return LibraryIndex.open(
                dir.resolve("cache/lede/index.db"),
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                line -> {
                    throw new AssertionError(line);
                });
    }

    /** The ordinary load, as {@code lede list} runs it when the short way does not apply: stores rows and resolutions. */
    private void load(LoadOptions options) {
        LibraryBuilder builder = LibraryBuilder.forPrinting();
        try (IndexedLoad load = new IndexedLoad(this::open, new Loader(options), options, line -> {})) {
            load.load(List.of(folder.toString()), new LoadSink() {
                @Override
                public void loaded(Parsed parsed) {
                    builder.accept(parsed);
                }

                @Override
                public void listed(List<ListedArticle> articles, List<Problem> problems) {
                    builder.accept(articles, problems);
                }

                @Override
                public void resolvedAhead() {
                    builder.resolvedAhead();
                }
            });
            Library library = builder.finish();
            load.storeResolutions(library);
        }
    }

    /** The lines the short way gave ("1 name Headline → 2"), or null when it left the listing to the load. */
    private List<String> listed(LoadOptions options) {
        List<String> lines = new ArrayList<>();
        List<String> arguments = List.of(folder.toString());
        try (WalkAhead walk = WalkAhead.start(arguments, options);
                LibraryIndex index = open().orElseThrow()) {
            Optional<StoredListing.Counts> counts =
                    StoredListing.list(arguments, options, walk, index, new StoredListing.Lines() {
                        @Override
                        public void line(
                                int number,
                                ArticleId id,
                                String source,
                                String headline,
                                String published,
                                int[] related) {
                            lines.add(number + " " + Path.of(source).getFileName() + " " + headline + " → "
                                    + Arrays.toString(related));
                        }

                        @Override
                        public void problem(Problem problem) {
                            lines.add("problem " + problem.describe());
                        }
                    });
            return counts.isPresent() ? lines : null;
        }
    }

    @Test
    void anUnchangedLibraryIsListedFromTheRowsAndEveryChangeIsLeftToTheLoad() throws IOException {
        folder = Files.createDirectories(dir.resolve("news"));
        write(
                "a.txt",
                "Harbour council approves the new ferry pier.\n\nThe vote was close.\n\n"
                        + "Related:\n- Ferry operator names the pier's opening day\n");
        write("b.txt", "Ferry operator names the pier's opening day.\n\nIt opens in June.\n");
        write(
                "c.txt",
                "Harbour council approves the new ferry pier.\n\nThe vote was close.\n\n"
                        + "Related:\n- Ferry operator names the pier's opening day\n");
        LoadOptions options = LoadOptions.defaults();
        assertEquals(null, listed(options), "nothing stored yet");
        load(options);
        List<String> lines = listed(options);
        assertEquals(
                List.of(
                        "1 a.txt Harbour council approves the new ferry pier. → [2]",
                        "2 b.txt Ferry operator names the pier's opening day. → []",
                        "problem " + folder.resolve("c.txt") + ": same article as " + folder.resolve("a.txt")
                                + "; merged"),
                lines);

        write("d.txt", "Lighthouse reopens after the storm.\n\nVisitors are back.\n");
        assertEquals(null, listed(options), "a file added");
        load(options);
        assertTrue(listed(options) != null);

        Files.setLastModifiedTime(folder.resolve("b.txt"), FileTime.fromMillis(System.currentTimeMillis() - 1_800_000));
        assertEquals(null, listed(options), "a file touched");
        load(options);
        assertTrue(listed(options) != null);

        Files.delete(folder.resolve("d.txt"));
        assertEquals(null, listed(options), "a file deleted");
        load(options);
        assertTrue(listed(options) != null);

        assertEquals(null, listed(options.withMaxSize(10)), "files now over the size limit are read, to be skipped");
    }
}
