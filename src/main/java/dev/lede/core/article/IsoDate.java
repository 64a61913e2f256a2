package dev.lede.core.article;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The machine form of an article's date: ISO 8601 with the offset the source gave
 * ({@code 2025-03-10T15:00:00+01:00}, {@code 2025-03-10T14:00:00Z}), a local date-time when it gave no
 * zone, or a date alone. The offset is kept so the date can be shown and exported as the publisher wrote
 * it, on the publisher's day; sorting uses the UTC instant.
 */
public final class IsoDate {

    private IsoDate() {}

    /** {@code local} at {@code offset}, to the second: "Z" for UTC, else "+hh:mm". */
    public static String of(LocalDateTime local, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                local.atOffset(offset).truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code iso} as a UTC instant when it has an offset ({@code 2025-03-10T14:00:00Z}), to sort by; unchanged otherwise. */
    public static String utc(String iso) {
        if (iso == null || !hasNonUtcOffset(iso)) {
            return iso;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant().toString();
        } catch (DateTimeException e) {
            return iso;
        }
    }

    /** A date-time with a numeric offset other than Z: the only form whose text does not sort as its instant. */
    private static boolean hasNonUtcOffset(String iso) {
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }
}
