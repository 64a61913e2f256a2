package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.config.ConfigReference;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPageTest {

    private final String page = ManPage.page();

    @Test
    void hasTheSectionsOfAManPageInOrder() {
        int last = -1;
        for (String section : List.of(
                "NAME",
                "SYNOPSIS",
                "DESCRIPTION",
                "OPTIONS",
                "COMMANDS",
                "KEYS",
                "CONFIGURATION",
                "FILES",
                "ENVIRONMENT",
                "EXIT STATUS")) {
            int at = page.indexOf("\n.SH " + section + "\n");
            assertTrue(at > last, section + " missing or out of order");
            last = at;
        }
        assertTrue(page.startsWith(".TH LEDE 1 "), page.lines().findFirst().orElse(""));
    }

    @Test
    void keysAreTheKeyTableOfTheHelpScreenAndTheReadme() {
        String keys = section("KEYS");
        KeyTable table = new KeyTable(Keymap.DEFAULT);
        for (Context context : Context.values()) {
            assertTrue(keys.contains(".SS " + ManPage.escape(context.title()) + "\n"), context.title());
            for (KeyTable.Row row : table.rows(context)) {
                assertTrue(
                        keys.contains("\\fB" + ManPage.escape(String.join("  ", row.keys())) + "\\fR\n"
                                + ManPage.text(row.help()) + "\n"),
                        () -> "no row for " + row);
            }
        }
    }

    @Test
    void configurationFilesAndEnvironmentComeFromTheReadmeTables() {
        String configuration = section("CONFIGURATION");
        ConfigReference.settings()
                .forEach(row -> assertTrue(configuration.contains(ManPage.text(row.what())), row.what()));
        for (Action action : Action.values()) {
            assertTrue(configuration.contains(".TP\n\\fB" + ManPage.escape(action.id()) + "\\fR\n"), action.id());
        }
        String files = section("FILES");
        ConfigReference.files().forEach(row -> assertTrue(files.contains(ManPage.text(row.does())), row.what()));
        String environment = section("ENVIRONMENT");
        ConfigReference.environment()
                .forEach(row -> assertTrue(environment.contains(ManPage.text(row.what())), row.what()));
        assertTrue(
                ConfigReference.markdown().contains("| `NO_COLOR` |"), "the README shows the same environment table");
    }

    @Test
    void optionsAndCommandsComeFromTheCommandModel() {
        assertTrue(
                section("OPTIONS")
                        .contains(
                                "\\fB\\-\\-width\\fR=\\fICOLUMNS\\fR\nText width of the reader, 20 to 500 columns (default: 90)."),
                section("OPTIONS"));
        for (String command : List.of(
                "list", "show", "export", "subscribe", "unsubscribe", "subscriptions", "import", "fetch", "prune")) {
            assertTrue(section("COMMANDS").contains(".SS lede " + command + "\n"), command);
        }
    }

    @Test
    void troffSpecialsAreEscaped() {
        assertEquals("\\fB\\-\\-config FILE\\fR or a\\eb", ManPage.text("`--config FILE` or a\\b"));
        assertEquals("\\&.hidden request", ManPage.text(".hidden request"));
        assertEquals("\\&'quoted", ManPage.text("'quoted"));
    }

    @Test
    void groffReadsThePageWithoutAWarning(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("lede.1");
        ManPage.main(new String[] {file.toString()});
        assertEquals(page, Files.readString(file, StandardCharsets.UTF_8));
        if (!Files.isExecutable(Path.of("/usr/bin/groff"))) {
            return; // the check below needs groff; the page itself is tested above
        }
        Process groff = new ProcessBuilder("/usr/bin/groff", "-ww", "-z", "-man", "-Kutf8", file.toString())
                .redirectErrorStream(true)
                .start();
        String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, groff.waitFor());
        assertEquals("", warnings);
    }

    private String section(String name) {
        int from = page.indexOf("\n.SH " + name + "\n");
        int to = page.indexOf("\n.SH ", from + 1);
        return page.substring(from, to < 0 ? page.length() : to + 1);
    }
}
