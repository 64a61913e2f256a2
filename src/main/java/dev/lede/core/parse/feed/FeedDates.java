package dev.lede.core.parse.feed;

import dev.lede.core.article.IsoDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of the dates found in feeds: RFC 822 as written in the wild (wrong or missing
 * weekdays, named zones, one-digit hours, two-digit years, no seconds) and ISO 8601 / RFC 3339 with or
 * without a zone. The result is ISO 8601 in the feed's own offset ({@code 2025-03-10T15:00:00+01:00},
 * {@code 2025-03-10T14:00:00Z}; no zone counts as UTC), or a date alone ({@code 2025-03-10}) when the
 * input has no time; empty when the text is not a date. Day and month in numbers ({@code 17/03/2015}) are read
 * in the order the feed's items show ({@link DayMonthOrder}).
 */
public final class FeedDates {

    // ISO 8601 / W3C-DTF: 2025-06-02, 2025-06-02T10:00, 2025-06-02 10:00:00.123+0200, ...T10:00:00Z
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{1,5})?");

    // RFC 822 and friends: [Weekday,] 2 Jun 2025 [0:00[:01]] [zone] [(comment)]
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]+\\.?(?:,\\s*|\\s+))?(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([A-Za-z]{3,})\\.?,?[\\s-]+(\\d{2,4})"
                    + "(?:[\\s,]+(?:at\\s+)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?)?"
                    + "\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?\\s*(?:\\(.*\\))?");

    // Month first, as some generators write it: [Weekday,] June 2, 2025 [10:00[:00]] [zone]
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]+\\.?(?:,\\s*|\\s+))?([A-Za-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:[\\s,]+(?:at\\s+)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?)?"
                    + "\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");

    // A 12-hour time ("2:37 PM", "02:37:09pm", "2:37 p.m."), read as the 24-hour time it is before the forms above.
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(:\\d{1,2}(?::\\d{1,2}(?:[.,]\\d+)?)?)\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z])");

    // A numeric offset followed by its zone's name ("-0500 EST", Go's "+0000 UTC"): the offset says it all.
    private static final Pattern OFFSET_THEN_NAME = Pattern.compile("([+-]\\d{2}:?\\d{2})\\s*[A-Za-z]{1,5}$");

    // A zone's name before its numeric offset ("EST -0500"): the offset says it all.
    private static final Pattern NAME_THEN_OFFSET = Pattern.compile("\\s[A-Za-z]{1,5}\\s+([+-]\\d{2}:?\\d{2})$");

    // A year first is followed by month and day whatever separates them ("2015/03/17", "2015.03.17"): read as ISO.
    private static final Pattern YEAR_FIRST_SLASHED =
            Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?=$|[Tt ])");

    // The Unix date command's and C's asctime() form, which feeds made by shell scripts write: [Weekday] Mon 17
    // 14:37:09 [zone] 2015. Its fields are put in RFC 822's order.
    private static final Pattern UNIX_DATE = Pattern.compile(
            "(?:[A-Za-z]{3,}\\.?,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)"
                    + "(?:\\s+([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?\\s+(\\d{4})");

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    // Obsolete RFC 822 zones plus the abbreviations feeds use most; minutes east of UTC.
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("Z", 0),
            Map.entry("WET", 0),
            Map.entry("WEST", 60),
            Map.entry("BST", 60),
            Map.entry("CET", 60),
            Map.entry("CEST", 120),
            Map.entry("MET", 60),
            Map.entry("MEST", 120),
            Map.entry("EET", 120),
            Map.entry("EEST", 180),
            Map.entry("MSK", 180),
            Map.entry("EST", -300),
            Map.entry("EDT", -240),
            Map.entry("CST", -360),
            Map.entry("CDT", -300),
            Map.entry("MST", -420),
            Map.entry("MDT", -360),
            Map.entry("PST", -480),
            Map.entry("PDT", -420),
            Map.entry("AKST", -540),
            Map.entry("AKDT", -480),
            Map.entry("HST", -600),
            Map.entry("JST", 540),
            Map.entry("KST", 540),
            Map.entry("AEST", 600),
            Map.entry("AEDT", 660),
            Map.entry("NZST", 720),
            Map.entry("NZDT", 780));

    private FeedDates() {}

    /**
     * The ISO 8601 form of {@code text}, or empty when it cannot be read as a date; numeric day and month forms
     * ({@code 17/03/2015}), whose order one date does not tell, are left unread. Never throws.
     */
    public static Optional<String> toIso(String text) {
        return toIso(text, DayMonthOrder.UNKNOWN);
    }

    /** As {@link #toIso(String)}, reading numeric day and month forms in {@code order}, the feed's. */
    static Optional<String> toIso(String text, DayMonthOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            return Optional.empty();
        }
        trimmed = OFFSET_THEN_NAME.matcher(trimmed).replaceFirst("$1");
        // Before the zone's name is looked for: "PM" is no zone.
        trimmed = TWELVE_HOUR.matcher(trimmed).replaceFirst(FeedDates::twentyFourHour);
        trimmed = NAME_THEN_OFFSET.matcher(trimmed).replaceFirst(" $1");
        trimmed = YEAR_FIRST_SLASHED.matcher(trimmed).replaceFirst("$1-$2-$3");
        trimmed = order.yearFirst(trimmed);
        Matcher unix = UNIX_DATE.matcher(trimmed);
        if (unix.matches()) {
            trimmed = unix.group(2) + " " + unix.group(1) + " " + unix.group(5) + " " + unix.group(3)
                    + (unix.group(4) == null ? "" : " " + unix.group(4));
        }
        try {
            Matcher iso = ISO.matcher(trimmed);
            if (iso.matches()) {
                return build(
                        iso.group(1),
                        iso.group(2),
                        iso.group(3),
                        iso.group(4),
                        iso.group(5),
                        iso.group(6),
                        iso.group(7));
            }
            Matcher rfc = RFC822.matcher(trimmed);
            if (rfc.matches()) {
                return month(rfc.group(2))
                        .flatMap(mm -> build(
                                year(rfc.group(3)),
                                mm,
                                rfc.group(1),
                                rfc.group(4),
                                rfc.group(5),
                                rfc.group(6),
                                rfc.group(7)));
            }
            Matcher us = MONTH_FIRST.matcher(trimmed);
            if (us.matches()) {
                return month(us.group(1))
                        .flatMap(mm -> build(
                                us.group(3), mm, us.group(2), us.group(4), us.group(5), us.group(6), us.group(7)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // An impossible date such as 31 Feb: not a date.
        }
        return Optional.empty();
    }

    /** "2:37" and "PM" as "14:37"; an hour a 12-hour clock does not have ("14:37 PM") is kept as it is. */
    private static String twentyFourHour(MatchResult time) {
        int hour = Integer.parseInt(time.group(1));
        boolean pm = Character.toLowerCase(time.group(3).charAt(0)) == 'p';
        if (hour >= 1 && hour <= 12) {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour + time.group(2);
    }

    private static Optional<String> build(
            String year, String month, String day, String hour, String minute, String second, String zone) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        if (hour == null) {
            return Optional.of(date.toString());
        }
        // A leap second (23:59:60) is read as the second before it.
        int seconds = second == null ? 0 : Math.min(59, Integer.parseInt(second));
        LocalDateTime local = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute), seconds);
        Optional<Integer> offset = offsetMinutes(zone);
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IsoDate.of(local, ZoneOffset.ofTotalSeconds(offset.get() * 60)));
    }

    /** RFC 2822 §4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years add 1900. */
    private static String year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (digits.length() == 3) {
            year += 1900;
        }
        return Integer.toString(year);
    }

    private static Optional<String> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.startsWith(MONTHS[i])) {
                return Optional.of(Integer.toString(i + 1));
            }
        }
        return Optional.empty();
    }

    /** Minutes east of UTC; a missing or unknown zone is read as UTC, a malformed offset as no date. */
    private static Optional<Integer> offsetMinutes(String zone) {
        if (zone == null) {
            return Optional.of(0);
        }
        char first = zone.charAt(0);
        if (first == '+' || first == '-') {
            return numericOffset(zone);
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        for (String utc : new String[] {"UTC", "GMT", "UT"}) {
            // GMT+2, UTC-05:00
            if (upper.startsWith(utc)
                    && upper.length() > utc.length()
                    && (upper.charAt(utc.length()) == '+' || upper.charAt(utc.length()) == '-')) {
                return numericOffset(upper.substring(utc.length()));
            }
        }
        // Unknown names and RFC 822 military letters (whose sign was wrong in practice) count as UTC.
        return Optional.of(ZONES.getOrDefault(upper, 0));
    }

    private static Optional<Integer> numericOffset(String offset) {
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        String digits = offset.substring(1).replace(":", "");
        int hours;
        int minutes;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
            minutes = 0;
        } else if (digits.length() == 4) {
            hours = Integer.parseInt(digits.substring(0, 2));
            minutes = Integer.parseInt(digits.substring(2));
        } else {
            return Optional.empty();
        }
        if (hours > 18 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(sign * (hours * 60 + minutes));
    }
}
