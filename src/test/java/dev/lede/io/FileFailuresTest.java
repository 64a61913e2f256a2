package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theSystemsSentenceIsLowerCaseAsTheRestOfALine() {
        assertEquals("no space left on device", FileFailures.describe(new IOException("No space left on device")));
        assertEquals("is a directory", FileFailures.describe(new IOException("Is a directory")));
        assertEquals("HTTP 500", FileFailures.describe(new IOException("HTTP 500")));
    }

    @Test
    void aFileWhereAFolderIsToBeMadeIsSaidToBeInTheWay(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("lede"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.createDirectories(file));
        assertEquals("a file of that name is in the way", FileFailures.describeAt(file, e));
    }

    @Test
    void aLineThatAlreadyNamesThePathGetsTheReasonAlone() {
        Path folder = Path.of("/home/ann/.cache/lede");
        assertEquals(
                "not a directory",
                FileFailures.describeAt(
                        folder, new FileSystemException("/home/ann/.cache/lede", null, "Not a directory")));
        assertEquals(
                "permission denied",
                FileFailures.describeAt(folder, new AccessDeniedException("/home/ann/.cache/../.cache/lede")));
    }

    @Test
    void aFailureAboutAnotherPathKeepsThatPath() {
        assertEquals(
                "/home/ann/.cache: permission denied",
                FileFailures.describeAt(
                        Path.of("/home/ann/.cache/lede"), new AccessDeniedException("/home/ann/.cache")));
        assertEquals("disk on fire", FileFailures.describeAt(Path.of("/srv"), new IOException("disk on fire")));
    }
}
