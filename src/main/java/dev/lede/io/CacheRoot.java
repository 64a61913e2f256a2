package dev.lede.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where lede keeps files it can always recreate: the library index, the SQLite native library. */
public final class CacheRoot {

    private CacheRoot() {}

    /**
     * {@code $XDG_CACHE_HOME/lede}, else {@code ~/.cache/lede} (XDG: a relative XDG_CACHE_HOME is
     * ignored); empty without a home folder.
     */
    public static Optional<Path> of(Map<String, String> environment) {
        return XdgFolder.lede(environment, "XDG_CACHE_HOME", ".cache");
    }
}
