package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.ReadingState;
import dev.lede.io.StateStore;
import dev.lede.tui.ColorMode;
import dev.lede.ui.config.ColorChoice;
import dev.lede.ui.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reading state and the configuration come from, and when nothing may be written. */
class StateAndConfigTest {

    @TempDir
    Path dir;

    private Map<String, String> environment() {
        return Map.of(
                "XDG_STATE_HOME",
                dir.resolve("state").toString(),
                "XDG_CONFIG_HOME",
                dir.resolve("config").toString(),
                "HOME",
                dir.toString());
    }

    @Test
    void stdinAloneOrNoStateMeansNoStoreToWriteTo() {
        assertTrue(
                StateFiles.writable(List.of("-"), false, environment(), w -> {}).isEmpty());
        assertTrue(StateFiles.writable(List.of("-", "-"), false, environment(), w -> {})
                .isEmpty());
        assertTrue(StateFiles.writable(List.of("feeds"), true, environment(), w -> {})
                .isEmpty());
        assertEquals(
                dir.resolve("state/lede/state"),
                StateFiles.writable(List.of("feeds", "-"), false, environment(), w -> {})
                        .get()
                        .file());
    }

    @Test
    void exportAddsReadAndStarredFromTheStateAndWritesNothing() throws IOException {
        Path article = Files.writeString(
                dir.resolve("a.txt"), "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        String plain = CliRun.withEnvironment(environment(), "", "export", article.toString())
                .out();
        assertTrue(plain.strip().endsWith(",\"read\":false,\"starred\":false}"), plain);
        assertFalse(Files.exists(dir.resolve("state")), "export wrote state");

        String id = plain.substring("{\"id\":\"".length(), plain.indexOf('"', "{\"id\":\"".length()));
        StateStore store = new StateStore(dir.resolve("state/lede"), w -> {});
        store.load();
        store.save(ReadingState.EMPTY.withRead(new ArticleId(id), true).withStarred(new ArticleId(id), true));
        String marked = CliRun.withEnvironment(environment(), "", "export", article.toString())
                .out();
        assertTrue(marked.strip().endsWith(",\"read\":true,\"starred\":true}"), marked);
        String without = CliRun.withEnvironment(environment(), "", "export", "--no-state", article.toString())
                .out();
        assertTrue(without.strip().endsWith(",\"read\":false,\"starred\":false}"), without);
    }

    @Test
    void exportSaysWhenTheStateCannotBeReadInsteadOfCallingEverythingUnread() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Harbour pilots vote to strike.\nThe vote was close.\n");
        Path state = Files.createDirectories(dir.resolve("state/lede")).resolve("state");
        Files.writeString(state, "lede-state 99\n");
        CliRun run = CliRun.withEnvironment(environment(), "", "export", article.toString());
        assertEquals(0, run.exitCode(), "the inputs were read: " + run.err());
        assertEquals(
                "lede: " + state + " could not be read (written by a newer lede, format 99); "
                        + "\"read\" and \"starred\" are false for every article\n",
                run.err());
        assertTrue(Files.exists(state), "left as it is");
    }

    @Test
    void aReaderOfStdinAloneSaysWhenTheStateCannotBeReadAndLeavesItAsItIs() throws IOException {
        Path state = Files.createDirectories(dir.resolve("state/lede")).resolve("state");
        Files.writeString(state, "lede-state 99\n");
        List<String> said = new java.util.ArrayList<>();
        ReadingState reading = ReaderSession.readingState(
                StateFiles.writable(List.of("-"), false, environment(), said::add), false, environment(), said::add);
        assertEquals(ReadingState.EMPTY, reading);
        assertEquals(
                List.of("lede: " + state
                        + " could not be read (written by a newer lede, format 99); read marks not shown"),
                said);
        assertTrue(Files.exists(state), "a reader of stdin writes and moves nothing");

        said.clear();
        ReaderSession.readingState(java.util.Optional.empty(), true, environment(), said::add);
        assertEquals(List.of(), said, "--no-state reads nothing");
    }

    @Test
    void exportOfStdinLeavesNoStateBehind() {
        CliRun run = CliRun.withEnvironment(
                environment(), "Harbour pilots vote to strike.\nThe vote was close.\n", "export", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(dir.resolve("state")));
    }

    @Test
    void theConfigFileComesFromXdgConfigHomeAndBadLinesAreReportedNotFatal() throws IOException {
        Path file = Files.createDirectories(dir.resolve("config/lede")).resolve("config");
        Files.writeString(file, "set width 70\nset colour sepia\n");
        Config config = ReaderSession.config(null, environment());
        assertEquals(OptionalInt.of(70), config.width());
        assertEquals(1, config.problems().size());
        assertEquals(file + ":2", config.problems().get(0).source());
    }

    @Test
    void aMissingConfigFileIsAProblemOnlyWhenAskedFor() {
        assertEquals(List.of(), ReaderSession.config(null, environment()).problems());
        Config asked = ReaderSession.config(dir.resolve("nope"), environment());
        assertEquals(1, asked.problems().size());
        assertTrue(asked.problems().get(0).describe().endsWith("nope: no such file; defaults used"));
    }

    @Test
    void setColorOverridesTheEnvironment() {
        Map<String, String> noColor = Map.of("NO_COLOR", "1", "TERM", "xterm-256color");
        assertEquals(ColorMode.NONE, ReaderSession.colorMode(ColorChoice.AUTO, noColor));
        assertEquals(ColorMode.TRUE_COLOR, ReaderSession.colorMode(ColorChoice.TRUE_COLOR, noColor));
        assertEquals(ColorMode.ANSI_16, ReaderSession.colorMode(ColorChoice.ANSI_16, Map.of()));
    }

    @Test
    void noStateIsAnOptionOfTheReader() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("--no-state"), run.out());
        assertTrue(run.out().contains("--config"), run.out());
    }
}
