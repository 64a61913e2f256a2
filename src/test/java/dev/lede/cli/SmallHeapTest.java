package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole program on a Java heap too small for its input. */
class SmallHeapTest {

    @TempDir
    Path temp;

    /**
     * A file of five million short lines (each a paragraph) needs many times its size in memory: on a small heap it
     * is one line naming it, whichever thread the heap runs out in, never the JVM's stack trace.
     */
    @Test
    void aFileTooLargeForTheHeapIsOneLineNeverAStackTrace() throws Exception {
        Path lines = Files.write(temp.resolve("y.txt"), "y\n".repeat(2_500_000).getBytes(StandardCharsets.US_ASCII));
        for (String heap : List.of("-Xmx64m", "-Xmx128m")) {
            Path errors = temp.resolve("err");
            ProcessBuilder child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            heap,
                            "-cp",
                            System.getProperty("java.class.path"),
                            dev.lede.Main.class.getName(),
                            "list",
                            "--no-state",
                            lines.toString())
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile());
            child.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
            child.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
            child.environment().put("XDG_CONFIG_HOME", temp.resolve("config").toString());
            int status = child.start().waitFor();
            String err = Files.readString(errors);
            if (status != 0) {
                assertTrue(err.matches("lede: [^\n]*\n"), heap + ": " + err);
            }
            assertTrue(err.isEmpty() || err.startsWith("lede: "), heap + ": " + err);
        }
    }
}
