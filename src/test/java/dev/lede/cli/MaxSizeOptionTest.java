package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every --max-size is checked by the command line: under 1 MiB is a usage error, not every input skipped. */
class MaxSizeOptionTest {

    private static final byte[] ARTICLE = ("Lighthouse keepers return to the point after forty years.\n\n"
                    + "The lamp is lit again after the long winter.\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void sizesUnderOneMibAreUsageErrorsOnOneLine() {
        for (List<String> command :
                List.of(List.of("list"), List.of("show", "1"), List.of("export"), List.<String>of())) {
            for (String size : List.of("0", "-1", "-99999999999", "big", "")) {
                String[] args = java.util.stream.Stream.concat(
                                command.stream(), java.util.stream.Stream.of("--max-size=" + size, "-"))
                        .toArray(String[]::new);
                CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, args);
                assertEquals(ExitCodes.USAGE, run.exitCode(), command + " --max-size=" + size + ": " + run.err());
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().startsWith("lede: Invalid value for option '--max-size'"), run.err());
                assertTrue(run.err().contains("1 or more"), run.err());
                assertEquals("", run.out());
            }
        }
    }

    @Test
    void aNumberTooLargeToHoldIsSaidToBeTooLargeNotNoSize() {
        for (List<String> command : List.of(List.of("list"), List.of("fetch"))) {
            String[] args = java.util.stream.Stream.concat(
                            command.stream(), java.util.stream.Stream.of("--max-size", "99999999999"))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(
                    run.err()
                            .startsWith("lede: Invalid value for option '--max-size': 99999999999 is too large; give a"
                                    + " whole number of MiB from 1 to " + Integer.MAX_VALUE),
                    run.err());
        }
    }

    @Test
    void fetchChecksItToo() {
        CliRun run = CliRun.of("fetch", "--max-size", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("lede: Invalid value for option '--max-size'"), run.err());
    }

    @Test
    void oneMibIsAccepted() {
        CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, "list", "--max-size", "1", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Lighthouse keepers"), run.out());
    }
}
