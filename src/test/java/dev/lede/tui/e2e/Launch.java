package dev.lede.tui.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * How the end-to-end tests start the app: the packaged jar ({@code lede.jar}, set by failsafe after
 * {@code package}) with {@code java -jar}, from the repository root ({@code lede.root}), so ./feeds
 * is the library exactly as when a user runs {@code ./lede}.
 */
final class Launch {

    private Launch() {}

    /** The shell command that runs lede with {@code arguments} (already quoted for sh). */
    static String lede(String arguments) {
        String command = "java -Djava.awt.headless=true -jar '" + jar() + "'";
        return arguments.isBlank() ? command : command + " " + arguments;
    }

    static Path jar() {
        Path jar = Path.of(
                System.getProperty("lede.jar", root().resolve("target/lede.jar").toString()));
        Assumptions.assumeTrue(
                Files.isRegularFile(jar), "no " + jar + ": run `./mvnw verify` (the jar is built in `package`)");
        return jar;
    }

    static Path root() {
        return Path.of(
                System.getProperty("lede.root", Paths.get("").toAbsolutePath().toString()));
    }

    /** The shared samples folder (../shared next to the repository unless {@code lede.shared} says). */
    static Path shared() {
        return Path.of(System.getProperty(
                "lede.shared", root().resolve("../shared").normalize().toString()));
    }

    static String quoted(Path file) {
        return "'" + file.toString().replace("'", "'\\''") + "'";
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
