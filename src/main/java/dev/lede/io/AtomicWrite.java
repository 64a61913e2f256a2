package dev.lede.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file whole: the bytes go to a hidden temporary file beside it (skipped by folder walks),
 * which is then renamed over the target, so a reader, or a process killed at any moment, sees the old
 * file or the new one and never a part.
 */
public final class AtomicWrite {

    /** The prefix of every temporary file; a leftover one (the writer was killed) may be deleted. */
    public static final String TEMPORARY_PREFIX = ".lede-";

    public static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicWrite() {}

    /**
     * Writes {@code bytes} as {@code target}. With {@code durable} the data and the rename are also
     * synced to disk, so they outlive a power cut and not only a crash of this process.
     */
    public static void write(Path target, byte[] bytes, boolean durable) throws IOException {
        write(target, out -> out.write(bytes), durable);
    }

    /** What is written to a file as it is made, for a file too large to be held in memory first. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * As {@link #write(Path, byte[], boolean)}, with what {@code body} writes; if it throws, {@code target} is
     * left as it was.
     */
    public static void write(Path target, Body body, boolean durable) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // Made here rather than by Files.createTempFile, which would also make the file private (0600).
        Path temporary = folder.resolve(TEMPORARY_PREFIX + target.getFileName() + "."
                + Long.toHexString(ProcessHandle.current().pid()) + "-"
                + Long.toHexString(Thread.currentThread().getId()) + TEMPORARY_SUFFIX);
        try {
            writeThenMove(temporary, target, body, durable);
        } catch (FileSystemException e) {
            throw ofTarget(e, temporary, target);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException leftBehind) {
                // only after a failure (a move takes it away), which is what gets said
            }
        }
    }

    private static void writeThenMove(Path temporary, Path target, Body body, boolean durable) throws IOException {
        Path folder = temporary.getParent();
        try (FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            body.writeTo(Channels.newOutputStream(channel)); // each write whole; the channel is closed below
            if (durable) {
                channel.force(true);
            }
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (durable) {
            syncFolder(folder);
        }
    }

    /**
     * A failure said of the temporary file (its folder is no folder, it cannot replace the target) said of
     * the target instead: the temporary is deleted by then, and the target is the file the person knows.
     */
    private static FileSystemException ofTarget(FileSystemException e, Path temporary, Path target) {
        if (!temporary.toString().equals(e.getFile())) {
            return e;
        }
        String file = target.toString();
        FileSystemException said = e instanceof AccessDeniedException
                ? new AccessDeniedException(file, null, e.getReason())
                : e instanceof NoSuchFileException
                        ? new NoSuchFileException(file, null, e.getReason())
                        : new FileSystemException(file, null, e.getReason());
        said.initCause(e);
        return said;
    }

    /** Whether {@code name} is one of this class's temporary files. */
    public static boolean isTemporary(String name) {
        return name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX);
    }

    // The rename is durable only once the folder itself is synced; not every platform allows it.
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
