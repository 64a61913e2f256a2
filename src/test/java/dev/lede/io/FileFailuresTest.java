package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileFailuresTest {

    @Test
    void aRefusedFolderIsNamedWithTheReasonTheJdkLeavesOut() {
        // The JDK's message for this is "/home/ann/.config" alone.
        assertEquals(
                "/home/ann/.config: permission denied",
                FileFailures.describe(new AccessDeniedException("/home/ann/.config")));
        assertEquals(
                "/srv/a.txt: no such file or folder", FileFailures.describe(new NoSuchFileException("/srv/a.txt")));
    }

    @Test
    void theSystemsReasonIsKeptAsTheRestOfTheLine() {
        assertEquals(
                "/mnt/ro/lede: read-only file system",
                FileFailures.describe(new FileSystemException("/mnt/ro/lede", null, "Read-only file system")));
    }

    @Test
    void anotherFailureGivesItsMessageOnOneLine() {
        assertEquals("disk on fire", FileFailures.describe(new IOException("disk\non fire")));
        assertEquals("IOException", FileFailures.describe(new IOException()));
    }
}
