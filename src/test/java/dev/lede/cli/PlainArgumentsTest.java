package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default command's start without picocli: taken only for plain inputs, and it ends as picocli's would. */
class PlainArgumentsTest {

    @TempDir
    Path dir;

    /** Apart from the library folder, which is walked. */
    @TempDir
    Path cache;

    @Test
    void pathsUrlsAndStdinArePlain() {
        assertTrue(LedeCommand.plain(new String[0]));
        assertTrue(
                LedeCommand.plain(new String[] {"feeds", "-", "https://news.example.com/feed", "a b.txt", "listing"}));
        assertFalse(
                LedeCommand.plain(new String[] {"help"}), "lede help alone goes by picocli, which says where help is");
        assertTrue(LedeCommand.plain(new String[] {"help", "feeds"}));
    }

    @Test
    void optionsAndSubcommandsAreLeftToPicocli() {
        for (String arg : new String[] {
            "--width",
            "--width=60",
            "-h",
            "--version",
            "--",
            "--no-state",
            "-x",
            "list",
            "show",
            "export",
            "subscribe",
            "unsubscribe",
            "subscriptions",
            "import",
            "fetch",
            "prune"
        }) {
            assertFalse(LedeCommand.plain(new String[] {"feeds", arg}), arg);
        }
    }

    @Test
    void thePlainPathEndsAsPicocliDoesForTheSameInputs() throws IOException {
        Files.writeString(
                dir.resolve("a.txt"), "Harbour pilots vote to strike.\nThe vote was close.\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        environment.put("XDG_CACHE_HOME", cache.toString()); // never the user's library index
        String[] args = {dir.toString(), missing.toString()};

        CliRun picocli = CliRun.withEnvironment(environment, "", args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedeCommand.runPlain(
                args,
                new ByteArrayInputStream(new byte[0]),
                StdinKind.NOTHING,
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertEquals(picocli.exitCode(), code);
        assertEquals(picocli.out(), out.toString());
        assertEquals(picocli.err(), err.toString());
        assertTrue(err.toString().contains("missing.txt"), err.toString());
    }

    @Test
    void listExportAndStoriesWithOnlyInputsArePlain() {
        assertTrue(LedeCommand.plainLibraryCommand(new String[] {"list"}));
        assertTrue(LedeCommand.plainLibraryCommand(new String[] {"list", "feeds", "-", "show", "a b.txt"}));
        assertTrue(LedeCommand.plainLibraryCommand(new String[] {"export", "feeds"}));
        assertTrue(LedeCommand.plainLibraryCommand(new String[] {"stories", "feeds"}));
        assertTrue(
                LedeCommand.plainLibraryCommand(new String[] {"list", "@home.txt"}), "a file's name, no argument file");
        for (String[] args : new String[][] {
            {},
            {"feeds", "list"},
            {"show", "1", "feeds"},
            {"fetch"},
            {"list", "--json", "feeds"},
            {"list", "feeds", "--no-state"},
            {"list", "-h"},
            {"list", "--", "feeds"},
            {"export", "--config=x", "feeds"}
        }) {
            assertFalse(LedeCommand.plainLibraryCommand(args), String.join(" ", args));
        }
    }

    @Test
    void plainListExportAndStoriesEndAsPicocliDoesForTheSameInputs() throws IOException {
        Files.writeString(
                dir.resolve("a.txt"),
                "Harbour pilots vote to strike.\nThe vote was close.\n\nRelated:\n- Ferry crews back the pilots\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("b.txt"),
                "Ferry crews back the pilots.\nThe crews said so on Monday.\n",
                StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        environment.put("XDG_CACHE_HOME", cache.toString());
        for (String command : new String[] {"list", "export", "stories"}) {
            // twice: the first run builds the index, the second lists from it
            for (int round = 0; round < 2; round++) {
                String[] args = {command, dir.toString(), missing.toString()};
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = LedeCommand.runPlainLibraryCommand(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        StdinKind.NOTHING,
                        environment,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
                CliRun picocli = CliRun.withEnvironment(environment, "", args);

                assertEquals(picocli.exitCode(), code, command);
                assertEquals(picocli.out(), out.toString(), command);
                assertEquals(picocli.err(), err.toString(), command);
                assertTrue(out.toString().contains("Harbour pilots"), command + ": " + out);
                assertTrue(err.toString().contains("missing.txt"), command + ": " + err);
            }
        }
    }

    @Test
    void plainListReadsStdinAsPicocliDoes() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        environment.put("XDG_CACHE_HOME", cache.toString());
        byte[] piped = "Harbour pilots vote to strike.\nThe vote was close.\n".getBytes(StandardCharsets.UTF_8);
        String[] args = {"list", "-"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedeCommand.runPlainLibraryCommand(
                args,
                new ByteArrayInputStream(piped),
                StdinKind.DATA,
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        CliRun picocli = CliRun.withEnvironment(environment, piped, args);

        assertEquals(picocli.exitCode(), code);
        assertEquals(picocli.out(), out.toString());
        assertEquals(picocli.err(), err.toString());
        assertTrue(out.toString().contains("Harbour pilots"), out.toString());
    }
}
