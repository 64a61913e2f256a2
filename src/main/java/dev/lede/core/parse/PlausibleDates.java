package dev.lede.core.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Which dates a page may have: web articles before 1990 do not exist, so an earlier year is a placeholder
 * ({@code 0001-01-01}); the upper bound is the one the reader uses to hide placeholder dates (README, "Web pages
 * and feeds"), as the parsers are pure and have no clock to say what "tomorrow" is (ArchitectureTest).
 */
final class PlausibleDates {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2099;

    private PlausibleDates() {}

    static boolean year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Whether {@code date} has a plausible year. */
    static boolean day(LocalDate date) {
        return year(date.getYear());
    }

    /** Whether an ISO date ({@code 2025-03-10…}) is a real day with a plausible year. */
    static boolean iso(String iso) {
        if (iso == null || iso.length() < 10) {
            return false;
        }
        try {
            return day(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeException e) {
            return false;
        }
    }
}
