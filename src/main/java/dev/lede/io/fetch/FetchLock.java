package dev.lede.io.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The lock that keeps two fetches from running at once: an OS lock on {@code fetch.lock}, released by the
 * kernel when the process ends however it ends, so a killed fetch never leaves it held. The file holds
 * the holder's pid, to name it to the one that has to wait.
 */
public final class FetchLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private FetchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<FetchLock> tryAcquire(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return Optional.of(new FetchLock(channel, lock));
    }

    /** The pid written by the holder, when it can be read. */
    public static Optional<String> holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? Optional.of(pid) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits until no fetch holds the lock, looking every {@code every} without keeping it (a shared lock taken and
     * let go at once, so a fetch starting meanwhile is not kept out); false when interrupted first. For a reader
     * whose R found another fetch running, to say when that one has ended.
     */
    public static boolean awaitRelease(Path file, Duration every) throws IOException {
        while (true) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                FileLock shared;
                try {
                    shared = channel.tryLock(0, Long.MAX_VALUE, true);
                } catch (OverlappingFileLockException e) {
                    shared = null; // held by a fetch in this process
                }
                if (shared != null) {
                    shared.release();
                    return true;
                }
            } catch (NoSuchFileException e) {
                return true;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
