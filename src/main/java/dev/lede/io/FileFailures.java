package dev.lede.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a failed file operation says in one line, path first: {@code /home/ann/.config/lede: permission
 * denied}. The JDK's own message for a refused folder is the bare path, which names no reason.
 */
public final class FileFailures {

    private FileFailures() {}

    /** {@code PATH: reason} for a file system failure, else the exception's first line. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException failure && failure.getFile() != null) {
            return oneLine(failure.getFile()) + ": " + reason(failure);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : asRest(oneLine(message));
    }

    /**
     * The system's own sentence ("No space left on device", "Is a directory", "Input/output error") as the rest
     * of a lede line, lower case as every reason of lede's is; a word in capitals (HTTP, SQLITE_FULL) is kept.
     */
    private static String asRest(String message) {
        return message.length() > 1
                        && Character.isUpperCase(message.charAt(0))
                        && Character.isLowerCase(message.charAt(1))
                ? Character.toLowerCase(message.charAt(0)) + message.substring(1)
                : message;
    }

    /**
     * Why a name is no path, and what to do: on Linux the JDK encodes names in the locale's charset, so under
     * {@code LANG=C} a name beyond ASCII ({@code Zoë.txt}) cannot be opened at all; a NUL cannot be in any name.
     */
    public static String invalidPath(InvalidPathException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.toLowerCase(Locale.ROOT).contains("unmappable")) {
            return "not a valid path in this locale's charset (" + System.getProperty("sun.jnu.encoding", "?")
                    + "); a UTF-8 locale (LC_ALL=C.UTF-8) can open it; skipped";
        }
        return "not a valid path" + (reason.isEmpty() ? "" : " (" + reason.toLowerCase(Locale.ROOT) + ")")
                + "; skipped";
    }

    /**
     * The failure as the rest of a line that already names {@code named}: the reason alone when the failure
     * is about that very path ({@code lede: DIR: cannot be created (not a directory)}), else
     * {@link #describe} with the path it is about (a parent folder, a file inside).
     */
    public static String describeAt(Path named, IOException e) {
        if (e instanceof FileSystemException failure && failure.getFile() != null && same(named, failure.getFile())) {
            return reason(failure);
        }
        return describe(e);
    }

    private static boolean same(Path named, String file) {
        try {
            return named.toAbsolutePath()
                    .normalize()
                    .equals(Path.of(file).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            // Creating a folder where a file is: "already exists" read as if nothing were wrong.
            try {
                Path file = Path.of(failure.getFile());
                if (Files.exists(file) && !Files.isDirectory(file)) {
                    return "a file of that name is in the way";
                }
            } catch (InvalidPathException e) {
                // named by a string no path holds: said as the JDK says it
            }
            return "already exists";
        }
        String reason = failure.getReason();
        if (reason != null && reason.startsWith("Too many levels of symbolic links")) {
            return "a loop of symbolic links"; // ELOOP, which the JDK words as one of two causes
        }
        // The system's own words ("Not a directory", "Read-only file system"), as the rest of a lede line.
        return reason == null || reason.isBlank()
                ? failure.getClass().getSimpleName()
                : oneLine(reason).toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
