package dev.lede.io;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;

/** Where lede keeps files it can always recreate: the listing cache, the library index, the SQLite native library. */
public final class CacheRoot {

    private CacheRoot() {
    }

    /**
     * {@code $XDG_CACHE_HOME/lede}, else {@code ~/.cache/lede} (XDG: a relative XDG_CACHE_HOME is
     * ignored); empty without a home folder.
     */
    public static Optional<Path> of(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Paths.get(xdg).isAbsolute()) {
            return Optional.of(Paths.get(xdg, "lede"));
        }
        String home = environment.get("HOME");
        if (home == null || home.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Paths.get(home, ".cache", "lede"));
    }
}
