package dev.lede.io;

import dev.lede.core.state.ReadingState;
import dev.lede.core.state.StateFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The reading state on disk, {@code $XDG_STATE_HOME/lede/state}. Every save takes a lock file, reads
 * the file again and merges (so two lede processes keep each other's changes), then writes a
 * temporary file in the same folder, syncs it and renames it over the old one. A file that cannot be
 * read is renamed aside with a one-line warning, never overwritten.
 */
public final class StateStore {

    static final String FILE = "state";
    static final String LOCK = "state.lock";
    /** More than any real state file; a bigger one is not ours. */
    private static final long MAX_BYTES = 64L << 20;

    private final Path folder;
    private final Consumer<String> warnings;
    /** What this process last loaded or wrote: the base of the three-way merge. */
    private ReadingState base = ReadingState.EMPTY;
    /** Set when the file can be neither read nor moved aside: then it is never written over. */
    private boolean frozen;
    /** Why the store is {@link #frozen}, as the reader says it. */
    private String frozenWhy = "";

    public StateStore(Path folder, Consumer<String> warnings) {
        this.folder = folder;
        this.warnings = warnings;
    }

    /** {@code $XDG_STATE_HOME/lede}, else {@code ~/.local/state/lede} (XDG: a relative XDG_STATE_HOME is ignored). */
    public static Optional<Path> defaultFolder(Map<String, String> environment) {
        return XdgFolder.lede(environment, "XDG_STATE_HOME", ".local/state");
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    /** Reads the state (empty when there is none yet); an unreadable file is set aside with a warning. */
    public synchronized ReadingState load() {
        base = readOrSetAside();
        return base;
    }

    /** Reads the state without ever changing the folder (for {@code lede export}). */
    public ReadingState peek() {
        return peekChecked().state();
    }

    /** The state on disk, or why the file is there but cannot be read; no file is an empty state. */
    public record Peeked(ReadingState state, Optional<String> problem) {}

    /**
     * As {@link #peek}, saying why a file that is there cannot be read (damaged, from a newer lede, not
     * readable): what deletes by the stars ({@code lede prune}) must not take such a file for "none starred".
     */
    public Peeked peekChecked() {
        try {
            Optional<String> text = readText();
            if (text.isEmpty()) {
                return new Peeked(ReadingState.EMPTY, Optional.empty());
            }
            StateFormat.Decoded decoded = StateFormat.read(text.get());
            return new Peeked(decoded.problem().isEmpty() ? decoded.state() : ReadingState.EMPTY, decoded.problem());
        } catch (CharacterCodingException e) {
            return new Peeked(ReadingState.EMPTY, Optional.of("not UTF-8 text"));
        } catch (IOException e) {
            return new Peeked(ReadingState.EMPTY, Optional.of(FileFailures.describeAt(file(), e)));
        }
    }

    /**
     * The newest state file set aside as unreadable ({@code state.unreadable-<time>}), if any: its stars are
     * unknown to this lede but may still be the user's, so what deletes by the stars must not go ahead.
     */
    public Optional<Path> setAside() {
        String prefix = FILE + ".unreadable-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty(); // no folder, nothing set aside
        }
    }

    /**
     * Why what this run changes will not be kept, as far as can be told before writing: the file could not be
     * read (then it is never written over), or the folder, or the nearest folder above it that is there, is not a
     * folder or not writable (a check of permissions, no write: nothing is created before the first change).
     */
    public synchronized Optional<String> notKept() {
        if (frozen) {
            return Optional.of(frozenWhy);
        }
        Path there = folder.toAbsolutePath();
        while (there != null && !Files.exists(there)) {
            there = there.getParent();
        }
        if (there == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(there)) {
            return Optional.of("cannot create " + folder + " (" + there + " is not a folder)");
        }
        if (!Files.isWritable(there)) {
            return Optional.of("cannot write in " + there + " (permission denied)");
        }
        return Optional.empty();
    }

    /**
     * Merges {@code mine} into the file under the lock and writes it atomically; returns what was
     * written, which includes other processes' changes.
     */
    public synchronized ReadingState save(ReadingState mine) throws IOException {
        if (frozen) {
            return mine;
        }
        Files.createDirectories(folder);
        try (FileChannel lockChannel =
                        FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.lock()) {
            ReadingState disk = readOrSetAside();
            if (frozen) {
                return mine;
            }
            ReadingState merged = ReadingState.merge(disk, base, mine);
            writeAtomically(StateFormat.write(merged).getBytes(StandardCharsets.UTF_8));
            base = mine;
            return merged;
        }
    }

    private ReadingState readOrSetAside() {
        Optional<String> text;
        String problem;
        try {
            text = readText();
            if (text.isEmpty()) {
                return ReadingState.EMPTY;
            }
            StateFormat.Decoded decoded = StateFormat.read(text.get());
            if (decoded.problem().isEmpty()) {
                return decoded.state();
            }
            problem = decoded.problem().get();
        } catch (CharacterCodingException e) {
            problem = "not UTF-8 text";
        } catch (IOException e) {
            frozenWhy = "cannot read " + file() + " (" + FileFailures.describeAt(file(), e) + ")";
            warnings.accept("lede: " + frozenWhy + "; reading state not kept this time");
            frozen = true;
            return ReadingState.EMPTY;
        }
        setAside(problem);
        return ReadingState.EMPTY;
    }

    private Optional<String> readText() throws IOException {
        Path file = file();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CharacterCodingException(); // set aside as unreadable, like any other garbage
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private void setAside(String problem) {
        Path aside = folder.resolve(FILE + AsideNames.unreadableSuffix(Instant.now()));
        try {
            Files.move(file(), aside);
            warnings.accept("lede: " + file() + " could not be read (" + problem + "); kept as " + aside.getFileName()
                    + ", starting afresh");
        } catch (IOException e) {
            warnings.accept("lede: " + file() + " could not be read (" + problem + ") nor set aside; left as it is");
            frozenWhy = file() + " could not be read (" + problem + ") nor set aside";
            frozen = true;
        }
    }

    private void writeAtomically(byte[] bytes) throws IOException {
        AtomicWrite.write(file(), bytes, true);
    }
}
