package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An argument a command says it cannot use is named in its one line with the control characters in it written out
 * ({@code ^[}, as cat -v writes them), none of them sent to the terminal.
 */
class EchoedArgumentsTest {

    /** What would clear the screen if it reached the terminal as typed. */
    private static final String CLEARS = "q\u001b[2Jz";

    @TempDir
    Path dir;

    @Test
    void everyRefusalNamesTheArgumentWithItsControlCharactersWrittenOut() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config/lede"));
        Files.writeString(config.resolve("subscriptions"), "https://a.example/feed.xml \"~a\"\n");
        Files.writeString(dir.resolve("one.txt"), "Title: One\n\nBody.\n");
        Map<String, String> environment = new java.util.HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.put("XDG_STATE_HOME", dir.resolve("state").toString());
        environment.put("XDG_DATA_HOME", dir.resolve("data").toString());
        for (List<String> args : List.of(
                List.of("--" + CLEARS),
                List.of("show", CLEARS, dir.resolve("one.txt").toString()),
                List.of("unsubscribe", CLEARS),
                List.of("fetch", CLEARS),
                List.of("import", CLEARS))) {
            CliRun run =
                    CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], args.toArray(String[]::new));
            assertTrue(run.err().contains("q^[[2Jz"), args + " names it: " + run.err());
            assertEquals(1, run.err().lines().count(), args + " in one line: " + run.err());
            assertTrue(run.err().chars().noneMatch(c -> c == 0x1b), args + " sends no escape: " + run.err());
        }
    }
}
