package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.Place;
import dev.lede.core.state.ReadingState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    private static final ArticleId FERRY = new ArticleId("a1b2c3d4e5f6");
    private static final ArticleId BAKERY = new ArticleId("0f9e8d7c6b5a");

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private StateStore store() {
        return new StateStore(folder.resolve("lede"), warnings::add);
    }

    @Test
    void aFreshFolderLoadsEmptyAndASaveCreatesIt() throws IOException {
        StateStore store = store();
        assertEquals(ReadingState.EMPTY, store.load());
        store.save(ReadingState.EMPTY.withRead(FERRY, true).withPlace(FERRY, new Place(2, 17)));
        assertEquals("lede-state 1\na1b2c3d4e5f6\tr\t2.17\n", Files.readString(store.file()));
        assertEquals(ReadingState.EMPTY.withRead(FERRY, true).withPlace(FERRY, new Place(2, 17)), store().load());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aStateThatCannotBeReadSaysWhyOnceWithItsPath() throws IOException {
        Path plain = Files.writeString(folder.resolve("plain.txt"), "not a folder");
        StateStore store = new StateStore(plain, warnings::add);
        assertEquals(ReadingState.EMPTY, store.load());
        assertEquals(
                List.of("lede: cannot read " + plain.resolve("state")
                        + " (not a directory); reading state not kept this time"),
                warnings);
    }

    @Test
    void whatWillNotBeKeptIsKnownBeforeTheFirstSave() throws IOException {
        assertEquals(Optional.empty(), store().notKept(), "a folder yet to be made under a writable one");
        Path plain = Files.writeString(folder.resolve("plain.txt"), "not a folder");
        StateStore underAFile = new StateStore(plain.resolve("lede"), warnings::add);
        assertEquals(
                Optional.of("cannot create " + plain.resolve("lede") + " (" + plain + " is not a folder)"),
                underAFile.notKept());
        underAFile.load();
        assertEquals(
                Optional.of("cannot read " + plain.resolve("lede").resolve("state") + " (not a directory)"),
                underAFile.notKept(),
                "once loaded, the reason it is never written");
    }

    @Test
    void aFolderWithoutWritePermissionWillNotKeepTheState() throws IOException {
        Assumptions.assumeFalse(
                "root".equals(System.getProperty("user.name")), "root may write in any folder: nothing to check");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertEquals(
                    Optional.of("cannot write in " + locked + " (permission denied)"),
                    new StateStore(locked.resolve("lede"), warnings::add).notKept());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSaveLeavesNoTemporaryFileBehind() throws IOException {
        StateStore store = store();
        store.load();
        store.save(ReadingState.EMPTY.withStarred(FERRY, true));
        store.save(ReadingState.EMPTY.withStarred(FERRY, true).withRead(BAKERY, true));
        try (Stream<Path> files = Files.list(folder.resolve("lede"))) {
            assertEquals(
                    Set.of("state", "state.lock"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void twoProcessesKeepEachOthersChanges() throws IOException {
        StateStore first = store();
        StateStore second = store();
        ReadingState start = first.load();
        second.load();
        first.save(start.withRead(FERRY, true));
        second.save(start.withStarred(BAKERY, true));
        first.save(start.withRead(FERRY, true).withPlace(FERRY, new Place(5, 0)));
        ReadingState both = store().load();
        assertTrue(both.isRead(FERRY));
        assertTrue(both.isStarred(BAKERY));
        assertEquals(new Place(5, 0), both.place(FERRY));
    }

    @Test
    void aGarbledFileIsSetAsideWithOneWarningAndNeverOverwritten() throws IOException {
        Path lede = Files.createDirectories(folder.resolve("lede"));
        Files.write(lede.resolve("state"), new byte[] {0x1f, (byte) 0x8b, 0, 0, 'x'});
        StateStore store = store();
        assertEquals(ReadingState.EMPTY, store.load());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("could not be read (not UTF-8 text)"), warnings.get(0));
        Path aside = setAside(lede);
        assertTrue(
                aside.getFileName().toString().matches("state\\.unreadable-\\d{8}T\\d{6}Z"),
                "named by the UTC time as the index's set-aside is: " + aside.getFileName());
        assertEquals(5, Files.size(aside));
        store.save(ReadingState.EMPTY.withRead(FERRY, true));
        assertEquals(5, Files.size(aside));
    }

    @Test
    void aFileFromANewerLedeIsSetAsideNotReadAsGarbage() throws IOException {
        Path lede = Files.createDirectories(folder.resolve("lede"));
        Files.writeString(lede.resolve("state"), "lede-state 7\nwhatever comes next\n");
        assertEquals(ReadingState.EMPTY, store().load());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("written by a newer lede, format 7"), warnings.get(0));
        assertEquals("lede-state 7\nwhatever comes next\n", Files.readString(setAside(lede), StandardCharsets.UTF_8));
    }

    @Test
    void aTruncatedFileIsSetAside() throws IOException {
        Path lede = Files.createDirectories(folder.resolve("lede"));
        Files.writeString(lede.resolve("state"), "lede-state 1\na1b2c3d4e5f6\tr");
        assertEquals(ReadingState.EMPTY, store().load());
        assertTrue(warnings.get(0).contains("truncated"), warnings.get(0));
        assertFalse(Files.exists(lede.resolve("state")));
    }

    @Test
    void peekNeverWritesOrMoves() throws IOException {
        Path lede = Files.createDirectories(folder.resolve("lede"));
        Files.writeString(lede.resolve("state"), "garbage");
        assertEquals(ReadingState.EMPTY, store().peek());
        assertEquals("garbage", Files.readString(lede.resolve("state")));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theFolderFollowsXdgStateHomeElseHome() {
        assertEquals(
                Optional.of(Path.of("/x/state/lede")), StateStore.defaultFolder(Map.of("XDG_STATE_HOME", "/x/state")));
        assertEquals(
                Optional.of(Path.of("/home/ana/.local/state/lede")),
                StateStore.defaultFolder(Map.of("XDG_STATE_HOME", "relative", "HOME", "/home/ana")));
        assertEquals(Optional.empty(), StateStore.defaultFolder(Map.of()));
    }

    private static Path setAside(Path lede) throws IOException {
        try (Stream<Path> files = Files.list(lede)) {
            return files.filter(p -> p.getFileName().toString().startsWith("state.unreadable-"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
