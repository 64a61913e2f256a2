package dev.lede.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's ISO date as a reader reads it: "2 Dec 2026, 14:05", or "2 Dec 2026" when there is no
 * time. The time stays in the offset the article gave (never moved to UTC or the local zone, which
 * could change the day). A year before 1990 or after 2099 is a placeholder (0001-01-01, 1970-01-01,
 * 9999-12-31), not a date, and shows as nothing.
 */
public final class ReadableDate {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2099;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    private ReadableDate() {}

    /** The readable form of {@code iso}; empty for null, a placeholder year, or text that is not an ISO date. */
    public static Optional<String> of(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            TemporalAccessor when;
            LocalDate day;
            if (iso.indexOf('T') < 0) {
                day = LocalDate.parse(iso);
                when = day;
            } else if (hasOffset(iso)) {
                OffsetDateTime at = OffsetDateTime.parse(iso);
                day = at.toLocalDate();
                when = at;
            } else {
                LocalDateTime at = LocalDateTime.parse(iso);
                day = at.toLocalDate();
                when = at;
            }
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                return Optional.empty();
            }
            return Optional.of((when == day ? DATE : DATE_TIME).format(when));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return iso.endsWith("Z") || iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0;
    }
}
