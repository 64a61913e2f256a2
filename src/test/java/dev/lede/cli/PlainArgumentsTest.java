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
    }

    @Test
    void optionsSubcommandsAndArgumentFilesAreLeftToPicocli() {
        for (String arg : new String[] {
            "--width",
            "--width=60",
            "-h",
            "--version",
            "--",
            "--no-state",
            "-x",
            "@args.txt",
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
}
