package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

    @Test
    void readsIsoDatesAndInstants() {
        assertEquals(Optional.of("2025-03-10"), PublishedDate.parse("2025-03-10"));
        assertEquals(Optional.of("2025-03-10T14:00:00Z"), PublishedDate.parse("2025-03-10T14:00:00Z"));
        assertEquals(Optional.of("2025-03-10T14:00:00+01:00"), PublishedDate.parse("2025-03-10T14:00:00+01:00"));
        assertEquals(Optional.of("2025-03-10T14:00:00+01:00"), PublishedDate.parse("2025-03-10 14:00:00+01:00"));
        assertEquals(Optional.of("2025-03-10T14:00:00+01:00"), PublishedDate.parse("Mon, 10 Mar 2025 14:00:00 +0100"));
    }

    @Test
    void keepsOnlyTheDateOfATimeWithoutZone() {
        assertEquals(Optional.of("2025-03-10"), PublishedDate.parse("2025-03-10T14:00"));
    }

    @Test
    void readsCommonWrittenForms() {
        assertEquals(Optional.of("2025-03-04"), PublishedDate.parse("March 4, 2025"));
        assertEquals(Optional.of("2025-03-04"), PublishedDate.parse("4 Mar 2025"));
        assertEquals(Optional.of("2025-03-04"), PublishedDate.parse("Tuesday, 4 March 2025"));
        assertEquals(Optional.of("2025-03-04"), PublishedDate.parse("2025/03/04"));
        assertEquals(Optional.of("2025-03-04T09:30:00Z"), PublishedDate.parse("Tue, 4 Mar 2025 09:30:00 GMT"));
    }

    @Test
    void unknownFormIsEmpty() {
        assertEquals(Optional.empty(), PublishedDate.parse("sometime last spring"));
        assertEquals(Optional.empty(), PublishedDate.parse("2025-13-45"));
    }

    @Test
    void aDayNoCalendarHasIsNoDateInAnyForm() {
        // Java's lenient (SMART) resolving would read each as 28 February.
        for (String text : new String[] {
            "2026-02-30",
            "2026-2-30",
            "2026/02/30",
            "30 February 2026",
            "30 Feb 2026",
            "February 30, 2026",
            "Feb 30 2026",
            "30. February 2026",
            "2026-02-29",
            "2026-04-31",
            "30 Feb 2026 10:00:00 GMT",
            "Sat, 30 Feb 2026 10:00:00 GMT",
        }) {
            assertEquals(Optional.empty(), PublishedDate.parse(text), text);
        }
        assertEquals(Optional.of("2024-02-29"), PublishedDate.parse("29 February 2024"));
        assertEquals(Optional.of("2024-02-29T10:00:00Z"), PublishedDate.parse("Thu, 29 Feb 2024 10:00:00 GMT"));
    }
}
