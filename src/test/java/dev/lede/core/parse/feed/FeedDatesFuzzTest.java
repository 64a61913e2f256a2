package dev.lede.core.parse.feed;

import static dev.lede.core.text.Controls.assertOneLine;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Fuzz test of the feed date reader: never throws, and what it returns is always a real ISO
 * 8601 instant or date, free of controls.
 */
class FeedDatesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void toIso(byte[] bytes) {
        Optional<String> iso = FeedDates.toIso(new String(bytes, StandardCharsets.UTF_8));
        iso.ifPresent(value -> {
            assertOneLine("date", value);
            assertTrue(parses(value), () -> "not ISO 8601: " + value);
        });
    }

    private static boolean parses(String value) {
        try {
            if (value.contains("T")) {
                Instant.parse(value);
            } else {
                LocalDate.parse(value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
