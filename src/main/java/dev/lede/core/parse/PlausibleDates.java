package dev.lede.core.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which dates an input may have. Web articles before 1990 do not exist, so an earlier year is a placeholder
 * ({@code 0001-01-01}), and so is one after 2099, the bound the reader hides placeholder dates by (README, "Web
 * pages and feeds"). Nothing was published after the day it was read: a later day is a placeholder or a scheduled
 * event's, not the article's. The parsers have no clock (ArchitectureTest), so that day comes with the input
 * ({@link Input#readAt()}); the day after it is still allowed, as a page in a zone ahead of UTC may already be on
 * tomorrow's day, and a date is compared as the calendar day the input states, in its own offset.
 *
 * @param lastDay the last day a date may fall on (the UTC day after the read), or null when the read is undated
 */
public record PlausibleDates(LocalDate lastDay) {

    /** For an input whose read time is not known: only placeholder years are refused. */
    public static final PlausibleDates ANY_READ_DAY = new PlausibleDates(null);

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2099;

    /** The dates an input read at {@code readAt} (null when not known) may have. */
    public static PlausibleDates readAt(Instant readAt) {
        return readAt == null
                ? ANY_READ_DAY
                : new PlausibleDates(
                        readAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1));
    }

    public static PlausibleDates of(Input input) {
        return readAt(input.readAt());
    }

    /** Whether {@code year} is not a placeholder's. */
    public boolean year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Whether {@code date} has a plausible year and is not after the last day. */
    public boolean day(LocalDate date) {
        return year(date.getYear()) && notLate(date);
    }

    /** Whether an ISO date ({@code 2025-03-10…}) is a real day with a plausible year, not after the last day. */
    public boolean iso(String iso) {
        LocalDate date = statedDay(iso);
        return date != null && day(date);
    }

    /** Whether the day an ISO date states (any year) is not after the last day; false when it is no date. */
    public boolean notLateIso(String iso) {
        LocalDate date = statedDay(iso);
        return date != null && notLate(date);
    }

    private boolean notLate(LocalDate date) {
        return lastDay == null || !date.isAfter(lastDay);
    }

    /** The calendar day an ISO date states, in its own offset: its first ten characters. */
    private static LocalDate statedDay(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
