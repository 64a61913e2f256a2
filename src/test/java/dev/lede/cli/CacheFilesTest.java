package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.io.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the reader keeps the listings of large folders, and where. */
class CacheFilesTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("XDG_CACHE_HOME", "/tmp/lede-test-cache",
            "HOME", "/tmp/lede-test-home");

    private static Optional<Path> folder(List<String> arguments, boolean noState, Map<String, String> environment) {
        return CacheFiles.withListingCache(LoadOptions.defaults(), arguments, noState, environment).listingCache();
    }

    @Test
    void foldersAreKeptUnderTheXdgCacheFolder() {
        assertEquals(Optional.of(Path.of("/tmp/lede-test-cache/lede/listings")), folder(List.of("news"), false, ENVIRONMENT));
        assertEquals(Optional.of(Path.of("/tmp/lede-test-home/.cache/lede/listings")),
                folder(List.of("news", "-"), false, Map.of("HOME", "/tmp/lede-test-home")));
    }

    @Test
    void nothingIsKeptWithNoStateForStdinAloneOrWithoutAHome() {
        assertEquals(Optional.empty(), folder(List.of("news"), true, ENVIRONMENT));
        assertEquals(Optional.empty(), folder(List.of("-"), false, ENVIRONMENT));
        assertEquals(Optional.empty(), folder(List.of("news"), false, Map.of()));
    }

    @Test
    void loadOptionsListNoCacheByDefault() {
        assertEquals(Optional.empty(), LoadOptions.defaults().listingCache());
    }
}
