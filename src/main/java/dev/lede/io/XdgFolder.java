package dev.lede.io;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;

/**
 * lede's folder under one of the XDG base directories: {@code $VARIABLE/lede}, else {@code ~/FALLBACK/lede}.
 * As the XDG specification says, a relative or empty value is ignored; with no home folder there is none.
 */
public final class XdgFolder {

    private XdgFolder() {}

    /** For example {@code lede(environment, "XDG_STATE_HOME", ".local/state")}. */
    public static Optional<Path> lede(Map<String, String> environment, String variable, String fallbackUnderHome) {
        String xdg = environment.get(variable);
        if (xdg != null && !xdg.isEmpty() && Paths.get(xdg).isAbsolute()) {
            return Optional.of(Paths.get(xdg, "lede"));
        }
        String home = environment.get("HOME");
        if (home == null || home.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Paths.get(home).resolve(fallbackUnderHome).resolve("lede"));
    }
}
