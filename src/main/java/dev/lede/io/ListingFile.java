// Over 300 lines: the kept listing's file layout (header, key and index, parts and their checksum, details,
// trailer) written and read in one place, so that the two never disagree.
package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails.Details;
import dev.lede.core.library.Library;
import dev.lede.io.index.ListingParts;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The whole listing of the reader's last library, beside its first screen ({@link FirstScreen}): a copy of
 * the parts of the index's stored listing ({@link ListingParts}) and the details of its first
 * {@link FirstScreen#ROWS} articles (headline, lede, related headlines and their targets), so that the next
 * start on the same inputs lists the whole library and draws its first screenful without SQLite, whose
 * opening and first query were about 70 ms between the first frame and the library complete (docs/performance.md,
 * "Between the first frame and "library complete" (P0)"). Read with plain java.io, a part at a time, as
 * it is written (a library of 100,000 articles has about 24 MB of them); a file that cannot be read or is
 * not this lede's is ignored, one that cannot be written is not written. The index, opened after, must
 * still hold the same parts for it to stand ({@link IndexedLoad}).
 *
 * <p>{@code lede list} prints from it with no SQLite at all ({@link KeptListing}), so it also names the
 * index it was copied from (the file's identity) and ends its parts with their checksum: a damaged copy is
 * never printed from.
 *
 * <p>Layout: a header, the key and the index's identity, the parts (each its length, then its bytes; -1 ends
 * them, then the CRC-32 of every part's bytes as a long), the details, then where the parts and the details
 * start, as two longs at the very end.
 */
final class ListingFile {

    /** Ends the listing's file name, after its first screen's. */
    static final String SUFFIX = ".listing";

    /** The details kept for {@code row} of the index: what the first screenful draws. */
    record Seed(long row, String headline, Details details) {}

    /** The parts of a kept listing, one at a time: the next, or null after the last. */
    interface Parts {
        byte[] next() throws IOException;
    }

    /** Hands each part of a stored listing to a visitor; false when there is no listing to keep. */
    interface Source {
        boolean each(Consumer<byte[]> visitor);
    }

    /**
     * A kept listing, its file open: the details read, the parts read at each {@link #parts()} (from the file
     * as it was when opened, though another reader replaces it meanwhile).
     */
    static final class Kept implements AutoCloseable {
        private final FileChannel file;
        private final long partsAt;
        private final String index;
        private final List<Seed> seeds;

        private Kept(FileChannel file, long partsAt, String index, List<Seed> seeds) {
            this.file = file;
            this.partsAt = partsAt;
            this.index = index;
            this.seeds = List.copyOf(seeds);
        }

        /** The identity of the index this listing was copied from ({@link #identity}); empty when unknown. */
        String index() {
            return index;
        }

        List<Seed> seeds() {
            return seeds;
        }

        /**
         * The parts from the first; a damaged one throws {@link IOException}, and so does the end of parts
         * whose checksum is not the one written after them: a whole pass has read what was written.
         */
        Parts parts() throws IOException {
            DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Channels.newInputStream(file.position(partsAt)), 1 << 16));
            long size = file.size();
            CRC32 sum = new CRC32();
            return () -> {
                int length = in.readInt();
                if (length == -1) {
                    if (in.readLong() != sum.getValue()) {
                        throw new IOException("the parts are not those written");
                    }
                    return null;
                }
                if (length < 0 || length > size) {
                    throw new IOException("not a part's length: " + length);
                }
                byte[] part = new byte[length];
                in.readFully(part);
                sum.update(part);
                return part;
            };
        }

        /** Whether {@code source} hands over the same parts as this file holds, byte for byte. */
        boolean sameAs(Source source) throws IOException {
            Parts mine = parts();
            boolean[] same = {true};
            try {
                boolean any = source.each(part -> {
                    try {
                        same[0] = same[0] && java.util.Arrays.equals(part, mine.next());
                    } catch (IOException e) {
                        same[0] = false;
                    }
                });
                return any && same[0] && mine.next() == null;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                file.close();
            } catch (IOException e) {
                // read only: nothing lost
            }
        }
    }

    /** Adds the index rows of a part's articles to a list until it holds a count ({@link ListingParts#addRows}). */
    interface Rows {
        void add(byte[] part, int count, List<Long> rows);
    }

    private final FirstScreen screen;
    private final String header;
    private final Rows rowsOf;

    ListingFile(FirstScreen screen) {
        this(screen, ListingParts::addRows);
    }

    /** @param rowsOf finds the rows of the articles whose details are kept (a test's parts need not be a listing's)
     */
    ListingFile(FirstScreen screen, Rows rowsOf) {
        this.screen = screen;
        this.rowsOf = rowsOf;
        // A lede whose parsers, index layout or resolver find or store something else ignores what another kept.
        this.header = "lede listing 2/" + ListingParts.FORMAT + "/" + Library.RESOLVER_VERSION;
    }

    /** The listing file beside the first screen {@code screenFile}. */
    static Path beside(Path screenFile) {
        return screenFile.resolveSibling(screenFile.getFileName() + SUFFIX);
    }

    /** What is kept for {@code arguments} typed in {@code typedIn}, its file open; empty when nothing (usable) is.
     */
    Optional<Kept> read(Path typedIn, List<String> arguments) {
        return read(typedIn, arguments, true);
    }

    /**
     * As {@link #read(Path, List)} without the first screen's details ({@link Kept#seeds()} empty), for a
     * reading of the parts alone: decoding the hundred articles' details was about 10 ms of the main
     * thread in {@code lede list} of 10,000 files (docs/performance.md, "Where `lede list` goes"). The parts' own
     * checksum still vouches for what is listed.
     */
    Optional<Kept> readParts(Path typedIn, List<String> arguments) {
        return read(typedIn, arguments, false);
    }

    private Optional<Kept> read(Path typedIn, List<String> arguments, boolean withSeeds) {
        String key = FirstScreen.key(typedIn, arguments);
        FileChannel file;
        try {
            file = FileChannel.open(beside(screen.file(key)), StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            long size = file.size();
            if (size < 16) {
                throw new IOException("not a listing");
            }
            ByteBuffer trailer = ByteBuffer.allocate(16);
            while (trailer.hasRemaining() && file.read(trailer, size - 16 + trailer.position()) > 0) {
                // read to the end
            }
            long partsAt = trailer.getLong(0);
            long seedsAt = trailer.getLong(8);
            if (partsAt < 0 || seedsAt < partsAt || seedsAt > size - 16) {
                throw new IOException("not a listing");
            }
            DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(file.position(0))));
            if (!in.readUTF().equals(header) || !in.readUTF().equals(key)) {
                file.close();
                return Optional.empty();
            }
            String index = in.readUTF();
            if (!withSeeds) {
                return Optional.of(new Kept(file, partsAt, index, List.of()));
            }
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(file.position(seedsAt))));
            List<Seed> seeds = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                seeds.add(readSeed(in));
            }
            if (in.readLong() != partsAt || in.readLong() != seedsAt || in.read() != -1) {
                throw new IOException("not a listing's end");
            }
            return Optional.of(new Kept(file, partsAt, index, seeds));
        } catch (IOException | RuntimeException e) {
            try {
                file.close();
            } catch (IOException ignored) {
                // read only
            }
            return Optional.empty(); // truncated or garbage: the index is listed instead
        }
    }

    /**
     * The identity of the index at {@code indexFile} whose own number is {@code instance}
     * ({@link dev.lede.io.index.LibraryIndex#instance}): its file's key (device and inode) and that number,
     * which a new index made after the old one was deleted or set aside does not share, though the file
     * system may give it the freed inode; empty when it has neither.
     */
    static String identity(Path indexFile, int instance) {
        try {
            Object key =
                    Files.readAttributes(indexFile, BasicFileAttributes.class).fileKey();
            return key == null || instance == 0 ? "" : key + "#" + Integer.toHexString(instance);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Keeps the listing {@code source} hands over, copied from the index in {@code indexFile} whose own number
     * is {@code instance}, with the
     * details {@code seedsOf} gives for the rows of its first {@link FirstScreen#ROWS} articles, for
     * {@code arguments} typed in {@code typedIn}; returns whether it was written (not when {@code source} has
     * no listing, nor when the index file was replaced meanwhile).
     */
    boolean write(
            Path typedIn,
            List<String> arguments,
            Path indexFile,
            int instance,
            Source source,
            Function<List<Long>, List<Seed>> seedsOf) {
        String key = FirstScreen.key(typedIn, arguments);
        Path file = beside(screen.file(key));
        String index = identity(indexFile, instance);
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.write(
                    file,
                    stream -> {
                        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                        out.writeUTF(header);
                        out.writeUTF(key);
                        out.writeUTF(index);
                        long partsAt = out.size();
                        List<Long> rows = new ArrayList<>(FirstScreen.ROWS);
                        CRC32 sum = new CRC32();
                        boolean any = source.each(part -> {
                            try {
                                out.writeInt(part.length);
                                out.write(part);
                                sum.update(part);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            if (rows.size() < FirstScreen.ROWS) {
                                rowsOf.add(part, FirstScreen.ROWS, rows);
                            }
                        });
                        if (!any) {
                            throw new IOException("no listing stored"); // the file is left as it was
                        }
                        if (!index.equals(identity(indexFile, instance))) {
                            throw new IOException("the index was replaced meanwhile"); // read from which one?
                        }
                        out.writeInt(-1);
                        out.writeLong(sum.getValue());
                        long seedsAt = out.size();
                        List<Seed> seeds = seedsOf.apply(rows);
                        out.writeInt(seeds.size());
                        for (Seed seed : seeds) {
                            writeSeed(out, seed);
                        }
                        out.writeLong(partsAt);
                        out.writeLong(seedsAt);
                        out.flush();
                    },
                    false);
            screen.keepLatest();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // none stored, a text longer than the layout holds, or the folder not writable
        }
    }

    private static Seed readSeed(DataInputStream in) throws IOException {
        long row = in.readLong();
        String headline = in.readUTF();
        String lede = FirstScreen.optional(in);
        List<RelatedHeadline> related = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            related.add(new RelatedHeadline(in.readUTF(), FirstScreen.optional(in)));
        }
        List<ArticleId> targets = null;
        if (in.readBoolean()) {
            targets = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String id = FirstScreen.optional(in);
                targets.add(id == null ? null : new ArticleId(id));
            }
        }
        return new Seed(row, headline, new Details(lede, related, targets));
    }

    private static void writeSeed(DataOutputStream out, Seed seed) throws IOException {
        out.writeLong(seed.row());
        out.writeUTF(seed.headline());
        FirstScreen.writeOptional(out, seed.details().lede());
        out.writeInt(seed.details().related().size());
        for (RelatedHeadline related : seed.details().related()) {
            out.writeUTF(related.headline());
            FirstScreen.writeOptional(out, related.url());
        }
        List<ArticleId> targets = seed.details().targets();
        out.writeBoolean(targets != null);
        if (targets != null) {
            out.writeInt(targets.size());
            for (ArticleId target : targets) {
                FirstScreen.writeOptional(out, target == null ? null : target.value());
            }
        }
    }
}
