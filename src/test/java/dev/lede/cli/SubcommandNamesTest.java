package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The subcommand names are said in three places; they must be the same names. */
class SubcommandNamesTest {

    @Test
    void theFastPathAndTheLaunchersKnowEverySubcommandPicocliHas() throws IOException {
        Set<String> registered = new TreeSet<>(LedeCommand.commandLine(System.in, null, Map.of())
                .getSubcommands()
                .keySet());
        registered.remove("help"); // picocli's own
        assertEquals(registered, new TreeSet<>(LedeCommand.SUBCOMMAND_NAMES));

        String script = Files.readString(Path.of("src/dist/lib/launch.sh"));
        Matcher names = Pattern.compile("-\\* \\| ([a-z |]+)\\)").matcher(script);
        assertTrue(names.find(), "launch.sh lists the subcommands after -*");
        Set<String> launcher = new TreeSet<>(Arrays.asList(names.group(1).trim().split(" \\| ")));
        assertEquals(registered, launcher);

        // and again where it picks the jlink image's AOT cache for a command
        Matcher commands = Pattern.compile("--help \\| ([a-z |]+)\\)").matcher(script);
        assertTrue(commands.find(), "launch.sh lists the subcommands after -V | --version | -h | --help");
        assertEquals(
                registered, new TreeSet<>(Arrays.asList(commands.group(1).trim().split(" \\| "))));
    }
}
