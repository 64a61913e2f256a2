package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading for a command through the library index. */
class LibraryLoadTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    /**
     * A first load resolves the related headlines to store them; the library it returns must be that very
     * one, resolved already, or printing it resolves everything a second time (a fifth of a first
     * {@code lede list}'s CPU time).
     */
    @Test
    void theLibraryReturnedIsTheOneResolvedForTheIndex() throws IOException {
        Files.writeString(
                dir.resolve("a.txt"), "Harbour budget passes\n\nThe council voted.\n\nFerry timetable changes\n");
        Files.writeString(dir.resolve("b.txt"), "Ferry timetable changes\n\nBoats leave earlier.\n");
        InputOptions options = new InputOptions();
        options.inputs = List.of(dir.toString());
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        StringWriter err = new StringWriter();

        PrintWriter errWriter = new PrintWriter(err, true);
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(
                options,
                false,
                new CommandConfig(null, environment, errWriter),
                environment,
                new ByteArrayInputStream(new byte[0]),
                errWriter);

        assertEquals("", err.toString());
        assertTrue(Files.exists(cache.resolve("lede/index.db")), "loaded through the index");
        assertSame(loaded.library(), loaded.related().library());
        assertTrue(loaded.related().resolved(), "resolved once, for the index, and not again for printing");
    }

    /**
     * A command that loaded the library leaves the index as a reader would: its headline listing stored as
     * well as the resolutions, so the reader's next start reads its preview in one step.
     */
    @Test
    void aLoadStoresTheHeadlineListingForTheNextStart() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Harbour budget passes\n\nThe council voted.\n");
        InputOptions options = new InputOptions();
        options.inputs = List.of(dir.toString());
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        PrintWriter err = new PrintWriter(new StringWriter(), true);

        LibraryLoad.loadAll(
                options,
                false,
                new CommandConfig(null, environment, err),
                environment,
                new ByteArrayInputStream(new byte[0]),
                err);

        try (Connection index = DriverManager.getConnection("jdbc:sqlite:" + cache.resolve("lede/index.db"));
                ResultSet rows = index.createStatement().executeQuery("SELECT count(*) FROM listings")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "one library's listing stored");
        }
    }

    @Test
    void samplesThatCannotBeUnpackedIntoTheCacheAreReadFromATemporaryCopyWithOneLineSayingWhy() throws IOException {
        // A file where the cache folder should be: as a cache that is not the user's, it refuses the unpacking.
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", file.toString());
        StringWriter err = new StringWriter();
        List<String> inputs = RunInputs.samples(environment, new PrintWriter(err, true));
        assertEquals(1, inputs.size(), inputs.toString());
        Path copy = Path.of(inputs.get(0));
        assertTrue(!copy.startsWith(file) && Files.isDirectory(copy), "a readable copy outside the cache: " + copy);
        assertEquals(
                "lede: the bundled samples are read from a temporary copy (the cache cannot be written: "
                        + file.resolve("lede") + ": not a directory)\n",
                err.toString());

        CliRun listed = CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], "list", copy.toString());
        assertEquals(ExitCodes.OK, listed.exitCode(), listed.err());
        assertEquals("", listed.err(), "no index is tried for a copy that goes when the run ends");
        assertTrue(listed.out().lines().count() > 10, listed.out());
        assertTrue(listed.out().lines().allMatch(line -> line.split("\t")[1].startsWith("samples/")), listed.out());

        // JSON names a file by a path that opens it, but the copy is gone when the run ends: named as in the text.
        for (String command : List.of("list", "export")) {
            List<String> arguments = new java.util.ArrayList<>(List.of(command, copy.toString()));
            if (command.equals("list")) {
                arguments.add("--json");
            }
            CliRun records = CliRun.withEnvironment(
                    environment, StdinKind.NOTHING, new byte[0], arguments.toArray(String[]::new));
            assertEquals(ExitCodes.OK, records.exitCode(), records.err());
            assertTrue(records.out().lines().count() > 10, records.out());
            assertTrue(
                    records.out().lines().allMatch(line -> line.contains("\"source\":\"samples/")),
                    command + ": " + records.out());
        }
    }
}
