package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored path under the name this run gives it: the argument as typed, then the rest of the path. */
class StoredNamesTest {

    private static final String HERE = Path.of("").toAbsolutePath().toString();

    @Test
    void aFolderTypedRelativeNamesItsFilesAsTyped() {
        StoredNames names = new StoredNames(List.of("news"));
        assertEquals("news/a.txt", names.name(HERE + "/news/a.txt"));
        assertEquals("news/b/c.txt", new StoredNames(List.of("news/")).name(HERE + "/news/b/c.txt"));
    }

    @Test
    void aFolderTypedAsTheIndexNamesItHandsTheStoredPathBackWithoutACopy() {
        String stored = new String(HERE + "/news/a.txt"); // an instance of its own, as a listing decodes it
        assertSame(stored, new StoredNames(List.of(HERE + "/news")).name(stored));
        assertSame(stored, new StoredNames(List.of(HERE + "/news/")).name(stored));
    }

    @Test
    void aPathUnderNoArgumentKeepsItsStoredName() {
        assertEquals("/elsewhere/a.txt", new StoredNames(List.of("news")).name("/elsewhere/a.txt"));
    }
}
