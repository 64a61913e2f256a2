package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What a failing index says: the reason once, and only when it adds to what failed. */
class IndexDatabaseTest {

    private static final Path FILE = Path.of("/cache/lede/index.db");

    @Test
    void aReadOnlyIndexSaysCannotBeWrittenOnce() {
        SQLiteException readOnly =
                new SQLiteException("attempt to write a readonly database", SQLiteErrorCode.SQLITE_READONLY);
        assertEquals(
                "/cache/lede/index.db cannot be written", IndexDatabase.described(FILE, "cannot be written", readOnly));
    }

    @Test
    void aReasonThatSaysMoreIsGivenInParentheses() {
        SQLiteException full = new SQLiteException("database or disk is full", SQLiteErrorCode.SQLITE_FULL);
        assertEquals(
                "/cache/lede/index.db cannot be written (the disk is full)",
                IndexDatabase.described(FILE, "cannot be written", full));
    }
}
