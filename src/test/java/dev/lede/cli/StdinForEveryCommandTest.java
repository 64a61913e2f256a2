package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.io.StdinKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command takes stdin alike: piped data when no input is named, the default library otherwise. */
class StdinForEveryCommandTest {

    private static final String HEADLINE = "Lighthouse keepers return to the point after forty years";
    private static final byte[] ARTICLE = (HEADLINE + ".\n\nThe lamp is lit again.\n").getBytes(StandardCharsets.UTF_8);

    // Each command with no input named: the reader prints the articles here, where there is no terminal.
    private static final List<List<String>> COMMANDS =
            List.of(List.of("list"), List.of("show", "1"), List.of("export", "--no-state"), List.of());

    @TempDir
    Path dir;

    private static String[] args(List<String> command, String... more) {
        return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void pipedDataIsWhatEveryCommandReadsWhenNoInputIsNamed() {
        for (List<String> command : COMMANDS) {
            CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, args(command));
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().contains(HEADLINE), command + ": " + run.out());
        }
        List<String> listed =
                CliRun.withStdin(StdinKind.DATA, ARTICLE, "list").out().lines().toList();
        assertEquals(List.of("1\t-\t" + HEADLINE + ".\t"), listed, "the pipe alone, not ./feeds as well");
        List<String> exported = CliRun.withStdin(StdinKind.DATA, ARTICLE, "export", "--no-state")
                .out()
                .lines()
                .toList();
        assertEquals(1, exported.size());
        assertTrue(exported.get(0).contains("\"source\":\"-\""), exported.get(0));
    }

    /** `cat story.txt | lede show` and `lede show -`: the piped article stands where its number goes, as a file does. */
    @Test
    void showTakesAPipeOfOneArticleWithoutItsNumber() {
        String numbered = CliRun.withStdin(StdinKind.DATA, ARTICLE, "show", "1").out();
        for (List<String> command : List.of(List.of("show"), List.of("show", "-"))) {
            CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, args(command));
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertEquals(numbered, run.out(), command.toString());
            assertEquals("", run.err(), command.toString());
        }
        // Nothing piped and nothing named: which article of the library is meant cannot be guessed.
        assumeTrue(Files.isDirectory(Path.of("feeds")), "run from the repository root, where ./feeds is");
        CliRun none = CliRun.withStdin(StdinKind.NOTHING, new byte[0], "show", "--no-state");
        assertEquals(ExitCodes.USAGE, none.exitCode(), none.err());
        assertTrue(
                none.err()
                        .matches(
                                "lede: the library holds \\d+ articles; name one: lede show N \\(lede list numbers them\\)\n"),
                none.err());
    }

    @Test
    void aTerminalOrDevNullOnStdinLeavesTheDefaultLibrary() {
        assumeTrue(Files.isDirectory(Path.of("feeds")), "run from the repository root, where ./feeds is");
        String feeds = CliRun.of("list", "feeds").out();
        assertTrue(feeds.lines().count() > 1, feeds);
        for (StdinKind kind : List.of(StdinKind.NOTHING, StdinKind.TERMINAL)) {
            CliRun run = CliRun.withStdin(kind, ARTICLE, "list");
            assertEquals(ExitCodes.OK, run.exitCode(), kind + ": " + run.err());
            assertEquals(feeds, run.out(), kind + ": the bytes behind a terminal or /dev/null are never read");
        }
    }

    @Test
    void namedInputsWinOverAPipe() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Ferry timetable changes for the winter season.\nFewer.\n");
        CliRun run = CliRun.withStdin(StdinKind.DATA, ARTICLE, "list", file.toString());
        assertEquals(
                List.of("1\t" + file + "\tFerry timetable changes for the winter season.\t"),
                run.out().lines().toList());
    }

    @Test
    void anEmptyPipeIsSaidAndNothingWasRead() {
        for (List<String> command : COMMANDS) {
            CliRun run = CliRun.withStdin(StdinKind.DATA, new byte[0], args(command));
            assertEquals(ExitCodes.NOTHING_READ, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("lede: -: stdin was empty\n"), command + ": " + run.err());
        }
        CliRun blank = CliRun.withStdin(StdinKind.DATA, " \n\n".getBytes(StandardCharsets.UTF_8), "list");
        assertEquals("lede: -: stdin was empty\n", blank.err());
        CliRun devNull = CliRun.withStdin(StdinKind.NOTHING, new byte[0], "list", "-");
        assertEquals(ExitCodes.NOTHING_READ, devNull.exitCode());
        assertEquals("lede: -: stdin was empty\n", devNull.err());
    }

    @Test
    void stdinNamedWhileItIsATerminalIsRefusedAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Ferry timetable changes for the winter season.\nFewer.\n");
        for (List<String> command : COMMANDS) {
            for (String[] inputs : List.of(new String[] {"-"}, new String[] {file.toString(), "-"})) {
                CliRun run = CliRun.withStdin(StdinKind.TERMINAL, ARTICLE, args(command, inputs));
                assertEquals(ExitCodes.USAGE, run.exitCode(), command + ": " + run.err());
                assertEquals(
                        "lede: -: stdin is a terminal; pipe a file in (cat story.txt | lede -)\n",
                        run.err(),
                        command.toString());
                assertFalse(run.out().contains(HEADLINE), run.out());
            }
        }
    }
}
