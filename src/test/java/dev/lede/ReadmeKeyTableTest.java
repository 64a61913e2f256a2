package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.config.ConfigReference;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The README's key table and configuration reference are generated from the one table of actions,
 * like the hints and the help screen. Run with {@code -Dlede.updateReadme=true} to rewrite them after
 * changing a binding or a setting.
 */
class ReadmeKeyTableTest {

    private static final Path README = Paths.get("README.md");

    @Test
    void readmeKeyTableMatchesTheKeymap() throws IOException {
        assertSectionIsGenerated("keys", new KeyTable(Keymap.DEFAULT).markdown());
    }

    @Test
    void readmeConfigurationReferenceMatchesTheSettingsAndActions() throws IOException {
        assertSectionIsGenerated("config", ConfigReference.markdown());
    }

    private static void assertSectionIsGenerated(String name, String expected) throws IOException {
        String begin = "<!-- " + name + ":begin";
        String end = "<!-- " + name + ":end -->";
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md must hold the markers " + begin + " … " + end);
        int tableStart = readme.indexOf('\n', from) + 1;
        String actual = readme.substring(tableStart, to);
        if (Boolean.getBoolean("lede.updateReadme") && !actual.equals(expected)) {
            Files.writeString(
                    README, readme.substring(0, tableStart) + expected + readme.substring(to), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(
                expected,
                actual,
                "README " + name
                        + " section is out of date: run ./mvnw test -Dtest=ReadmeKeyTableTest -Dlede.updateReadme=true");
    }
}
