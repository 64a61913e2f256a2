package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tier 4, end to end: no input may crash the export. Every page of the Readability corpus and every
 * fixture exports with exit 0 or 1, one JSON line per article, and nothing like a stack trace on stderr.
 */
class ExportNeverCrashesIT {

    private static final Path FIXTURES = Paths.get("src/test/resources/fixtures");

    private static Path shared() {
        String property = System.getProperty("lede.shared");
        return property != null && !property.isBlank()
                ? Paths.get(property)
                : Paths.get("").toAbsolutePath().resolve("../shared").normalize();
    }

    @Test
    void everyCorpusPageExportsAsOneArticle() throws IOException {
        Path pages = shared().resolve("corpora/readability/pages");
        assumeTrue(Files.isDirectory(pages), "Readability corpus not found at " + pages + " (set -Dlede.shared)");
        List<Path> sources;
        try (Stream<Path> dirs = Files.list(pages)) {
            sources = dirs.map(d -> d.resolve("source.html"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        assertTrue(sources.size() >= 100, "expected the whole corpus, found " + sources.size());
        List<String> failures = new ArrayList<>();
        for (Path page : sources) {
            CliRun run = CliRun.of("export", page.toString());
            String fault = fault(page, run);
            if (fault == null && run.out().lines().count() != 1) {
                fault = page + ": " + run.out().lines().count() + " records instead of 1";
            }
            if (fault != null) {
                failures.add(fault);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyFixtureExportsWithoutCrashing() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String kind : List.of("html", "feeds", "text")) {
            try (Stream<Path> walk = Files.walk(FIXTURES.resolve(kind))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 30, "expected the fixtures, found " + files.size());
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            CliRun run = CliRun.of("export", file.toString());
            String fault = fault(file, run);
            if (fault == null) {
                long listed = CliRun.of("list", file.toString()).out().lines().count();
                if (listed != run.out().lines().count()) {
                    fault = file + ": " + run.out().lines().count() + " records for " + listed + " articles";
                }
            }
            if (fault != null) {
                failures.add(fault);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** What is wrong with one export run, or null when it is acceptable. */
    private static String fault(Path input, CliRun run) {
        if (run.exitCode() != ExitCodes.OK && run.exitCode() != ExitCodes.SOME_FAILED) {
            return input + ": exit " + run.exitCode() + " " + run.err().strip();
        }
        if (run.err().contains("Exception")
                || run.err().contains("\tat ")
                || run.err().contains("Error:")) {
            return input + ": stack trace on stderr: "
                    + run.err().lines().findFirst().orElse("");
        }
        for (String line : run.out().lines().toList()) {
            if (!line.startsWith("{\"id\":\"")
                    || !line.matches(".*\\],\"read\":(true|false),\"starred\":(true|false)\\}")) {
                return input + ": not one JSON record per line: " + line.substring(0, Math.min(80, line.length()));
            }
        }
        assertFalse(run.out().isEmpty() && run.exitCode() == ExitCodes.OK, input + ": exit 0 without output");
        return null;
    }
}
