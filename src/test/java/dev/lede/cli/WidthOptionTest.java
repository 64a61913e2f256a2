package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every --width is checked by the command line: out of range is a usage error naming the range. */
class WidthOptionTest {

    private static final byte[] ARTICLE = ("Lighthouse keepers return to the point after forty years.\n\n"
                    + "The lamp is lit again after the long winter, and the keepers say it will stay lit.\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void widthsOutsideTheRangeAreUsageErrorsOnOneLine() {
        for (List<String> command : List.of(List.of("show", "1"), List.<String>of())) {
            for (String width : List.of("0", "-3", "5", "19", "501", "99999999999", "wide", "")) {
                String[] args = java.util.stream.Stream.concat(
                                command.stream(), java.util.stream.Stream.of("--width=" + width, "-"))
                        .toArray(String[]::new);
                CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, args);
                assertEquals(ExitCodes.USAGE, run.exitCode(), command + " --width=" + width + ": " + run.err());
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().startsWith("lede: Invalid value for option '--width'"), run.err());
                assertTrue(run.err().contains("give 20 to 500 columns"), run.err());
                assertEquals("", run.out());
            }
        }
    }

    @Test
    void theEndsOfTheRangeAreAccepted() {
        for (String width : List.of("20", "500", " 72")) {
            CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, "show", "--width", width, "1");
            assertEquals(ExitCodes.OK, run.exitCode(), width + ": " + run.err());
            int widest = run.out().lines().mapToInt(String::length).max().orElse(0);
            assertTrue(widest <= Integer.parseInt(width.strip()), widest + " columns at --width " + width);
        }
        CliRun narrow = CliRun.withStdin(StdinKind.DATA, ARTICLE, "show", "--width", "20", "1");
        assertTrue(narrow.out().lines().count() > 4, narrow.out());
    }
}
