package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadableDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-12-02T14:05:00Z          | 2 Dec 2026, 14:05",
                "2026-12-02T14:05:59+01:00     | 2 Dec 2026, 14:05",
                // Late evening west of UTC is the next day in UTC: the article's own day is shown.
                "2026-12-02T23:30:00-05:00     | 2 Dec 2026, 23:30",
                "2026-12-03T00:15:00+09:00     | 3 Dec 2026, 00:15",
                "2026-12-02T14:05:00           | 2 Dec 2026, 14:05",
                "2026-12-02                    | 2 Dec 2026",
                "1990-01-01                    | 1 Jan 1990",
                "2099-12-31T23:59:00Z          | 31 Dec 2099, 23:59",
            })
    void showsTheDateAsWrittenInItsOwnOffset(String iso, String shown) {
        assertEquals(Optional.of(shown), ReadableDate.of(iso));
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @ValueSource(
            strings = {
                "0001-01-01",
                "0001-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z",
                "1989-12-31",
                "2100-01-01",
                "9999-12-31T23:59:59Z",
                "",
                "  ",
                "yesterday",
                "2026-13-01",
                "2026-12-02T14:05:00+25:00"
            })
    void placeholdersAndNonsenseAreNoDate(String iso) {
        assertEquals(Optional.empty(), ReadableDate.of(iso));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoDate() {
        assertEquals(Optional.empty(), ReadableDate.of(null));
    }
}
