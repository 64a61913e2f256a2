package dev.lede.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A FIFO with a name in a folder, which no command opens: opening one waits, maybe for ever, for a writer
 * (a folder's walk skips them too). A pipe the shell hands over ({@code <(cmd)}, {@code /dev/stdin}) has
 * a writer and no name to resolve to (its link reads {@code pipe:[N]}), and is read as a file is.
 */
public final class NamedPipe {

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;

    private NamedPipe() {}

    /** Whether {@code path} is a named pipe, one stat (and a resolve, for a FIFO only). */
    public static boolean is(Path path) {
        try {
            if (((Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS) != FIFO) {
                return false;
            }
            path.toRealPath();
            return true;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException notNamed) {
            return false;
        }
    }
}
