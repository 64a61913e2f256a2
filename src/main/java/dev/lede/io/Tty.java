package dev.lede.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Questions about the process's terminal: is stdin/stdout a terminal, its size, can /dev/tty be opened. */
public final class Tty {

    /** A terminal size in character cells. */
    public record Size(int columns, int rows) {

        /**
         * {@code stty size}'s "ROWS COLUMNS"; none for anything else, nor for a zero, which is how a pty nobody
         * sized says it does not know (a width of 0 would wrap at the narrowest width instead of the default).
         */
        static Optional<Size> parse(String sttyOutput) {
            String[] parts = sttyOutput.strip().split("\\s+");
            try {
                if (parts.length != 2) {
                    return Optional.empty();
                }
                Size size = new Size(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
                return size.columns() > 0 && size.rows() > 0 ? Optional.of(size) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public boolean isStdinTerminal() {
        return isTerminal(0);
    }

    public boolean isStdoutTerminal() {
        return isTerminal(1);
    }

    /** Whether stderr is a terminal: someone reads the failures as they come (not cron's mail, not a log). */
    public boolean isStderrTerminal() {
        return isTerminal(2);
    }

    /** Whether /dev/tty (the controlling terminal, where keys come from when stdin is piped) opens. */
    public boolean hasControllingTerminal() {
        try (RandomAccessFile tty = new RandomAccessFile("/dev/tty", "rw")) {
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The size of /dev/tty as {@code stty size} reports it, if there is one. */
    public Optional<Size> size() {
        try {
            Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(stty.getInputStream().readAllBytes()).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return Optional.empty();
            }
            return Size.parse(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** fd N is a terminal when /proc/self/fd/N links to a tty device; else ask {@code test -t}. */
    private static boolean isTerminal(int fd) {
        try {
            String target =
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return testT(fd);
        }
    }

    private static boolean testT(int fd) {
        try {
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", "test -t " + fd);
            if (fd == 0) {
                builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
            } else if (fd == 2) {
                builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            } else {
                builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            }
            Process test = builder.start();
            return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
