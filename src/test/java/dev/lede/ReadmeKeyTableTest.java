package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The README's key table is generated from the one table of actions, like the hints and the help
 * screen. Run with {@code -Dlede.updateReadme=true} to rewrite it after changing a binding.
 */
class ReadmeKeyTableTest {

    private static final String BEGIN = "<!-- keys:begin";
    private static final String END = "<!-- keys:end -->";
    private static final Path README = Paths.get("README.md");

    @Test
    void readmeKeyTableMatchesTheKeymap() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md must hold the markers " + BEGIN + " … " + END);
        int tableStart = readme.indexOf('\n', begin) + 1;
        String expected = new KeyTable(Keymap.DEFAULT).markdown();
        String actual = readme.substring(tableStart, end);
        if (Boolean.getBoolean("lede.updateReadme") && !actual.equals(expected)) {
            Files.writeString(README, readme.substring(0, tableStart) + expected + readme.substring(end), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual,
                "README key table is out of date: run ./mvnw test -Dtest=ReadmeKeyTableTest -Dlede.updateReadme=true");
    }
}
