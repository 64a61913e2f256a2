package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails names the file it was writing, never the temporary file it wrote first (gone by then). */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFolderThatIsAFileIsSaidOfTheTarget() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("state"), "x");
        Path target = notAFolder.resolve("state");
        FileSystemException failure = assertThrows(
                FileSystemException.class,
                () -> AtomicWrite.write(target, "y".getBytes(StandardCharsets.UTF_8), false));
        assertEquals(target.toString(), failure.getFile(), failure.toString());
    }

    @Test
    void aTargetThatCannotBeReplacedIsSaidOfItself() throws Exception {
        Path target = Files.createDirectories(dir.resolve("state"));
        Files.writeString(target.resolve("inside"), "keeps the folder from being replaced");
        FileSystemException failure = assertThrows(
                FileSystemException.class,
                () -> AtomicWrite.write(target, "y".getBytes(StandardCharsets.UTF_8), false));
        assertEquals(target.toString(), failure.getFile(), failure.toString());
        try (var left = Files.list(dir)) {
            assertTrue(
                    left.noneMatch(p -> AtomicWrite.isTemporary(p.getFileName().toString())), "no temporary left");
        }
    }
}
