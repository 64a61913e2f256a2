package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XdgFolderTest {

    @Test
    void anAbsoluteVariableWins() {
        assertEquals(
                Optional.of(Path.of("/x/state/lede")),
                XdgFolder.lede(
                        Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/home/a"), "XDG_STATE_HOME", ".local/state"));
    }

    @Test
    void aRelativeOrEmptyVariableIsIgnoredForTheHomeFolder() {
        Path expected = Path.of("/home/a/.local/state/lede");
        assertEquals(
                Optional.of(expected),
                XdgFolder.lede(
                        Map.of("XDG_STATE_HOME", "rel/state", "HOME", "/home/a"), "XDG_STATE_HOME", ".local/state"));
        assertEquals(
                Optional.of(expected),
                XdgFolder.lede(Map.of("XDG_STATE_HOME", "", "HOME", "/home/a"), "XDG_STATE_HOME", ".local/state"));
    }

    @Test
    void noHomeFolderMeansNone() {
        assertEquals(Optional.empty(), XdgFolder.lede(Map.of("HOME", ""), "XDG_CACHE_HOME", ".cache"));
        assertEquals(Optional.empty(), XdgFolder.lede(Map.of(), "XDG_CACHE_HOME", ".cache"));
    }

    @Test
    void eachFileKeepsItsOwnPlace() {
        Map<String, String> home = Map.of("HOME", "/home/a");
        assertEquals(Optional.of(Path.of("/home/a/.config/lede/config")), ConfigFile.defaultPath(home));
        assertEquals(Optional.of(Path.of("/home/a/.local/state/lede")), StateStore.defaultFolder(home));
        assertEquals(Optional.of(Path.of("/home/a/.cache/lede")), CacheRoot.of(home));
    }
}
