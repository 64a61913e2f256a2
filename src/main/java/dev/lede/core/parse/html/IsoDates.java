package dev.lede.core.parse.html;

import dev.lede.core.article.IsoDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page dates to ISO 8601: a date-time with a zone keeps its offset ({@code 2025-03-10T15:00:00+01:00}),
 * one without a zone stays local ({@code 2025-03-10T14:00:00}), a date alone stays a date.
 */
final class IsoDates {

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");

    private IsoDates() {}

    /** The ISO 8601 form of {@code raw}, or null when it is not a date this reader understands. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(raw.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                return date.toString();
            }
            String time = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
            if (time.length() == 5) {
                time += ":00";
            }
            LocalDateTime local = LocalDateTime.parse(date + "T" + time);
            String zone = m.group(3);
            if (zone == null) {
                return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            ZoneOffset offset = zone.equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return IsoDate.of(local, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
