package dev.lede.io;

import dev.lede.core.article.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds and reads the configuration file; parsing it is the ui's job (dev.lede.ui.config). */
public final class ConfigFile {

    /** Bigger than any configuration anyone writes by hand. */
    private static final long MAX_BYTES = 1 << 20;

    /** The text read, or why it could not be read; neither when the default file does not exist. */
    public record Read(Optional<String> text, Optional<Problem> problem) {}

    private ConfigFile() {}

    /** {@code $XDG_CONFIG_HOME/lede/config}, else {@code ~/.config/lede/config}. */
    public static Optional<Path> defaultPath(Map<String, String> environment) {
        return XdgFolder.lede(environment, "XDG_CONFIG_HOME", ".config").map(folder -> folder.resolve("config"));
    }

    /** Reads {@code path}; a missing file is a problem only when it was asked for ({@code --config}). */
    public static Read read(Path path, boolean asked) {
        if (Files.isDirectory(path)) {
            return failed(path, "a folder, not a configuration file; defaults used");
        }
        if (NamedPipe.is(path)) {
            return failed(path, "a named pipe, not a file; defaults used");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                return failed(path, "larger than 1 MiB, not a configuration file; defaults used");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (holdsNul(bytes)) {
                return failed(path, "not UTF-8 text; defaults used"); // a binary file, or UTF-16
            }
            // A stray byte of another encoding (a Latin-1 "é" in a comment) costs its line only: it becomes
            // U+FFFD, which the parser names as that line's problem where it is not in a comment.
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Read(Optional.of(text), Optional.empty());
        } catch (NoSuchFileException e) {
            return asked ? failed(path, "no such file; defaults used") : new Read(Optional.empty(), Optional.empty());
        } catch (IOException e) {
            // The JDK's message for a refused file is its bare path: FileFailures names the reason instead.
            return failed(path, "cannot be read (" + FileFailures.describeAt(path, e) + "); defaults used");
        }
    }

    private static boolean holdsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Read failed(Path path, String reason) {
        return new Read(Optional.empty(), Optional.of(new Problem(path.toString(), reason)));
    }
}
