package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LibraryWithoutSearchTest {

    private static List<Parsed> bundledSamples() throws IOException {
        Path feeds = Paths.get("").toAbsolutePath().resolve("feeds");
        Assumptions.assumeTrue(Files.isDirectory(feeds), "no feeds/ directory at " + feeds);
        List<Parsed> parsed = new ArrayList<>();
        try (var files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                parsed.add(new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(file.getFileName().toString()), Files.readAllBytes(file))));
            }
        }
        return parsed;
    }

    private static Library build(LibraryBuilder builder, List<Parsed> parsed) {
        parsed.forEach(builder::add);
        return builder.finish();
    }

    @Test
    void relatedHeadlinesResolveExactlyAsInASearchableLibrary() throws IOException {
        List<Parsed> parsed = bundledSamples();
        Library searchable = build(new LibraryBuilder(), parsed);
        Library listOnly = build(LibraryBuilder.withoutSearch(), parsed);
        assertEquals(searchable.entries(), listOnly.entries());
        int resolved = 0;
        for (LibraryEntry entry : searchable.entries()) {
            for (RelatedHeadline related : entry.related()) {
                assertEquals(
                        searchable.match(related.headline()), listOnly.match(related.headline()), related.headline());
                resolved += searchable.match(related.headline()).isPresent() ? 1 : 0;
            }
        }
        assertTrue(resolved > 50, "the samples' related headlines mostly resolve: " + resolved);
    }

    @Test
    void aLibraryBuiltForPrintingKeepsNoLedesAndResolvesAsTheSearchableOne() throws IOException {
        List<Parsed> parsed = bundledSamples();
        Library searchable = build(new LibraryBuilder(), parsed);
        Library printing = build(LibraryBuilder.forPrinting(), parsed);
        assertEquals(searchable.size(), printing.size());
        int resolved = 0;
        for (int i = 0; i < searchable.size(); i++) {
            LibraryEntry full = searchable.entry(i);
            LibraryEntry lean = printing.entry(i);
            assertEquals(
                    List.of(full.id(), full.source(), full.headline(), full.related()),
                    List.of(lean.id(), lean.source(), lean.headline(), lean.related()));
            assertNull(lean.lede(), lean.headline());
            for (RelatedHeadline related : full.related()) {
                assertEquals(
                        searchable.match(related.headline()).map(LibraryEntry::position),
                        printing.match(related.headline()).map(LibraryEntry::position),
                        related.headline());
                resolved += printing.match(related.headline()).isPresent() ? 1 : 0;
            }
        }
        assertTrue(searchable.entries().stream().allMatch(e -> e.lede() != null));
        assertTrue(resolved > 50, "the samples' related headlines mostly resolve: " + resolved);
    }

    @Test
    void aLibraryBuiltWithoutSearchFindsNothingWhileTheSearchableOneDoes() throws IOException {
        List<Parsed> parsed = bundledSamples();
        String word = parsed.get(0).articles().get(0).headline().split(" ")[0];
        assertFalse(build(new LibraryBuilder(), parsed).search(word).isEmpty(), word);
        assertEquals(List.of(), build(LibraryBuilder.withoutSearch(), parsed).search(word));
    }
}
