package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Search answers on the bundled samples, as ranked before the index reused its arrays between searches. */
class SearchResultsTest {

    /** Query, then the positions found, best first (taken from the index as it was before the change). */
    private static final String[][] EXPECTED = {
        {
            "f",
            "26 27 30 43 7 22 28 6 0 35 1 2 25 15 40 21 4 17 31 10 14 11 12 8 29 24 33 19 36 9 41 20 38 32 42 3 23 34 13 37 39 18 16"
        },
        {"fl", "25 7 10 43 12 2 22 31 35 0 9 36 4 28 26 32 6 27 24"},
        {"flood", "25 10 7 2 0 9 4 35 43 22 32 6 24"},
        {"harbour ", "0 28 2 10 26 29 30 4 1 32 6 7 43 31 40 12 27 35"},
        {"the council", "0 10 1 39 9 41 7 6 17 43"},
        {"storm ottoline surge warned early", "7"},
        {"ferry timetable", ""},
        {"zzz", ""},
        // Any of its words but stop words, as the library index answers it (it was: held half of them, "25 24 7 9 43").
        {
            "halvern athletic supporters raise money for flood hit ground",
            "25 24 22 21 23 5 7 9 10 2 43 17 6 4 31 13 35 33 1 0 32 27 37 30 3 8 28 39 12 16 15 29 34 42 20 14 26 36 11 19 18"
        },
        {"film festival", "29 26 27 30 28 43"},
    };

    private static List<Library> snapshots() throws IOException {
        Path feeds = Paths.get("").toAbsolutePath().resolve("feeds");
        Assumptions.assumeTrue(Files.isDirectory(feeds), "no feeds/ directory at " + feeds);
        LibraryBuilder builder = new LibraryBuilder();
        List<Library> snapshots = new ArrayList<>();
        try (var files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                builder.add(new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(file.getFileName().toString()), Files.readAllBytes(file))));
                snapshots.add(builder.snapshot());
            }
        }
        snapshots.add(builder.finish());
        return snapshots;
    }

    private static String positions(Library library, String query) {
        return String.join(
                " ",
                library.search(query).stream()
                        .map(e -> Integer.toString(e.position()))
                        .toList());
    }

    @Test
    void rankingIsUnchangedWhateverOrderTheSearchesComeIn() throws IOException {
        Library library = snapshots().get(snapshots().size() - 1);
        assertEquals(44, library.size(), "the bundled samples changed: take the expected rankings again");
        List<String[]> cases = new ArrayList<>(Arrays.asList(EXPECTED));
        for (int round = 0; round < 2; round++) {
            for (String[] c : cases) {
                assertEquals(c[1], positions(library, c[0]), c[0]);
            }
            Collections.reverse(cases);
        }
    }

    @Test
    void positionsAgreeWithEntriesAndSmallerSnapshotsSeeOnlyTheirOwnEntries() throws IOException {
        List<Library> snapshots = snapshots();
        Library all = snapshots.get(snapshots.size() - 1);
        for (Library snapshot : List.of(all, snapshots.get(3), all, snapshots.get(20))) {
            for (String[] c : EXPECTED) {
                int[] positions = snapshot.searchPositions(c[0]);
                assertArrayEquals(
                        snapshot.search(c[0]).stream()
                                .mapToInt(LibraryEntry::position)
                                .toArray(),
                        positions);
                assertTrue(Arrays.stream(positions).allMatch(p -> p < snapshot.size()), c[0]);
            }
        }
    }
}
