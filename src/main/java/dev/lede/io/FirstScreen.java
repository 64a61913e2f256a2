package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first screenful of the reader's last complete library, kept beside the library index in a small
 * file of its own (under {@code first-screen/}, one per list of inputs, the {@value #KEPT} latest) and
 * read with plain java.io, so the reader's first frame needs
 * no SQLite: opening the index (the driver, its native library, a connection) took about 100 ms of
 * the first frame's path (docs/performance.md, "Start-up"). Each holds the first {@link #ROWS} articles in load order,
 * each with its headline and lede, for one list of inputs as typed in one working folder. Like the preview it stands in for, it is only shown while "(loading…)":
 * the index's own listing replaces it as soon as that has as many articles. A file that cannot be read
 * or is not this lede's is ignored; one that cannot be written is not written.
 */
public final class FirstScreen {

    /** Rows kept: more than most terminals show. */
    public static final int ROWS = 100;

    static final String FOLDER_NAME = "first-screen";

    /** Files kept, one per list of inputs: the oldest goes when there are more. */
    static final int KEPT = 16;

    /** Names this layout and the parsers' generation, whose headlines and ledes it holds. */
    private final String header;

    private final Path folder;

    /** @param cacheFolder lede's cache folder ({@link CacheRoot}), where the index is too */
    public FirstScreen(Path cacheFolder) {
        this.folder = cacheFolder.resolve(FOLDER_NAME);
        // A lede whose parsers find other headlines ignores what an older one kept.
        this.header = "lede first screen 1/" + Parsers.GENERATION;
    }

    /** The rows kept for {@code arguments} opened in {@code folder}; empty when there are none. */
    public Optional<List<ListedArticle>> read(Path typedIn, List<String> arguments) {
        String key = key(typedIn, arguments);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(key));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(header) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int count = in.readInt();
            if (count < 1 || count > ROWS) {
                return Optional.empty();
            }
            List<ListedArticle> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(new ListedArticle(
                        new ArticleId(in.readUTF()),
                        new Source(in.readUTF(), in.readInt()),
                        Format.valueOf(in.readUTF()),
                        in.readUTF(),
                        optional(in),
                        optional(in),
                        null,
                        List.of(),
                        List.of(),
                        List.of(), // no related headlines kept, so none to resolve
                        ListedArticle.WITH_ARTICLE));
            }
            return in.read() == -1 ? Optional.of(rows) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated, garbage, or an article it can no longer describe
        }
    }

    /**
     * Keeps the first rows of {@code library} (complete) for the next start on the same inputs, unless
     * the file holds them already; returns whether it was written.
     */
    public boolean write(Path typedIn, List<String> arguments, Library library) {
        if (library.size() == 0) {
            return false;
        }
        String key = key(typedIn, arguments);
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = encode(key, library);
        } catch (IOException | RuntimeException e) {
            return false; // an entry the index no longer answers for: nothing worth keeping
        }
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(folder);
            AtomicWrite.write(file, bytes, false);
            keepLatest();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file for {@code key}: named by its hash, which two keys may share (the key inside tells them apart). */
    Path file(String key) {
        return folder.resolve(String.format("%08x", key.hashCode()));
    }

    /**
     * Keeps the first screens and listings of the {@value #KEPT} lists of inputs written last, removing the
     * rest: a listing counts with its first screen, and alone when {@code lede list} wrote it (it keeps no
     * first screen).
     */
    void keepLatest() throws IOException {
        Map<String, FileTime> latest = new HashMap<>(); // by the first screen's name, the later of its two files
        try (Stream<Path> listed = Files.list(folder)) {
            listed.forEach(file -> {
                String name = file.getFileName().toString();
                if (!name.startsWith(AtomicWrite.TEMPORARY_PREFIX)) {
                    String screen = name.endsWith(ListingFile.SUFFIX)
                            ? name.substring(0, name.length() - ListingFile.SUFFIX.length())
                            : name;
                    latest.merge(screen, modified(file), (x, y) -> x.compareTo(y) >= 0 ? x : y);
                }
            });
        }
        List<String> screens = latest.keySet().stream()
                .sorted(Comparator.comparing(latest::get).reversed())
                .toList();
        for (String old : screens.subList(Math.min(KEPT, screens.size()), screens.size())) {
            Files.deleteIfExists(folder.resolve(old));
            Files.deleteIfExists(ListingFile.beside(folder.resolve(old))); // the whole listing kept with those rows
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private byte[] encode(String key, Library library) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(header);
            out.writeUTF(key);
            int count = Math.min(ROWS, library.size());
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                LibraryEntry entry = library.entry(i);
                out.writeUTF(entry.id().value());
                out.writeUTF(entry.source().name());
                out.writeInt(entry.source().item());
                out.writeUTF(entry.format().name());
                out.writeUTF(entry.headline());
                writeOptional(out, entry.lede());
                writeOptional(out, entry.published());
            }
        }
        return bytes.toByteArray();
    }

    /** The inputs as typed, and where they were typed: the names rows carry are relative to both. */
    static String key(Path typedIn, List<String> arguments) {
        StringBuilder key = new StringBuilder(typedIn.toAbsolutePath().toString());
        for (String argument : arguments) {
            key.append('\0').append(argument);
        }
        return key.toString();
    }

    /** A string that may be absent, as the first screen and the kept listing (ListingFile) write it. */
    static void writeOptional(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
