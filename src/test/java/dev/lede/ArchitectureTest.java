package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on the sources: each layer imports only what it may,
 * Lanterna stays in tui, picocli in cli, the SQLite driver in io, and only Main calls System.exit.
 */
class ArchitectureTest {

    private static final Path MAIN = Paths.get("src/main/java/dev/lede");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Import prefixes each layer may use besides the JDK's java.* packages. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            // extjwnl: WordNet, read from a data jar on the class path (the headline matcher's synonyms).
            "core", List.of("dev.lede.core.", "org.jsoup.", "net.sf.extjwnl."),
            "ui", List.of("dev.lede.core.", "dev.lede.ui."),
            "io", List.of("dev.lede.core.", "dev.lede.io.", "org.sqlite."),
            "tui",
                    List.of(
                            "dev.lede.core.",
                            "dev.lede.ui.",
                            "dev.lede.io.",
                            "dev.lede.tui.",
                            "com.googlecode.lanterna."),
            "cli",
                    List.of(
                            "dev.lede.core.",
                            "dev.lede.ui.",
                            "dev.lede.io.",
                            "dev.lede.tui.",
                            "dev.lede.cli.",
                            "picocli."));

    /** JDK packages that mean I/O, networking or clocks, which the pure layers must not touch. */
    private static final List<String> IMPURE_JDK = List.of(
            "java.io.File",
            "java.nio.file.",
            "java.nio.channels.",
            "java.net.http.",
            "java.net.Socket",
            "java.net.URLConnection",
            "java.net.HttpURLConnection",
            "java.lang.ProcessBuilder",
            "java.time.Clock");

    @Test
    void eachLayerImportsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String layer = layerOf(file);
            if (layer == null) {
                continue;
            }
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                String imported = m.group(1);
                boolean jdk = imported.startsWith("java.") || imported.startsWith("javax.");
                boolean allowed = jdk
                        ? !isPure(layer) || IMPURE_JDK.stream().noneMatch(imported::startsWith)
                        : ALLOWED.get(layer).stream().anyMatch(imported::startsWith);
                if (!allowed) {
                    violations.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void pureLayersUseNoClockAndNoConsole() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!isPure(String.valueOf(layerOf(file)))) {
                continue;
            }
            String text = read(file);
            for (String call : List.of(
                    "System.currentTimeMillis",
                    "System.nanoTime",
                    ".now(",
                    "System.out",
                    "System.err",
                    "System.in",
                    "new FileInputStream",
                    "new FileOutputStream")) {
                if (text.contains(call)) {
                    violations.add(MAIN.relativize(file) + " uses " + call);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void lanternaAndPicocliStayInTheirLayersEvenWhenFullyQualified() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String layer = String.valueOf(layerOf(file));
            String text = read(file);
            if (!layer.equals("tui") && text.contains("com.googlecode.lanterna")) {
                violations.add(MAIN.relativize(file) + " names Lanterna");
            }
            if (!layer.equals("cli") && text.contains("picocli.")) {
                violations.add(MAIN.relativize(file) + " names picocli");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyMainCallsSystemExit() throws IOException {
        List<String> callers = new ArrayList<>();
        for (Path file : sources()) {
            if (read(file).contains("System.exit") && !file.endsWith("Main.java")) {
                callers.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), callers);
    }

    @Test
    void checksSomething() throws IOException {
        assertFalse(sources().isEmpty(), "no sources found under " + MAIN.toAbsolutePath());
    }

    private static boolean isPure(String layer) {
        return layer.equals("core") || layer.equals("ui");
    }

    private static String layerOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
