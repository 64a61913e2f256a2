package dev.lede.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders, and every folder below them, for files created, changed or deleted, and says so
 * once a burst of changes has settled ({@value #SETTLE_MILLIS} ms without another, so a fetch writing
 * forty files is one change, not forty). Hidden names are ignored, as the folder walk ignores them:
 * a fetch's temporary files come and go unseen. Where the system cannot watch (no inotify left, a
 * file system without notifications), the folders are compared by their files' sizes and times every
 * {@value #POLL_MILLIS} ms instead. Runs on a daemon thread of its own until closed.
 */
public final class FolderWatch implements AutoCloseable {

    static final long SETTLE_MILLIS = 150;
    static final long POLL_MILLIS = 1_000;
    /** The longest a steady stream of changes delays the call. */
    static final long MAX_DELAY_MILLIS = 1_000;

    private final List<Path> roots;
    private final Runnable changed;
    private final Thread thread;
    private volatile boolean closed;
    private volatile WatchService service;
    private volatile boolean polling;

    private final boolean pollOnly;

    private FolderWatch(List<Path> roots, Runnable changed, boolean pollOnly) {
        this.pollOnly = pollOnly;
        this.roots = List.copyOf(roots);
        this.changed = changed;
        this.thread = new Thread(this::run, "lede-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code roots} (folders; anything else is left out); {@code changed} runs on the watch's thread. */
    public static FolderWatch start(List<Path> roots, Runnable changed) {
        return start(roots, changed, false);
    }

    /** As {@link #start}, comparing periodically as where the system cannot watch (tests). */
    static FolderWatch startPolling(List<Path> roots, Runnable changed) {
        return start(roots, changed, true);
    }

    private static FolderWatch start(List<Path> roots, Runnable changed, boolean pollOnly) {
        FolderWatch watch =
                new FolderWatch(roots.stream().filter(Files::isDirectory).toList(), changed, pollOnly);
        watch.thread.start();
        return watch;
    }

    /** True when the folders are compared periodically because the system could not watch them. */
    public boolean isPolling() {
        return polling;
    }

    private void run() {
        if (roots.isEmpty()) {
            return;
        }
        try {
            if (pollOnly) {
                throw new UnsupportedOperationException("polling asked for");
            }
            WatchService watcher = FileSystems.getDefault().newWatchService();
            service = watcher;
            for (Path root : roots) {
                registerTree(watcher, root);
            }
            watch(watcher);
        } catch (IOException | UnsupportedOperationException e) {
            closeService();
            if (!closed) {
                poll();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed
        }
    }

    private void watch(WatchService watcher) throws InterruptedException, IOException {
        while (!closed) {
            WatchKey key = watcher.take();
            boolean relevant = drain(watcher, key);
            long first = System.nanoTime();
            // Settle: more changes within the pause join this one, up to the longest delay.
            while (true) {
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first);
                if (waited >= MAX_DELAY_MILLIS) {
                    break;
                }
                WatchKey more = watcher.poll(Math.min(SETTLE_MILLIS, MAX_DELAY_MILLIS - waited), TimeUnit.MILLISECONDS);
                if (more == null) {
                    break;
                }
                relevant |= drain(watcher, more);
            }
            if (relevant && !closed) {
                changed.run();
            }
        }
    }

    /** Takes the events of {@code key}, registering new folders; true when one concerns a visible name. */
    private boolean drain(WatchService watcher, WatchKey key) throws IOException {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: something changed
                continue;
            }
            Path name = (Path) event.context();
            if (name.toString().startsWith(".")) {
                continue;
            }
            relevant = true;
            Path child = folder.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(watcher, child); // a new subscription's folder, or one copied in whole
            }
        }
        key.reset(); // a key that is no longer valid belongs to a folder deleted: nothing left to watch there
        return relevant;
    }

    private static void registerTree(WatchService watcher, Path root) throws IOException {
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            try {
                folder.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException gone) {
                continue; // deleted while being registered
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                for (Path child : children) {
                    if (!child.getFileName().toString().startsWith(".")
                            && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        folders.push(child);
                    }
                }
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException skipped) {
                // gone or unreadable: the folder walk reports it when loading
            }
        }
    }

    /** No watching here: the folders' files compared by name, size and time once a period. */
    private void poll() {
        polling = true;
        long last = fingerprint();
        while (!closed) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = fingerprint();
            if (now != last && !closed) {
                last = now;
                changed.run();
            }
        }
    }

    /** A hash of every visible file's path, size and modification time under the roots. */
    long fingerprint() {
        long hash = 0;
        for (Path root : roots) {
            try (var files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (hiddenBelow(root, file)) {
                        continue;
                    }
                    try {
                        BasicFileAttributes attributes =
                                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        if (attributes.isRegularFile()) {
                            long one = file.toString().hashCode() * 31L + attributes.size();
                            hash += one * 1_000_003L
                                    ^ attributes.lastModifiedTime().toMillis();
                        }
                    } catch (IOException vanished) {
                        // deleted between the listing and the stat: counted as gone
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                hash += 1; // unreadable now: compared as a change once it reads again
            }
        }
        return hash;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        closeService();
        thread.interrupt();
    }

    private void closeService() {
        WatchService watcher = service;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
