package dev.lede.io;

import dev.lede.core.article.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The files under a directory, in order, listed lazily one directory at a time so the first file is
 * ready before a deep tree has been walked. Hidden entries and files of known binary types are left out.
 */
final class DirectoryWalk implements Iterator<Path> {

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "svgz", "pdf", "zip", "jar",
            "class", "tar", "tgz", "bz2", "xz", "zst", "7z", "rar", "mp3", "mp4", "m4a", "ogg", "wav", "flac",
            "avi", "mov", "mkv", "webm", "woff", "woff2", "ttf", "otf", "exe", "dll", "so", "dylib", "o", "a",
            "bin", "iso", "dmg", "sqlite", "db", "pyc", "doc", "docx", "xls", "xlsx", "ppt", "pptx");

    private final LoadOptions options;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final List<Problem> problems = new ArrayList<>();
    private Path next;

    DirectoryWalk(Path root, LoadOptions options) {
        this.options = options;
        stack.push(listing(root).iterator());
    }

    /** Directories that could not be listed, gathered while walking. */
    List<Problem> drainProblems() {
        List<Problem> out = List.copyOf(problems);
        problems.clear();
        return out;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path path = top.next();
            if (Files.isDirectory(path)) {
                if (options.recursive()) {
                    stack.push(listing(path).iterator());
                }
            } else if (Files.isRegularFile(path) && !isBinaryType(path)) {
                next = path;
            }
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path out = next;
        next = null;
        return out;
    }

    private List<Path> listing(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add(new Problem(dir.toString(), "directory cannot be read; skipped"));
        }
        Comparator<Path> byName = Comparator.comparing(p -> p.getFileName().toString());
        entries.sort(options.order() == LoadOptions.SortOrder.MODIFIED
                ? Comparator.comparing(DirectoryWalk::modified).thenComparing(byName) : byName);
        return entries;
    }

    private static long modified(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).lastModifiedTime().toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    static boolean isBinaryType(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && BINARY_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
