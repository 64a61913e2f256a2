// Over 300 lines: the lazy ordered walk with its one stat per file and its skips, one iterator read top to bottom.
package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files under a directory, in order, listed lazily one directory at a time so the first file is
 * ready before a deep tree has been walked. Hidden entries, files of known binary types and a saved page's
 * style sheets and scripts are left out. One class of over 300 lines: ordering, skipping and the one stat per
 * file are one loop, kept together so no file is stat'ed twice.
 */
final class DirectoryWalk implements Iterator<Path> {

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "svgz", "pdf", "zip", "jar", "class",
            "tar", "tgz", "bz2", "xz", "zst", "7z", "rar", "mp3", "mp4", "m4a", "ogg", "wav", "flac", "avi", "mov",
            "mkv", "webm", "woff", "woff2", "ttf", "otf", "exe", "dll", "so", "dylib", "o", "a", "bin", "iso", "dmg",
            "sqlite", "db", "pyc", "doc", "docx", "xls", "xlsx", "ppt", "pptx");

    /**
     * Text files that are never articles: a saved page's {@code NAME_files/} folder holds its style sheets,
     * scripts and their source maps beside the pictures, and a folder of saved pages would otherwise list
     * "body { color: red; }" as a headline.
     */
    private static final Set<String> PAGE_PARTS = Set.of("css", "js", "mjs", "map");

    /** How many names of a large folder are put in order before its first file is read. */
    static final int FIRST_SORTED = 256;

    private final LoadOptions options;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    /**
     * The identities of the folders whose listings are on {@link #stack}, one per listing (null where the
     * file system gives none): a symbolic link back to one of them would walk the same files again, ever
     * deeper, as {@code find -L} and {@code Files.walkFileTree} refuse to.
     */
    private final List<Object> walkedFolders = new ArrayList<>();

    private final List<Problem> problems = new ArrayList<>();
    private final Path root;
    private final Predicate<Path> firstMeeting;
    private Path next;
    private FileStamp nextStamp;
    private FileStamp stamp;
    private int files;
    private int otherKinds;

    DirectoryWalk(Path root, LoadOptions options) {
        this(root, options, folder -> true);
    }

    /**
     * @param firstMeeting whether a folder inside {@code root} that cannot be read is met for the first time by
     *     this load: {@code lede a a/sub} with {@code a/sub} unreadable says so once, from whichever meets it first
     */
    DirectoryWalk(Path root, LoadOptions options, Predicate<Path> firstMeeting) {
        this.options = options;
        this.root = root;
        this.firstMeeting = firstMeeting;
        BasicFileAttributes rootAttributes = attributes(root);
        enter(root, rootAttributes == null ? null : rootAttributes.fileKey());
    }

    private void enter(Path dir, Object key) {
        stack.push(listing(dir));
        walkedFolders.add(key);
    }

    /**
     * Directories that could not be listed, gathered while walking. Empty without a copy: the walk asks
     * after every file, and a copy and its iterator each time were 90 bytes a file.
     */
    List<Problem> drainProblems() {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<Problem> out = List.copyOf(problems);
        problems.clear();
        return out;
    }

    /** Files handed out so far. */
    int files() {
        return files;
    }

    /** Files left out so far because their names say they are of a kind lede does not read (images, archives…). */
    int otherKinds() {
        return otherKinds;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                walkedFolders.remove(walkedFolders.size() - 1);
                continue;
            }
            Path path = top.next();
            long taken = FileStamp.nowNanos(); // before the stat: a file changed after it must look changed
            BasicFileAttributes attributes = attributes(path); // one stat for every question
            if (attributes == null) {
                brokenLink(path); // else vanished or unreadable: neither a directory nor a file to read
                continue;
            }
            if (attributes.isDirectory()) {
                Object key = attributes.fileKey();
                if (options.recursive() && (key == null || !walkedFolders.contains(key))) {
                    enter(path, key);
                }
            } else if (attributes.isRegularFile()) {
                String name = top instanceof Resolving resolving
                        ? resolving.lastName()
                        : path.getFileName().toString();
                if (isBinaryName(name)) {
                    otherKinds++;
                } else {
                    next = path;
                    nextStamp = FileStamp.of(attributes, taken);
                    files++;
                }
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
        stamp = nextStamp;
        next = null;
        return out;
    }

    /**
     * The stamp of the file {@link #next} handed out last, from the stat that found it a file: the check
     * of an unchanged archive needs no second stat per file.
     */
    FileStamp stamp() {
        return stamp;
    }

    /**
     * The directory's entries in order. By name (the default), the names come from one native listing
     * ({@link File#list}) and are compared as plain strings, and each path is made only when the walk
     * reaches it: asking every path of a 10,000-file folder for its name cost more than the sort.
     */
    private Iterator<Path> listing(Path dir) {
        if (options.order() != LoadOptions.SortOrder.NAME) {
            return listingByPath(dir);
        }
        FolderNames names = FolderNames.listed(dir);
        if (names == null) {
            String[] decoded = decodedNames(dir);
            return decoded == null ? listingByPath(dir) : new Resolving(dir, FolderNames.of(decoded));
        }
        return new Resolving(dir, names);
    }

    /**
     * The visible names in {@code dir}, or null when it cannot be listed this way or when a name did not
     * decode in the platform's encoding (it could not be opened again by its string): the exact listing
     * of {@link #listingByPath} handles those, and reports a directory that cannot be read.
     */
    private static String[] decodedNames(Path dir) {
        String[] names;
        try {
            names = dir.toFile().list();
        } catch (UnsupportedOperationException | SecurityException e) {
            return null;
        }
        if (names == null) {
            return null;
        }
        int visible = 0;
        for (String name : names) {
            if (name.indexOf('\uFFFD') >= 0) {
                return null;
            }
            if (!name.startsWith(".")) {
                names[visible++] = name;
            }
        }
        return visible == names.length ? names : Arrays.copyOf(names, visible);
    }

    /**
     * Paths for names in sorted order, each made when it is reached. A large folder is not sorted before
     * its first file: its {@value #FIRST_SORTED} smallest names are picked out in one pass (about one
     * comparison per name), which is enough for the first screenful, and the whole sort waits until they
     * have been walked. On 100,000 names that pass costs a small part of the sort it defers.
     */
    private static final class Resolving implements Iterator<Path> {
        private final Path dir;
        private final FolderNames names;
        /** The first names in order while they are walked, before the whole sort; else null. */
        private int[] head;
        /** Every name in order, once sorted. */
        private int[] order;

        private int next;
        private String lastName;

        Resolving(Path dir, FolderNames names) {
            this.dir = dir;
            this.names = names;
            if (names.size() > FIRST_SORTED) {
                head = names.smallest(FIRST_SORTED);
            } else {
                order = names.sorted();
            }
        }

        @Override
        public boolean hasNext() {
            return next < names.size();
        }

        @Override
        public Path next() {
            if (next >= names.size()) {
                throw new NoSuchElementException();
            }
            if (head != null && next == head.length) {
                order = names.sorted(); // its first names are the head's, in the same order
                head = null;
            }
            String name = names.name(head != null ? head[next] : order[next]);
            next++;
            lastName = name;
            return dir.resolve(name);
        }

        /** The name {@link #next} resolved last: asking its path for it again made a path and a string a file. */
        String lastName() {
            return lastName;
        }
    }

    /** The entries as the JDK lists them (exact file-name bytes), each name decoded once for sorting. */
    private Iterator<Path> listingByPath(Path dir) {
        List<Entry> entries = new ArrayList<>();
        boolean byModified = options.order() == LoadOptions.SortOrder.MODIFIED;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    entries.add(new Entry(byModified ? modified(entry) : 0, name, entry));
                }
            }
        } catch (IOException | SecurityException e) {
            if (dir == root || firstMeeting.test(dir)) { // the root was met by its caller, and is said here
                problems.add(new Problem(dir.toString(), "directory cannot be read; skipped"));
            }
        }
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted);
        Path[] paths = new Path[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            paths[i] = sorted[i].path();
        }
        return Arrays.asList(paths).iterator();
    }

    /** An entry with its sort keys computed once: modification time (0 when sorting by name), then name. */
    private record Entry(long modified, String name, Path path) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(modified, other.modified);
            return byTime != 0 ? byTime : name.compareTo(other.name);
        }
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A symbolic link whose stat failed is said, as {@code find -L} and {@code grep -R} say it: a link that points
     * nowhere or into a loop is something the user made and may have meant to be read, not a file of another kind
     * passed over unsaid. A warning, not a skip: the link held no article to lose. Asked only after a failed stat,
     * so an ordinary folder's walk costs nothing more.
     */
    private void brokenLink(Path path) {
        try {
            if (!Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isSymbolicLink()) {
                return;
            }
            Files.readAttributes(path, BasicFileAttributes.class); // again, for the reason it fails
        } catch (FileSystemException e) {
            boolean loop = !(e instanceof NoSuchFileException)
                    && FileFailures.describe(e).endsWith("a loop of symbolic links");
            problems.add(new Problem(
                    path.toString(),
                    (loop ? "a loop of symbolic links" : "a symbolic link to nothing (" + target(path) + ")")
                            + "; passed over",
                    Problem.Kind.WARNING));
        } catch (IOException | SecurityException e) {
            // unreadable: passed over as before
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | SecurityException e) {
            return "?";
        }
    }

    private static long modified(Path path) {
        BasicFileAttributes attributes = attributes(path);
        return attributes == null
                ? Long.MAX_VALUE
                : attributes.lastModifiedTime().toMillis();
    }

    /**
     * Whether a file named {@code fileName} (no folder) is of a kind lede does not read, by its extension: binary
     * kinds, and the parts of a saved page that are code.
     */
    static boolean isBinaryName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        return BINARY_EXTENSIONS.contains(extension) || PAGE_PARTS.contains(extension);
    }
}
