package dev.lede.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IsoDateTest {

    @Test
    void keepsTheOffsetToTheSecond() {
        LocalDateTime local = LocalDateTime.of(2026, 12, 2, 23, 30, 15, 500_000_000);
        assertEquals("2026-12-02T23:30:15-05:00", IsoDate.of(local, ZoneOffset.ofHours(-5)));
        assertEquals("2026-12-02T23:30:15Z", IsoDate.of(local, ZoneOffset.UTC));
    }

    @Test
    void utcIsTheInstantForExportAndSorting() {
        assertEquals("2026-12-03T04:30:00Z", IsoDate.utc("2026-12-02T23:30:00-05:00"));
        assertEquals("2026-12-02T13:05:00Z", IsoDate.utc("2026-12-02T14:05:00+01:00"));
        assertEquals("2026-12-02T14:05:00Z", IsoDate.utc("2026-12-02T14:05:00Z"));
        assertEquals("2026-12-02T14:05:00", IsoDate.utc("2026-12-02T14:05:00"), "no zone: nothing to convert");
        assertEquals("2026-12-02", IsoDate.utc("2026-12-02"));
        assertNull(IsoDate.utc(null));
    }
}
