package dev.lede.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleFolderTest {

    @Test
    void aFileNamesDateIsReadBackAndADayNoCalendarHasIsNone() {
        assertEquals(
                Optional.of(Instant.parse("2026-02-28T10:30:00Z")), ArticleFolder.dateOf("20260228-103000-abc123.txt"));
        // Not one of ours (renamed by hand): prune leaves it, rather than reading it as 28 February.
        assertEquals(Optional.empty(), ArticleFolder.dateOf("20260230-103000-abc123.txt"));
    }
}
