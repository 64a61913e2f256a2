package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader and the commands that print the library go by the configuration alike (README,
 * "Configuration"): its {@code path} entries are the inputs when none is named, and a missing
 * {@code --config FILE} or a bad line is one line on stderr, naming the file, with the rest still done.
 */
class ConfigForEveryCommandTest {

    private static final String FIRST = "Harbour pilots vote to strike over night shifts";
    private static final String SECOND = "Ferry timetable changes for the winter season";

    /**
     * Each command, to be given no input or the folder. The reader prints here (stdout is not a terminal in
     * a test); a story needs the two articles' related headlines.
     */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("list"), List.of("show", "1"), List.of("export", "--no-state"), List.of("stories"), List.of());

    @TempDir
    Path dir;

    private Path articles;
    private Path configHome;
    private final Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());

    @BeforeEach
    void setUp() throws IOException {
        articles = Files.createDirectories(dir.resolve("news"));
        Files.writeString(
                articles.resolve("a.txt"),
                FIRST + ".\n\nThe vote was close.\n\nRelated\n" + SECOND + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                articles.resolve("b.txt"), SECOND + ".\n\nFewer crossings after ten.\n", StandardCharsets.UTF_8);
        configHome = dir.resolve("config");
        environment.put("XDG_CONFIG_HOME", configHome.toString());
        environment.put("XDG_DATA_HOME", dir.resolve("data").toString()); // no subscriptions, nothing fetched
        environment.put("XDG_STATE_HOME", dir.resolve("state").toString());
    }

    private Path config(String text) throws IOException {
        Path file = Files.createDirectories(configHome.resolve("lede")).resolve("config");
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CliRun run(String... args) {
        return CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], args);
    }

    /** A headline of the folder's (stories prints the earliest article's only). */
    private static boolean readTheFolder(CliRun run) {
        return run.out().contains(FIRST) || run.out().contains(SECOND);
    }

    private static String[] args(List<String> command, String... more) {
        return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void theConfigsPathIsWhatEveryCommandReadsWhenNoInputIsNamed() throws IOException {
        config("path " + articles + "\n");
        for (List<String> command : COMMANDS) {
            CliRun run = run(args(command));
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertTrue(readTheFolder(run), command + " read the configured folder:\n" + run.out());
            assertFalse(run.out().contains("Mayor Tobias Wren"), command + " read ./feeds or the samples instead");
        }
        List<String> listed = run("list").out().lines().toList();
        assertEquals(2, listed.size(), "the folder alone: " + listed);
        assertTrue(listed.get(0).startsWith("1\t" + articles.resolve("a.txt") + "\t"), listed.get(0));
    }

    @Test
    void aPathUnderTheHomeFolderIsWrittenWithATilde() throws IOException {
        environment.put("HOME", dir.toString());
        config("path ~/news\n");
        for (List<String> command : COMMANDS) {
            CliRun run = run(args(command));
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertTrue(readTheFolder(run), command + " read ~/news:\n" + run.out() + run.err());
        }
        assertTrue(run("list").out().startsWith("1\t" + articles.resolve("a.txt") + "\t"), "named by its real path");
    }

    /**
     * A path line naming nothing is named by its file and line, as every other configuration problem is (it had
     * been the path alone: which file said it?); it is still a skipped input, counted as one (qa25).
     */
    @Test
    void aMissingPathIsNamedByTheConfigsFileAndLine() throws IOException {
        Path file = config("set width 72\npath " + articles + "\npath /nonexistent/lede-test-news\n");
        for (List<String> command : COMMANDS) {
            // twice through the index (the second lists from the copy kept of it), once without
            for (String state : new String[] {null, null, "--no-state"}) {
                CliRun run = state == null || command.contains(state) ? run(args(command)) : run(args(command, state));
                assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), command + " " + state + ": " + run.err());
                assertEquals(
                        List.of("lede: " + file + ":3: /nonexistent/lede-test-news: no such file"),
                        run.err()
                                .lines()
                                .filter(line -> line.contains("nonexistent"))
                                .toList(),
                        command + " " + state + ":\n" + run.err());
            }
        }
    }

    @Test
    void aNamedInputComesBeforeTheConfigsPath() throws IOException {
        config("path /nonexistent/lede-test-news\n");
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("c.txt"), "Lighthouse keepers return.\n\nThe lamp is lit.\n");
        CliRun run = run("list", other.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertEquals("", run.err(), "the configured path is not read at all");
    }

    @Test
    void aConfigNamedWithDashDashConfigGivesThePathsBeforeOrAfterTheCommandsName() throws IOException {
        Path file = Files.writeString(dir.resolve("elsewhere.conf"), "path " + articles + "\n");
        for (String[] args : List.of(
                new String[] {"list", "--config", file.toString()},
                new String[] {"--config", file.toString(), "list"},
                new String[] {"--config", file.toString()})) {
            CliRun run = run(args);
            assertEquals(ExitCodes.OK, run.exitCode(), List.of(args) + ": " + run.err());
            assertTrue(run.out().contains(FIRST), List.of(args) + ":\n" + run.out());
        }
    }

    @Test
    void aMissingConfigFileIsOneLineNamingItAndTheRestIsStillDone() {
        String missing = dir.resolve("missing.conf").toString();
        for (List<String> command : COMMANDS) {
            for (String[] args : List.of(
                    args(command, "--config", missing, articles.toString()),
                    args(List.of("--config", missing), args(command, articles.toString())))) {
                CliRun run = run(args);
                assertEquals(ExitCodes.OK, run.exitCode(), List.of(args) + ": " + run.err());
                assertTrue(readTheFolder(run), List.of(args) + ":\n" + run.out());
                List<String> said =
                        run.err().lines().filter(line -> line.contains(missing)).toList();
                assertEquals(
                        List.of("lede: " + missing + ": no such file; defaults used"),
                        said,
                        List.of(args) + " said it once:\n" + run.err());
            }
        }
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLineAndTheGoodOnesStillCount() throws IOException {
        Path file = config("set width 5\npath " + articles + "\n");
        for (List<String> command : COMMANDS) {
            CliRun run = run(args(command));
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertTrue(readTheFolder(run), command + ":\n" + run.out());
            List<String> said = run.err()
                    .lines()
                    .filter(line -> line.startsWith("lede: " + file + ":1: "))
                    .toList();
            assertEquals(1, said.size(), command + ":\n" + run.err());
        }
    }
}
