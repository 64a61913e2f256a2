package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for a thing named on the command line that matches nothing (README, "Usage"): an article number or
 * id, a subscription's name, URL or tag, is a wrong command line, exit 2, whichever command was given it; and
 * each command's --help says so.
 */
class ExitStatusRuleTest {

    @TempDir
    Path home;

    private CliRun run(String... args) {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_STATE_HOME", home.resolve("state").toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], args);
    }

    @Test
    void aNameThatMatchesNothingIsAWrongCommandLineForEveryCommand() throws IOException {
        Path folder = Files.createDirectories(home.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Harbour pilots vote to strike.\n\nThe vote was close.\n");
        assertEquals(
                0,
                run("subscribe", "https://quay.example/rss", "--name", "quay").exitCode());
        for (List<String> args : List.of(
                List.of("show", "9", folder.toString()),
                List.of("show", "ffffffffffff", folder.toString()),
                List.of("fetch", "nobody"),
                List.of("unsubscribe", "nobody"),
                List.of("unsubscribe", "https://nobody.example/rss"))) {
            CliRun run = run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exitCode(), args + ": " + run.err());
            assertEquals(1, run.err().lines().count(), args + " says it in one line: " + run.err());
            assertTrue(run.err().startsWith("lede: "), run.err());
        }
    }

    @Test
    void everyCommandThatTakesSuchANameSaysTheRuleInItsHelp() {
        for (List<String> args : List.of(
                List.of("--help"),
                List.of("show", "--help"),
                List.of("fetch", "--help"),
                List.of("unsubscribe", "--help"))) {
            String help = run(args.toArray(String[]::new)).out();
            assertTrue(help.contains("Exit status"), args + ":\n" + help);
            assertTrue(
                    help.replaceAll("\\s+", " ").contains("2 wrong usage, or a name that matches nothing"),
                    args + ":\n" + help);
        }
    }

    /** README, "Usage": "Each command's --help lists its statuses", every one of them. */
    @Test
    void everyCommandsHelpListsItsStatuses() {
        List<String> commands = new java.util.ArrayList<>(
                LedeCommand.commandLine(new java.io.ByteArrayInputStream(new byte[0]), StdinKind.NOTHING, Map.of())
                        .getSubcommands()
                        .keySet());
        assertTrue(commands.size() >= 10, commands.toString());
        for (String command : commands) {
            String help = run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Exit status 0 "), command + ":\n" + help);
            assertTrue(help.contains(" 2 wrong usage"), command + ":\n" + help);
        }
    }
}
