package dev.lede.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * The files and folders a load has met, by identity (device and inode, else the real path), so that a file
 * named twice — directly and through its folder, or under two names — is read once, and a folder walked once. Costs a stat a file, so
 * a load of a single argument, which cannot name a file twice, keeps nothing.
 */
final class SeenFiles {

    private final Set<Object> seen;

    private SeenFiles(Set<Object> seen) {
        this.seen = seen;
    }

    /** Tracks files when there is more than one argument; with one, every file is new. */
    static SeenFiles forArguments(int arguments) {
        return new SeenFiles(arguments > 1 ? new HashSet<>() : null);
    }

    /**
     * True the first time {@code file} (or folder) is met; one that cannot be looked at is known by its
     * absolute path, so that reading it says why once however often it is named.
     */
    boolean firstTime(Path file) {
        if (seen == null) {
            return true;
        }
        return seen.add(identity(file));
    }

    private static Object identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }
}
