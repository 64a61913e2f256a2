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

    /** The reader exits 1 when it cannot take the terminal (ReaderSession); its --help says so. */
    @Test
    void theReadersHelpSaysATerminalItCannotUseIsStatusOne() {
        String help = run("--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains(" 1 some inputs could not be read"), help);
        assertTrue(help.contains("the terminal could not be used"), help);
    }

    /** Output that cannot be written (a full disk) is status 1 (CheckedOutput); the reading commands' --help says so. */
    @Test
    void theReadingCommandsHelpSaysOutputNotWrittenIsStatusOne() {
        for (List<String> args : List.of(
                List.of("--help"),
                List.of("list", "--help"),
                List.of("show", "--help"),
                List.of("export", "--help"),
                List.of("stories", "--help"))) {
            String help = run(args.toArray(String[]::new)).out().replaceAll("\\s+", " ");
            assertTrue(help.contains("or the output could not be written"), args + ":\n" + help);
        }
    }

    /** docs/command-line.md, "Exit status and output": each command's --help lists every one of its statuses. */
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

    /**
     * A folder of lede's own it cannot use (a file where it should be, which refuses root too) is status 1 for
     * the commands whose --help says so, and for no other: each command is run with each folder blocked.
     */
    @Test
    void aFolderOfLedesOwnIsStatusOneExactlyWhereTheHelpSaysSo() throws IOException {
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        commands.put("lede", List.of("NEWS"));
        commands.put("list", List.of("list", "NEWS"));
        commands.put("show", List.of("show", "1", "NEWS"));
        commands.put("export", List.of("export", "NEWS"));
        commands.put("stories", List.of("stories", "NEWS"));
        commands.put("subscribe", List.of("subscribe", "http://127.0.0.1:1/other.xml"));
        commands.put("unsubscribe", List.of("unsubscribe", "quay"));
        commands.put("subscriptions", List.of("subscriptions"));
        commands.put("import", List.of("import", "OPML"));
        commands.put("fetch", List.of("fetch")); // its one feed refuses at once: no network
        commands.put("prune", List.of("prune", "--older-than", "3"));
        assertEquals(
                commands.keySet().stream()
                        .filter(c -> !c.equals("lede"))
                        .sorted()
                        .toList(),
                LedeCommand.commandLine(new java.io.ByteArrayInputStream(new byte[0]), StdinKind.NOTHING, Map.of())
                        .getSubcommands()
                        .keySet()
                        .stream()
                        .sorted()
                        .toList(),
                "every command is tried");
        int homes = 0;
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            List<String> statusOne = new java.util.ArrayList<>();
            for (String blocked : List.of("config", "state", "cache", "data")) {
                Path own = home.resolve("home" + homes++);
                Files.createDirectories(own);
                CliRun run = runBlocked(own, blocked, command.getValue());
                if (run.exitCode() == ExitCodes.SOME_FAILED
                        && run.err().contains(own.resolve(blocked).toString())) {
                    statusOne.add(blocked);
                }
            }
            List<String> help =
                    command.getKey().equals("lede") ? List.of("--help") : List.of(command.getKey(), "--help");
            boolean says = run(help.toArray(String[]::new))
                    .out()
                    .replaceAll("\\s+", " ")
                    .contains("a folder of lede's own (its config, state or library) cannot be read or written");
            assertEquals(
                    !statusOne.isEmpty(),
                    says,
                    command.getKey() + ": status 1 with these folders blocked: " + statusOne);
        }
    }

    /** Runs {@code args} in the home {@code own}, set up as a user's, with {@code own/blocked/lede} a file. */
    private CliRun runBlocked(Path own, String blocked, List<String> args) throws IOException {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("HOME", own.toString());
        for (String folder : List.of("config", "state", "cache", "data")) {
            environment.put(
                    "XDG_" + folder.toUpperCase(java.util.Locale.ROOT) + "_HOME",
                    own.resolve(folder).toString());
        }
        Path news = Files.createDirectories(own.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Harbour pilots vote to strike.\n\nThe vote was close.\n");
        Path opml = Files.writeString(
                own.resolve("feeds.opml"),
                "<opml version=\"2.0\"><body><outline text=\"b\" xmlUrl=\"http://127.0.0.1:1/b.xml\"/></body></opml>");
        CliRun subscribed = CliRun.withEnvironment(
                environment,
                StdinKind.NOTHING,
                new byte[0],
                "subscribe",
                "http://127.0.0.1:1/feed.xml",
                "--name",
                "quay");
        assertEquals(0, subscribed.exitCode(), subscribed.err());
        Path folder = own.resolve(blocked).resolve("lede");
        dev.lede.TempFolders.delete(folder);
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "a file where lede's folder should be");
        String[] resolved = args.stream()
                .map(a -> a.equals("NEWS") ? news.toString() : a.equals("OPML") ? opml.toString() : a)
                .toArray(String[]::new);
        return CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], resolved);
    }
}
