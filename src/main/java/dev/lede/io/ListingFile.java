package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails.Details;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Parsers;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole listing of the reader's last library, beside its first screen ({@link FirstScreen}): a copy of
 * the parts of the index's stored listing ({@link ListingParts}) and the details of its first
 * {@link FirstScreen#ROWS} articles (headline, lede, related headlines and their targets), so that the next
 * start on the same inputs lists the whole library and draws its first screenful without SQLite, whose
 * opening and first query were about 70 ms between the first frame and the library complete (README,
 * "Between the first frame and "library complete" (P0)"). Read with plain java.io, a part at a time, as
 * it is written (a library of 100,000 articles has about 24 MB of them); a file that cannot be read or is
 * not this lede's is ignored, one that cannot be written is not written. The index, opened after, must
 * still hold the same parts for it to stand ({@link IndexedLoad}).
 *
 * <p>Layout: a header and the key, the parts (each its length, then its bytes; -1 ends them), the details,
 * then where the parts and the details start, as two longs at the very end.
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
        private final List<Seed> seeds;

        private Kept(FileChannel file, long partsAt, List<Seed> seeds) {
            this.file = file;
            this.partsAt = partsAt;
            this.seeds = List.copyOf(seeds);
        }

        List<Seed> seeds() {
            return seeds;
        }

        /** The parts from the first; a damaged one throws {@link IOException}. */
        Parts parts() throws IOException {
            DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Channels.newInputStream(file.position(partsAt)), 1 << 16));
            long size = file.size();
            return () -> {
                int length = in.readInt();
                if (length == -1) {
                    return null;
                }
                if (length < 0 || length > size) {
                    throw new IOException("not a part's length: " + length);
                }
                byte[] part = new byte[length];
                in.readFully(part);
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

    /** @param rowsOf finds the rows of the articles whose details are kept (a test's parts need not be a listing's) */
    ListingFile(FirstScreen screen, Rows rowsOf) {
        this.screen = screen;
        this.rowsOf = rowsOf;
        // A lede whose parsers or resolver find something else ignores what an older one kept.
        this.header = "lede listing 1/" + Parsers.GENERATION + "/" + Library.RESOLVER_VERSION;
    }

    /** The listing file beside the first screen {@code screenFile}. */
    static Path beside(Path screenFile) {
        return screenFile.resolveSibling(screenFile.getFileName() + SUFFIX);
    }

    /** What is kept for {@code arguments} typed in {@code typedIn}, its file open; empty when nothing (usable) is. */
    Optional<Kept> read(Path typedIn, List<String> arguments) {
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
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(file.position(seedsAt))));
            List<Seed> seeds = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                seeds.add(readSeed(in));
            }
            if (in.readLong() != partsAt || in.readLong() != seedsAt || in.read() != -1) {
                throw new IOException("not a listing's end");
            }
            return Optional.of(new Kept(file, partsAt, seeds));
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
     * Keeps the listing {@code source} hands over, with the details {@code seedsOf} gives for the rows of its
     * first {@link FirstScreen#ROWS} articles, for {@code arguments} typed in {@code typedIn}; returns whether
     * it was written (not when {@code source} has no listing).
     */
    boolean write(Path typedIn, List<String> arguments, Source source, Function<List<Long>, List<Seed>> seedsOf) {
        String key = FirstScreen.key(typedIn, arguments);
        Path file = beside(screen.file(key));
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.write(
                    file,
                    stream -> {
                        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                        out.writeUTF(header);
                        out.writeUTF(key);
                        long partsAt = out.size();
                        List<Long> rows = new ArrayList<>(FirstScreen.ROWS);
                        boolean any = source.each(part -> {
                            try {
                                out.writeInt(part.length);
                                out.write(part);
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
                        out.writeInt(-1);
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
