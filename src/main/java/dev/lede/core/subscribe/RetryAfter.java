package dev.lede.core.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** An HTTP {@code Retry-After} value: a number of seconds, or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {

    /** Longer waits than a week are taken as a week: a mistaken header must not silence a feed for good. */
    static final Duration LONGEST = Duration.ofDays(7);

    private RetryAfter() {}

    /** When to ask again, given the header's value and the time the answer came; empty when it cannot be read. */
    public static Optional<Instant> until(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        Instant until;
        if (text.chars().allMatch(Character::isDigit)) {
            until = text.length() > 9 ? now.plus(LONGEST) : now.plusSeconds(Long.parseLong(text));
        } else {
            try {
                // STRICT: 30 February is no date (the default would read it as the 28th).
                until = ZonedDateTime.parse(
                                text, DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT))
                        .toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Instant latest = now.plus(LONGEST);
        return Optional.of(until.isAfter(latest) ? latest : until);
    }
}
