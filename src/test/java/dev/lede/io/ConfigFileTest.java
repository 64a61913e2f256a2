package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.core.article.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --config FILE that cannot be used is one line with the reason, and the defaults in its place. */
class ConfigFileTest {

    @TempDir
    Path dir;

    private static Optional<String> problem(Path path) {
        return ConfigFile.read(path, true).problem().map(Problem::describe);
    }

    @Test
    void aFolderGivenAsTheConfigIsSaidSoAndTheDefaultsAreUsed() {
        assertEquals(Optional.of(dir + ": a folder, not a configuration file; defaults used"), problem(dir));
    }

    @Test
    void aNamedPipeGivenAsTheConfigIsSkippedAtOnce() throws Exception {
        Path fifo = dir.resolve("fifo");
        Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "skipped: mkfifo could not make a FIFO");
        assertEquals(
                Optional.of(fifo + ": a named pipe, not a file; defaults used"),
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problem(fifo)));
    }

    @Test
    void everyUnusableConfigEndsTheSameWay() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'s', 'e', 't', ' ', (byte) 0xe9});
        assertEquals(Optional.of(latin1 + ": not UTF-8 text; defaults used"), problem(latin1));
        assertEquals(
                Optional.of(dir.resolve("missing") + ": no such file; defaults used"), problem(dir.resolve("missing")));
    }
}
