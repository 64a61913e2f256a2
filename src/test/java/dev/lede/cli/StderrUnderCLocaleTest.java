package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lede's lines on a stderr whose charset is ASCII (a terminal under {@code LANG=C}) are transliterated as the
 * reader shows text (README, "Terminals"), for a command picocli runs as for the reader: a command with an
 * option had gone to picocli's own stderr, which wrote '?' for each quote in "unknown action ‘quitt’".
 */
class StderrUnderCLocaleTest {

    @TempDir
    Path temp;

    @Test
    void aCommandsLinesOnAnAsciiStderrAreTransliterated() throws Exception {
        Path article = Files.writeString(temp.resolve("a.txt"), "Harbour news\n\nA body.\n");
        Path config = Files.writeString(temp.resolve("config"), "bind x quitt\n");
        Path errors = temp.resolve("err");
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // What the JVM sets for a terminal under LANG=C.
                        "-Dsun.stderr.encoding=US-ASCII",
                        "-cp",
                        System.getProperty("java.class.path"),
                        dev.lede.Main.class.getName(),
                        "list",
                        "--no-state",
                        "--config",
                        config.toString(),
                        article.toString())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile());
        child.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        child.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        assertEquals(0, child.start().waitFor());
        assertEquals(
                "lede: " + config + ":1: unknown action 'quitt' (did you mean quit?); line ignored\n",
                Files.readString(errors, StandardCharsets.UTF_8));
    }
}
