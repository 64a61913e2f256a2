package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the reader's inputs show what R fetches into the library: the folder, one above it, or one inside. */
class ReaderFetchShownTest {

    private static final Path LIBRARY = Path.of("/home/ann/.local/share/lede/library");

    @Test
    void theLibraryAFolderAboveItOrASubscriptionsFolderShowsIt() {
        assertTrue(ReaderFetch.shows(List.of(LIBRARY.toString()), LIBRARY));
        assertTrue(ReaderFetch.shows(List.of("/home/ann/.local/share/lede/library/"), LIBRARY));
        assertTrue(ReaderFetch.shows(List.of("/home/ann/.local/share"), LIBRARY));
        assertTrue(ReaderFetch.shows(List.of("feeds", LIBRARY.resolve("news").toString()), LIBRARY));
    }

    @Test
    void otherInputsDoNot() {
        assertFalse(ReaderFetch.shows(List.of("/home/ann/.cache/lede/samples-1.0"), LIBRARY));
        assertFalse(ReaderFetch.shows(List.of("feeds", "-", "https://example.org/feed.xml"), LIBRARY));
        assertFalse(ReaderFetch.shows(List.of("/home/ann/.local/share/lede/library-old"), LIBRARY));
    }
}
