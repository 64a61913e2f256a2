package dev.lede.core.parse.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.IsoDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 822 as the RSS 2.0 spec writes it, and common variants
                "Tue, 03 Jun 2025 14:00:00 GMT        | 2025-06-03T14:00:00Z",
                "Tue, 03 Jun 2025 14:00:00 +0000      | 2025-06-03T14:00:00Z",
                "Tue, 03 Jun 2025 16:00:00 +0200      | 2025-06-03T14:00:00Z",
                "Tue, 03 Jun 2025 16:00:00 +02:00     | 2025-06-03T14:00:00Z",
                "Tue, 02 Jun 2025 14:00:00 GMT        | 2025-06-02T14:00:00Z",
                "Monday, 02 June 2025 14:00:00 UTC    | 2025-06-02T14:00:00Z",
                "Mon,02 Jun 2025 14:00:00 Z           | 2025-06-02T14:00:00Z",
                "02 Jun 2025 14:00:00 GMT             | 2025-06-02T14:00:00Z",
                "Sat, 07 Sep 2002 0:00:01 EDT         | 2002-09-07T04:00:01Z",
                "Sat, 07 Sep 2002 00:00:01 EST        | 2002-09-07T05:00:01Z",
                "Sat, 07 Sep 2002 10:00:00 PST        | 2002-09-07T18:00:00Z",
                "Sat, 07 Sep 2002 10:00:00 PDT        | 2002-09-07T17:00:00Z",
                "Sat, 07 Sep 2002 10:00:00 CEST       | 2002-09-07T08:00:00Z",
                "Sat, 7 Sep 2002 10:00 GMT            | 2002-09-07T10:00:00Z",
                "Mon, 02 Jun 25 14:00:00 GMT          | 2025-06-02T14:00:00Z",
                "Mon, 02 Jun 99 14:00:00 GMT          | 1999-06-02T14:00:00Z",
                "Mon, 02 jun 2025 14:00:00 gmt        | 2025-06-02T14:00:00Z",
                "Mon, 02 Sept 2025 14:00:00 GMT       | 2025-09-02T14:00:00Z",
                "Mon, 02 Jun 2025 14:00:00            | 2025-06-02T14:00:00Z",
                "Mon, 02 Jun 2025 14:00:00 GMT+2      | 2025-06-02T12:00:00Z",
                "Mon, 02 Jun 2025 14:00:00 +0000 (UTC)| 2025-06-02T14:00:00Z",
                "Mon, 02 Jun 2025                     | 2025-06-02",
                "June 2, 2025 14:00:00 EDT            | 2025-06-02T18:00:00Z",
                "June 2, 2025                         | 2025-06-02",
                // A 12-hour clock
                "March 17, 2015 2:37 PM               | 2015-03-17T14:37:00Z",
                "Tue, 17 Mar 2015 2:37:09 PM -0500    | 2015-03-17T19:37:09Z",
                "Mar 17, 2015 12:05:09 AM             | 2015-03-17T00:05:09Z",
                "Mar 17, 2015 12:05 pm                | 2015-03-17T12:05:00Z",
                "March 17, 2015, 2:37 p.m.            | 2015-03-17T14:37:00Z",
                "Mar 17 2015 02:37:09PM               | 2015-03-17T14:37:09Z",
                "Tue, 17 Mar 2015 14:37:09 AMT        | 2015-03-17T14:37:09Z",
                // A numeric offset followed by its zone's name
                "Tue, 17 Mar 2015 14:37:09 -0500 EST  | 2015-03-17T19:37:09Z",
                "2015-03-17 14:37:09.123 +0000 UTC    | 2015-03-17T14:37:09Z",
                // ISO 8601 / RFC 3339 / W3C-DTF
                "2025-06-02T14:00:00Z                 | 2025-06-02T14:00:00Z",
                "2025-06-02T14:00:00.123456Z          | 2025-06-02T14:00:00Z",
                "2025-06-02T16:00:00+02:00            | 2025-06-02T14:00:00Z",
                "2025-06-02T16:00:00+0200             | 2025-06-02T14:00:00Z",
                "2025-06-02T09:00:00-05:00            | 2025-06-02T14:00:00Z",
                "2025-06-02T14:00:00                  | 2025-06-02T14:00:00Z",
                "2025-06-02T14:00Z                    | 2025-06-02T14:00:00Z",
                "2025-06-02 14:00:00                  | 2025-06-02T14:00:00Z",
                "2025-06-02t14:00:00z                 | 2025-06-02T14:00:00Z",
                "2016-12-31T23:59:60Z                 | 2016-12-31T23:59:59Z",
                "2025-06-02                           | 2025-06-02",
                "  2025-06-02T14:00:00Z  \t           | 2025-06-02T14:00:00Z",
                "2015/03/17                           | 2015-03-17",
                "2015.03.17 14:37:09 +0100            | 2015-03-17T13:37:09Z",
                "Tue Mar 17 14:37:09 EST 2015         | 2015-03-17T19:37:09Z",
                "Tue Mar 17 14:37:09 2015             | 2015-03-17T14:37:09Z",
                "Tue Mar  3 14:37:09 +0200 2015       | 2015-03-03T12:37:09Z",
                "Tue, 17 Mar 2015 14:37:09 EST -0500  | 2015-03-17T19:37:09Z",
                "2015-03-17T14:37:09-05               | 2015-03-17T19:37:09Z",
            })
    void readsDateForms(String text, String expected) {
        assertEquals(Optional.of(expected), FeedDates.toIso(text).map(IsoDate::utc));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tue, 03 Jun 2025 16:00:00 +0200      | 2025-06-03T16:00:00+02:00",
                "Sat, 07 Sep 2002 0:00:01 EDT         | 2002-09-07T00:00:01-04:00",
                "Mon, 02 Jun 2025 14:00:00 GMT+2      | 2025-06-02T14:00:00+02:00",
                "2025-06-02T23:30:00-05:00            | 2025-06-02T23:30:00-05:00",
                "Tue, 03 Jun 2025 14:00:00 GMT        | 2025-06-03T14:00:00Z",
                "2025-06-02T14:00:00                  | 2025-06-02T14:00:00Z",
            })
    void keepsTheOffsetTheFeedGave(String text, String expected) {
        assertEquals(Optional.of(expected), FeedDates.toIso(text), "the day and time as the publisher wrote them");
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(
            strings = {
                "",
                "   ",
                "yesterday",
                "sometime last week",
                "2025-06",
                "2025-02-30",
                "Mon, 31 Feb 2025 10:00:00 GMT",
                "Mon, 02 Foo 2025 10:00:00 GMT",
                "2025-06-02T25:00:00Z",
                "2025-06-02T10:00:00+99:00",
                "2015/17/03",
                "17/03/2015",
                "Tue Foo 17 14:37:09 2015",
                "12345"
            })
    void givesNothingForTextThatIsNotADate(String text) {
        assertEquals(Optional.empty(), FeedDates.toIso(text));
    }

    @Test
    void givesNothingForNull() {
        assertEquals(Optional.empty(), FeedDates.toIso(null));
    }

    @ParameterizedTest(name = "{0} read {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "17/03/2015                | DAY_FIRST   | 2015-03-17",
                "05/03/2015                | DAY_FIRST   | 2015-03-05",
                "05/03/2015                | MONTH_FIRST | 2015-05-03",
                "03/17/2015 14:00          | MONTH_FIRST | 2015-03-17T14:00:00Z",
                "17.03.2015                | DAY_FIRST   | 2015-03-17",
                "05-03-2015 14:37:09 +0100 | DAY_FIRST   | 2015-03-05T13:37:09Z",
                "05/03/2015 - 14:37        | DAY_FIRST   | 2015-03-05T14:37:00Z",
                "05.03.2015 -0700          | DAY_FIRST   | 2015-03-05",
                "5/3/2015 2:37:09 PM EST   | MONTH_FIRST | 2015-05-03T19:37:09Z",
                "2015-03-05T14:00:00Z      | MONTH_FIRST | 2015-03-05T14:00:00Z",
            })
    void readsNumericDayAndMonthInTheFeedsOrder(String text, DayMonthOrder order, String expected) {
        assertEquals(Optional.of(expected), FeedDates.toIso(text, order).map(IsoDate::utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2015", "03/17/2015 14:00", "17.03.2015"})
    void leavesNumericDayAndMonthUnreadWhileTheOrderIsUnknown(String text) {
        assertEquals(Optional.empty(), FeedDates.toIso(text, DayMonthOrder.UNKNOWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17/03/2015", "32/03/2015", "05/13/2015"})
    void aNumericDateThatCannotBeInTheFeedsOrderIsNoDate(String text) {
        // 05/13/2015 day first, 17/03/2015 month first: no 13th month; 32 is no day either way.
        DayMonthOrder order = text.startsWith("05") ? DayMonthOrder.DAY_FIRST : DayMonthOrder.MONTH_FIRST;
        assertEquals(Optional.empty(), FeedDates.toIso(text, order));
    }

    @Test
    void aFeedsNumericDatesTellTheOrderByANumberOver12() {
        assertEquals(DayMonthOrder.DAY_FIRST, DayMonthOrder.of(List.of("05/03/2015", " 17/03/2015 09:00")));
        assertEquals(DayMonthOrder.MONTH_FIRST, DayMonthOrder.of(List.of("05/03/2015", "03/17/2015 2:00 PM")));
        assertEquals(DayMonthOrder.DAY_FIRST, DayMonthOrder.of(List.of("17.03.2015", "Tue, 17 Mar 2015")));
        // No evidence, evidence both ways, and numbers that are no date either way (32, a 13th month in both places)
        assertEquals(DayMonthOrder.UNKNOWN, DayMonthOrder.of(List.of("05/03/2015", "2015-03-17", "12/11/2015")));
        assertEquals(DayMonthOrder.UNKNOWN, DayMonthOrder.of(List.of("17/03/2015", "03/17/2015")));
        assertEquals(DayMonthOrder.UNKNOWN, DayMonthOrder.of(List.of("05/03/2015", "32/03/2015", "13/13/2015")));
        // A two-digit year might be written first: "15/03/17" is no evidence.
        assertEquals(DayMonthOrder.UNKNOWN, DayMonthOrder.of(List.of("15/03/17", "05/03/2015")));
    }
}
