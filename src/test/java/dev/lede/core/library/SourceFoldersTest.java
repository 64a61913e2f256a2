package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are numbered by their folder, whichever folder came before (the last one is remembered). */
class SourceFoldersTest {

    @Test
    void eachFolderKeepsItsNumberInAnyOrder() {
        SourceFolders folders = new SourceFolders();
        List<String> names = List.of(
                "news/a.txt",
                "news/b.txt",
                "feed/c.txt", // same length as news/, another folder
                "news/d.txt",
                "news/sub/e.txt",
                "news/f.txt",
                "plain.txt",
                "feed/g.txt",
                "/abs/news/h.txt");
        List<Integer> expected = List.of(1, 1, 2, 1, 3, 1, 0, 2, 4);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(expected.get(i), folders.numberOf(names.get(i)), names.get(i));
        }
        assertEquals("news/", folders.folder(1));
        assertEquals("feed/", folders.folder(2));
        assertEquals("news/sub/", folders.folder(3));
        assertEquals("/abs/news/", folders.folder(4));
    }

    @Test
    void aBackslashEndsAFolderAsASlashDoes() {
        SourceFolders folders = new SourceFolders();
        assertEquals(1, folders.numberOf("feeds\\news\\a.txt"));
        assertEquals(2, folders.numberOf("feeds/news\\b.txt"));
        assertEquals("feeds\\news\\", folders.folder(1));
        assertEquals("feeds/news\\", folders.folder(2));
        assertEquals(11, SourceFolders.restFrom("feeds/news\\b.txt"));
        assertEquals(0, SourceFolders.restFrom("plain.txt"));
    }
}
