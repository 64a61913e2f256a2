package dev.lede.core.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which dates a page may have: web articles before 1990 do not exist, so an earlier year is a placeholder
 * ({@code 0001-01-01}); a day after tomorrow (in UTC, so that a page in any zone may already be on
 * tomorrow's day) has not come yet, and is a placeholder or a scheduled event's date, not the page's.
 */
final class PlausibleDates {

    private static final int FIRST_YEAR = 1990;

    private PlausibleDates() {}

    static boolean year(int year) {
        return year >= FIRST_YEAR && year <= lastDay().getYear();
    }

    /** Whether {@code date} is from 1990 to tomorrow. */
    static boolean day(LocalDate date) {
        return year(date.getYear()) && !date.isAfter(lastDay());
    }

    /** Whether an ISO date ({@code 2025-03-10…}) is from 1990 to tomorrow. */
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

    private static LocalDate lastDay() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }
}
