package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.index.LibraryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the copy of a listing, after the lines were printed: it never fails the run. */
class KeptListingTest {

    @TempDir
    Path cache;

    @TempDir
    Path news;

    @Test
    void anIndexThatFailsMeanwhileKeepsNothingAndThrowsNothing() throws IOException {
        Path file = cache.resolve("index.db");
        LibraryIndex index = LibraryIndex.open(file, Map.of(), line -> {}).orElseThrow();
        index.close(); // every statement now fails, as an index that failed after the lines were printed
        KeptListing kept = new KeptListing(cache, file, Path.of(""), List.of(news.toString()));
        assertDoesNotThrow(() -> kept.keep(index));
        assertFalse(listingKept(), "nothing kept");
    }

    @Test
    void anIndexWithoutAListingKeepsNothing() throws IOException {
        Path file = cache.resolve("index.db");
        try (LibraryIndex index = LibraryIndex.open(file, Map.of(), line -> {}).orElseThrow()) {
            assertTrue(index.instance() != 0, "an index has a number of its own from its first opening");
            new KeptListing(cache, file, Path.of(""), List.of(news.toString())).keep(index);
        }
        assertFalse(listingKept(), "no library stored, so no listing");
    }

    private boolean listingKept() throws IOException {
        Path folder = cache.resolve(FirstScreen.FOLDER_NAME);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(ListingFile.SUFFIX));
        }
    }
}
