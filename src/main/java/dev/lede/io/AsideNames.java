package dev.lede.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The suffix of a file lede could not read and set aside ({@code state.unreadable-20261205T033131Z},
 * {@code index.db.unreadable-…}): the moment in UTC as a person reads it, and in the order names sort.
 */
public final class AsideNames {

    private AsideNames() {}

    /** {@code .unreadable-<time>} for {@code now}. Built when asked: a formatter loads locale data, off the start's path. */
    public static String unreadableSuffix(Instant now) {
        return ".unreadable-"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(ZoneOffset.UTC)
                        .format(now);
    }
}
