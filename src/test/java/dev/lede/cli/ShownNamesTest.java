package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.BundledSamples;
import dev.lede.io.StdinKind;
import dev.lede.ui.ShownFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples are named "samples" where a person reads them, and keep their path where it is stored. */
class ShownNamesTest {

    @TempDir
    Path cache;

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        return environment;
    }

    @Test
    void theTitleBarNamesTheSamplesAsSuchAndAnyOtherInputAsGiven() {
        Path samples = cache.resolve("lede/samples-1.2.3");
        ShownNames names = new ShownNames(samples);
        assertEquals("bundled samples", names.title(List.of(samples.toString())));
        assertEquals("feeds/", names.title(List.of("feeds/")));
        assertEquals("stdin", names.title(List.of("-")));
        assertEquals("2 inputs", names.title(List.of(samples.toString(), "feeds/")));
        assertEquals(samples + "-old", names.title(List.of(samples + "-old")), "a folder whose name only starts alike");
    }

    @Test
    void theReadersSourceColumnsNameTheSamplesFolderSamples() {
        Path samples = cache.resolve("lede/samples-1.2.3");
        assertEquals(new ShownFolder(samples.toString(), "samples"), new ShownNames(samples).folder());
    }

    @Test
    void listNamesTheSamplesFilesUnderSamplesAndJsonKeepsTheirPath() throws IOException {
        Map<String, String> environment = environment();
        Path samples = BundledSamples.of(environment, VersionProvider.version()).folder();
        assertTrue(samples.startsWith(cache), "unpacked into the command's own cache: " + samples);

        CliRun listed = CliRun.withEnvironment(environment, StdinKind.NOTHING, new byte[0], "list", samples.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        List<String> lines = listed.out().lines().toList();
        assertTrue(lines.size() > 10, listed.out());
        for (String line : lines) {
            String source = line.split("\t")[1];
            assertTrue(source.startsWith("samples" + java.io.File.separator), line);
            assertTrue(!source.contains(cache.toString()), "no cache path: " + line);
        }

        CliRun json = CliRun.withEnvironment(
                environment, StdinKind.NOTHING, new byte[0], "list", "--json", samples.toString());
        assertTrue(json.out().lines().allMatch(line -> line.contains("\"source\":\"" + samples)), json.out());
    }
}
