package dev.lede.core.parse.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of day and month a feed writes first in its numeric dates ({@code 17/03/2015}, {@code 03/17/2015 14:00},
 * {@code 17.03.2015}). One such date does not say when both numbers are 12 or under; but a feed's items are written
 * by one program in one format, so the feed's other dates do: a first number over 12 is a day, and so is a second.
 * A feed that shows neither, or both, leaves such dates unread, as one date alone would.
 */
enum DayMonthOrder {
    DAY_FIRST,
    MONTH_FIRST,
    UNKNOWN;

    /**
     * Day and month in either order, then a four-digit year (a two-digit one might be written first), at the start
     * of a date; a time may follow after a space, a {@code T} or a dash between spaces ("17/03/2015 - 14:00").
     */
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?=$|[Tt ])");

    private static final Pattern DASH_BEFORE_TIME = Pattern.compile("^\\s+-\\s+(?=\\d{1,2}:)");

    private static final int MONTHS = 12;
    private static final int DAYS = 31;

    /** The order {@code dates} (every date text of a feed's items) show, by the numbers over 12 in their first two places. */
    static DayMonthOrder of(Iterable<String> dates) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String text : dates) {
            Matcher m = text == null ? null : NUMERIC.matcher(text.strip());
            if (m == null || !m.find()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            dayFirst |= first > MONTHS && first <= DAYS && second >= 1 && second <= MONTHS;
            monthFirst |= second > MONTHS && second <= DAYS && first >= 1 && first <= MONTHS;
        }
        return dayFirst == monthFirst ? UNKNOWN : dayFirst ? DAY_FIRST : MONTH_FIRST;
    }

    /**
     * {@code text} with a numeric date at its start written year first ({@code 2015-03-17 14:00}) in this order, for
     * the ISO reading to take; unchanged when it has none or the order is unknown.
     */
    String yearFirst(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (this == UNKNOWN || !m.find()) {
            return text;
        }
        String day = this == DAY_FIRST ? m.group(1) : m.group(3);
        String month = this == DAY_FIRST ? m.group(3) : m.group(1);
        String rest = DASH_BEFORE_TIME.matcher(text.substring(m.end())).replaceFirst(" ");
        return m.group(4) + "-" + month + "-" + day + rest;
    }
}
