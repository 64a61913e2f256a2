package dev.lede.io;

import dev.lede.core.library.EntryDetails;
import dev.lede.io.index.IndexHeader;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.LibraryIndex;
import dev.lede.io.index.ListingParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code lede list} and {@code lede stories} of an unchanged library with no SQLite at all: printed from the
 * copy of the index's stored listing kept beside the reader's first screen ({@link ListingFile}), once the
 * walk of the folders finds every file as that copy holds it. Opening SQLite (the driver's logging, its
 * date formatter and locale data, the native library, the connection) was most of what {@code lede list} of
 * an unchanged library cost beyond the walk (docs/performance.md, "Start-up").
 *
 * <p>Why the copy then prints what the index would: {@code lede list} through the index prints the index's
 * stored listing when the walk finds every file as that listing holds it (same paths in the same order,
 * each stamp — size, modification time to the nanosecond, identity — the same and not taken within two
 * seconds of the change, no file added or gone, no problem met walking, none over the size limit), and
 * else loads the files. The copy holds such a listing, byte for byte, with the same stamps, and the same
 * check is made against it. A listing is a function of the files' bytes and of the arguments alone: related
 * headlines resolve only against the library those arguments open, and the names printed are worked out
 * from the arguments at each run. So for files the check finds unchanged, the index's listing — current or
 * rebuilt by another process, by another run on the same files — can only be the same, provided the same
 * parsers, index layout and resolver made it, which the copy's header names ({@link ListingFile}). Another
 * process's writes to the index change other libraries' rows, or these files' rows after the files changed,
 * which the walk sees. A copy damaged or cut short fails its checksum in the check's pass, before a line
 * is printed.
 *
 * <p>The copy does not outlive its index: it names the index it was copied from (its file's device and
 * inode, and the random number the index keeps in its header: a new index may be given the freed inode),
 * and is used only while that very index is in place, an index of this lede, and writable. Deleting the index
 * is how a user makes lede read every file again, and a damaged, read-only or other lede's index is said
 * so by the opening this would skip; any of these, and anything else uncertain, opens the index as before.
 */
public final class KeptListing {

    private final ListingFile file;
    private final Path indexFile;
    /** The folder the inputs were typed in: the key of the copy, with the arguments. */
    private final Path typedIn;

    private final List<String> arguments;

    KeptListing(Path cacheFolder, Path indexFile, Path typedIn, List<String> arguments) {
        this.file = new ListingFile(new FirstScreen(cacheFolder));
        this.indexFile = indexFile;
        this.typedIn = typedIn;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The kept listing for {@code arguments} typed in the working folder, in the cache beside the index the
     * environment names; empty without one, or when the index's place is one SQLite cannot open.
     */
    public static Optional<KeptListing> of(Map<String, String> environment, List<String> arguments) {
        try {
            return LibraryIndex.defaultFile(environment)
                    .filter(index -> index.toString().indexOf('?') < 0) // said when the index opens
                    .map(index -> new KeptListing(index.getParent(), index, Path.of(""), arguments));
        } catch (LinkageError e) {
            // A Java runtime without java.sql fails here, at LibraryIndex (as in 'java --limit-modules'): the
            // index's opening says so, as before.
            return Optional.empty();
        }
    }

    /**
     * Lists the library as {@link StoredListing#list} would from the index, when the copy kept for these
     * arguments stands and {@code walk} finds every file as it holds them; empty, having printed nothing,
     * otherwise (the walk is then taken when the copy was compared with it).
     */
    public Optional<StoredListing.Counts> list(LoadOptions options, WalkAhead walk, StoredListing.Lines lines) {
        Optional<ListingFile.Kept> read = file.readParts(typedIn, arguments);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        try (ListingFile.Kept kept = read.get()) {
            if (!indexInPlace(kept) || !unchanged(kept, options, walk)) {
                return Optional.empty();
            }
            // Read whole, its checksum right, by the check: the same bytes are decoded again.
            return StoredListing.print(
                    visitor -> {
                        each(kept, part -> ListingParts.readNumbered(part, visitor));
                        return true;
                    },
                    new StoredNames(arguments),
                    lines);
        }
    }

    /** Whether {@code walk} finds every file as the copy holds it. */
    private static boolean unchanged(ListingFile.Kept kept, LoadOptions options, WalkAhead walk) {
        return UnchangedCheck.unchanged(
                walk, options, visitor -> each(kept, part -> ListingParts.readStamps(part, visitor)));
    }

    /**
     * Keeps the index's stored listing of these arguments' library as the copy the next run lists from,
     * unless the copy kept is that listing already; nothing when the index holds none. Never fails: the
     * lines are printed by then, and a copy not kept only costs the next run the index's opening.
     */
    public void keep(LibraryIndex index) {
        Optional<IndexScope> scope = scope();
        if (scope.isEmpty()) {
            return;
        }
        try {
            int instance = index.instance();
            ListingFile.Source source = visitor -> index.eachListingPart(scope.get(), visitor);
            if (!keptAlready(ListingFile.identity(index.file(), instance), source)) {
                file.write(typedIn, arguments, index.file(), instance, source, rows -> seeds(index, scope.get(), rows));
            }
        } catch (RuntimeException e) {
            // the index failed meanwhile: not kept
        }
    }

    /** Whether the copy kept is {@code source}'s listing, copied from the index whose identity is {@code index}. */
    private boolean keptAlready(String index, ListingFile.Source source) {
        Optional<ListingFile.Kept> read = file.read(typedIn, arguments);
        if (read.isEmpty()) {
            return false;
        }
        try (ListingFile.Kept kept = read.get()) {
            // A library listed through the index every time (a folder it cannot read) writes it once.
            return kept.index().equals(index) && kept.sameAs(source);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The details of {@code rows} (the listing's first articles), read from the index, for the reader's first screen. */
    static List<ListingFile.Seed> seeds(LibraryIndex index, IndexScope scope, List<Long> rows) {
        List<ListingFile.Seed> seeds = new ArrayList<>(rows.size());
        for (long row : rows) {
            String headline = index.headline(row);
            Optional<EntryDetails.Details> found = index.details(scope, row);
            if (headline != null && found.isPresent()) {
                seeds.add(new ListingFile.Seed(row, headline, found.get()));
            }
        }
        return seeds;
    }

    /**
     * Whether the index the copy was taken from is the one in place, and one whose opening would say nothing:
     * the same file, this lede's layout and parsers, not damaged, and writable with its folder.
     */
    private boolean indexInPlace(ListingFile.Kept kept) {
        return !kept.index().isEmpty()
                && kept.index().equals(ListingFile.identity(indexFile, IndexHeader.instance(indexFile)))
                && Files.isWritable(indexFile)
                && Files.isWritable(indexFile.getParent())
                && IndexHeader.current(indexFile);
    }

    private Optional<IndexScope> scope() {
        List<Path> roots = new ArrayList<>();
        for (String argument : arguments) {
            try {
                roots.add(Path.of(argument));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(IndexScope.of(roots));
    }

    /** Each part of the copy, in order, to {@code reader}; one that cannot be read is an {@link UncheckedIOException}. */
    private static void each(ListingFile.Kept kept, Consumer<byte[]> reader) {
        try {
            ListingFile.Parts parts = kept.parts();
            for (byte[] part = parts.next(); part != null; part = parts.next()) {
                reader.accept(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
