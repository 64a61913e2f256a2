package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import dev.lede.io.index.LibraryIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check of the folders for {@link IndexedLoad} when the library may have changed: every input in load
 * order, each file stated once and compared with the stamp the index stored for it; unchanged files (and
 * files renamed or moved inside the opened folders: same identity, size and time at a new path) are
 * listed from the index, the rest read; stored paths no longer walked have vanished.
 */
record CheckedInputs(List<Slot> slots, Set<String> vanished, List<String[]> moves) {

    /** One input in load order: listed from the index, read afresh, or a problem found walking. */
    sealed interface Slot permits Listed, Fresh, Walked {}

    /** @param path where the index holds the file's rows (its old path when it moved) */
    record Listed(String path, String name, Path file) implements Slot {}

    /** @param key the file's path in the index, null when it must not be stored (it could not be stated) */
    record Fresh(Loader.NamedFile file, String key, FileStamp stamp) implements Slot {}

    record Walked(Problem problem) implements Slot {}

    /**
     * Walks {@code arguments} and sorts each file against {@code stored}, the index's stamps by path; the
     * files come from {@code ahead} when it walked them and nobody took them (it may be null).
     */
    static CheckedInputs check(
            List<String> arguments, LoadOptions options, Map<String, FileStamp> stored, WalkAhead ahead) {
        Set<String> walked = new HashSet<>();
        List<Slot> slots = walk(arguments, options, walked, ahead);
        classify(slots, stored, options);
        Map<String, FileStamp> vanished = new HashMap<>(stored);
        vanished.keySet().removeAll(walked);
        List<String[]> moves = findMoves(slots, stored, vanished, options);
        return new CheckedInputs(slots, vanished.keySet(), moves);
    }

    /** The files to be read (new or changed), in load order. */
    List<Loader.NamedFile> fresh() {
        List<Loader.NamedFile> fresh = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot instanceof Fresh f) {
                fresh.add(f.file());
            }
        }
        return fresh;
    }

    /** Where the index holds the rows of every input to be listed from it. */
    Set<String> listedPaths() {
        Set<String> paths = new HashSet<>();
        for (Slot slot : slots) {
            if (slot instanceof Listed listed) {
                paths.add(listed.path());
            }
        }
        return paths;
    }

    /** Nothing vanished and nothing moved: the index's paths are the walk's. */
    boolean unmoved() {
        return vanished.isEmpty() && moves.isEmpty();
    }

    /** The inputs in load order, each file stated once; {@code walked} gets every file's key. */
    private static List<Slot> walk(List<String> arguments, LoadOptions options, Set<String> walked, WalkAhead ahead) {
        List<Slot> slots = new ArrayList<>();
        InputWalk.Visitor visitor = new InputWalk.Visitor() {
            @Override
            public boolean file(Path file, String name, FileStamp stamp) {
                slots.add(fileSlot(file, name, stamp, walked));
                return true;
            }

            @Override
            public void problem(Problem problem) {
                slots.add(new Walked(problem));
            }
        };
        if (ahead != null && !ahead.taken()) {
            ahead.replayFiles(visitor);
        } else {
            InputWalk.walk(arguments, options, visitor);
        }
        return slots;
    }

    /** A file to be read, stated; {@link #classify} lists it from the index instead when it is unchanged. */
    private static Slot fileSlot(Path file, String name, FileStamp stamp, Set<String> walked) {
        Loader.NamedFile named = new Loader.NamedFile(file, name);
        String key = file.toAbsolutePath().normalize().toString();
        walked.add(key);
        try {
            return new Fresh(named, key, stamp != null ? stamp : FileStamp.of(file));
        } catch (IOException | SecurityException e) {
            return new Fresh(named, null, null); // reading it says what is wrong
        }
    }

    /** Files whose stamp matches what the index stored are listed from it, not read. */
    private static void classify(List<Slot> slots, Map<String, FileStamp> stored, LoadOptions options) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) instanceof Fresh f && f.key() != null) {
                FileStamp stamp = stored.get(f.key());
                // A file now over the size limit is read so that it is skipped as it would be without the index.
                if (stamp != null
                        && LibraryIndex.unchanged(stamp, f.stamp())
                        && f.stamp().size() <= options.maxSize()) {
                    slots.set(i, new Listed(f.key(), f.file().name(), f.file().path()));
                }
            }
        }
    }

    /**
     * New paths whose file is one that vanished from its stored path (renamed or moved inside the opened
     * folders): listed from the index and moved there, not read again. Each move as {from, to}.
     */
    private static List<String[]> findMoves(
            List<Slot> slots, Map<String, FileStamp> stored, Map<String, FileStamp> vanished, LoadOptions options) {
        List<String[]> moves = new ArrayList<>();
        Map<String, String> byIdentity = new HashMap<>(); // file identity → the path it vanished from
        for (Map.Entry<String, FileStamp> gone : vanished.entrySet()) {
            if (gone.getValue().fileKey() != null) {
                byIdentity.put(gone.getValue().fileKey(), gone.getKey());
            }
        }
        if (byIdentity.isEmpty()) {
            return moves;
        }
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) instanceof Fresh f
                    && f.stamp() != null
                    && f.stamp().fileKey() != null
                    && !stored.containsKey(f.key())) {
                String from = byIdentity.get(f.stamp().fileKey());
                if (from != null
                        && LibraryIndex.unchanged(vanished.get(from), f.stamp())
                        && f.stamp().size() <= options.maxSize()) {
                    byIdentity.remove(f.stamp().fileKey());
                    vanished.remove(from);
                    moves.add(new String[] {from, f.key()});
                    slots.set(i, new Listed(from, f.file().name(), f.file().path()));
                }
            }
        }
        return moves;
    }
}
