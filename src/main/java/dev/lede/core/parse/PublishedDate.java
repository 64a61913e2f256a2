package dev.lede.core.parse;

import dev.lede.core.article.IsoDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date a plain-text header gives into the article's ISO 8601 form: the date-time in the offset
 * it was written in when a time and zone are known ({@code 2025-03-10T15:00:00+01:00}), else the date
 * alone ({@code 2025-03-10}).
 */
public final class PublishedDate {

    // STRICT: a day no calendar has (30 February) is no date; the default, SMART, would read it as the 28th.
    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("uuuu-M-d"),
            pattern("uuuu/M/d"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMMM d uuuu"),
            pattern("MMM d uuuu"),
            pattern("d. MMMM uuuu"));

    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> WEEKDAYS = List.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun");

    private PublishedDate() {}

    /** The ISO form of {@code value}, or empty when it is not a date this reader understands. */
    public static Optional<String> parse(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> instant = instant(text);
        if (instant.isPresent()) {
            return instant;
        }
        String dateOnly = withoutWeekday(text);
        try {
            // A time without a zone cannot become an instant honestly; keep its date.
            return Optional.of(LocalDateTime.parse(dateOnly.replace(' ', 'T'))
                    .toLocalDate()
                    .toString());
        } catch (DateTimeParseException e) {
            // not a local date-time, try plain dates
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(dateOnly, format).toString());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<String> instant(String text) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.replace(' ', 'T'));
            return Optional.of(IsoDate.of(at.toLocalDateTime(), at.getOffset()));
        } catch (DateTimeParseException e) {
            // not an ISO offset date-time
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(text, RFC_1123);
            return Optional.of(IsoDate.of(at.toLocalDateTime(), at.getOffset()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String withoutWeekday(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end > 0 && WEEKDAYS.contains(text.substring(0, end).toLowerCase(Locale.ROOT))) {
            String rest = text.substring(end);
            return rest.startsWith(",") ? rest.substring(1).strip() : rest.strip();
        }
        return text;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
