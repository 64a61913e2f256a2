package dev.lede.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the process's stdin is, told by the file type of fd 0. With no inputs named, every command
 * reads stdin only when it carries data, so a cron job or a CI step (stdin {@code /dev/null}) and a
 * user at a terminal still get the default library.
 */
public enum StdinKind {
    /** A pipe, a socket or a regular file: {@code cat a.txt | lede}, {@code lede < a.txt}. */
    DATA,
    /** A terminal: someone at the keyboard, nothing piped in. */
    TERMINAL,
    /** {@code /dev/null} or another device, a folder, or no fd 0 at all: nothing to read. */
    NOTHING;

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int REGULAR_FILE = 0100000;
    private static final int SOCKET = 0140000;

    /** This process's stdin. */
    public static StdinKind ofThisProcess() {
        Path fd0 = Files.exists(Path.of("/proc/self/fd")) ? Path.of("/proc/self/fd/0") : Path.of("/dev/fd/0");
        return of(fd0, () -> new Tty().isStdinTerminal());
    }

    /** The kind of the file at {@code path} (followed if a link); {@code isTerminal} tells a tty from other devices. */
    static StdinKind of(Path path, BooleanSupplier isTerminal) {
        try {
            return ofMode((Integer) Files.getAttribute(path, "unix:mode"), isTerminal);
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return Files.isRegularFile(path) ? DATA : isTerminal.getAsBoolean() ? TERMINAL : NOTHING;
        } catch (IOException | SecurityException closed) {
            return NOTHING;
        }
    }

    /** The kind for a {@code st_mode}: only a character device needs asking whether it is a terminal. */
    static StdinKind ofMode(int mode, BooleanSupplier isTerminal) {
        return switch (mode & TYPE_BITS) {
            case FIFO, SOCKET, REGULAR_FILE -> DATA;
            case CHARACTER_DEVICE -> isTerminal.getAsBoolean() ? TERMINAL : NOTHING;
            default -> NOTHING;
        };
    }
}
