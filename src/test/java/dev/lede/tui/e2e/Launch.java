package dev.lede.tui.e2e;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * How the end-to-end tests start the app: the test launcher on the build's classes until the cli
 * wires the reader into the packaged jar.
 */
final class Launch {

    private Launch() {
    }

    static String command(List<Path> files) {
        StringBuilder command = new StringBuilder("java -Djava.awt.headless=true -cp '" + classPath() + "' dev.lede.tui.TuiDemoMain");
        files.forEach(file -> command.append(" '").append(file).append("'"));
        return command.toString();
    }

    static String classPath() {
        Path root = Paths.get("").toAbsolutePath();
        return root.resolve("target/classes") + ":" + root.resolve("target/test-classes") + ":" + jarOf(Screen.class);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
