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
        Path binary = Files.write(dir.resolve("binary"), new byte[] {'s', 'e', 't', 0, 0, (byte) 0xe9});
        assertEquals(Optional.of(binary + ": not UTF-8 text; defaults used"), problem(binary));
        assertEquals(
                Optional.of(dir.resolve("missing") + ": no such file; defaults used"), problem(dir.resolve("missing")));
    }

    @Test
    void aByteOfAnotherEncodingCostsItsLineNotTheFile() throws IOException {
        // "# café" in Latin-1, then a setting: the file is read, the stray byte shown as U+FFFD for the parser.
        byte[] bytes = {
            '#',
            ' ',
            'c',
            'a',
            'f',
            (byte) 0xe9,
            '\n',
            's',
            'e',
            't',
            ' ',
            's',
            'o',
            'r',
            't',
            ' ',
            't',
            'i',
            't',
            'l',
            'e',
            '\n'
        };
        ConfigFile.Read read = ConfigFile.read(Files.write(dir.resolve("latin1"), bytes), true);
        assertEquals(Optional.empty(), read.problem());
        assertEquals(Optional.of("# caf\uFFFD\nset sort title\n"), read.text());
    }
}
