package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.EntryDetails.Details;
import dev.lede.core.library.Library;
import dev.lede.core.parse.Parsers;
import dev.lede.io.index.KeptListing;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole listing of the reader's last library, beside its first screen ({@link FirstScreen}): a copy of
 * the index's stored listing ({@link KeptListing}) and the details of its first {@link FirstScreen#ROWS}
 * articles (headline, lede, related headlines and their targets), so that the next start on the same inputs
 * lists the whole library and draws its first screenful without SQLite, whose opening and first query were
 * about 70 ms between the first frame and the library complete (README, "Between the first frame and
 * "library complete" (P0)"). Read with plain java.io; a file that cannot be read or is not this lede's is
 * ignored, one that cannot be written is not written. The index, opened after, must still hold the same
 * listing for it to stand ({@link IndexedLoad}).
 */
final class ListingFile {

    /** Ends the listing's file name, after its first screen's. */
    static final String SUFFIX = ".listing";

    /** The details kept for {@code row} of the index: what the first screenful draws. */
    record Seed(long row, String headline, Details details) {}

    /** What the file holds. */
    record Kept(KeptListing listing, List<Seed> seeds) {}

    private final FirstScreen screen;
    private final String header;

    ListingFile(FirstScreen screen) {
        this.screen = screen;
        // A lede whose parsers or resolver find something else ignores what an older one kept.
        this.header = "lede listing 1/" + Parsers.GENERATION + "/" + Library.RESOLVER_VERSION;
    }

    /** The listing file beside the first screen {@code screenFile}. */
    static Path beside(Path screenFile) {
        return screenFile.resolveSibling(screenFile.getFileName() + SUFFIX);
    }

    /** What is kept for {@code arguments} typed in {@code typedIn}; empty when nothing (usable) is. */
    Optional<Kept> read(Path typedIn, List<String> arguments) {
        String key = FirstScreen.key(typedIn, arguments);
        try (InputStream file = Files.newInputStream(beside(screen.file(key)));
                DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
            if (!in.readUTF().equals(header) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            long changes = in.readLong();
            List<Seed> seeds = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                seeds.add(readSeed(in));
            }
            List<byte[]> parts = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                byte[] part = new byte[in.readInt()];
                in.readFully(part);
                parts.add(part);
            }
            return in.read() == -1 ? Optional.of(new Kept(new KeptListing(changes, parts), seeds)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, truncated, or garbage: the index is listed instead
        }
    }

    /** Keeps {@code kept} for {@code arguments} typed in {@code typedIn}; returns whether it was written. */
    boolean write(Path typedIn, List<String> arguments, Kept kept) {
        String key = FirstScreen.key(typedIn, arguments);
        Path file = beside(screen.file(key));
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream((int) Math.min(1 << 30, kept.listing().bytes() + 65_536));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeUTF(header);
            out.writeUTF(key);
            out.writeLong(kept.listing().changes());
            out.writeInt(kept.seeds().size());
            for (Seed seed : kept.seeds()) {
                writeSeed(out, seed);
            }
            out.writeInt(kept.listing().parts().size());
            for (byte[] part : kept.listing().parts()) {
                out.writeInt(part.length);
                out.write(part);
            }
        } catch (IOException | RuntimeException e) {
            return false; // a text longer than the layout holds: nothing worth keeping
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.write(file, bytes.toByteArray(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Seed readSeed(DataInputStream in) throws IOException {
        long row = in.readLong();
        String headline = in.readUTF();
        String lede = optional(in);
        List<RelatedHeadline> related = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            related.add(new RelatedHeadline(in.readUTF(), optional(in)));
        }
        List<ArticleId> targets = null;
        if (in.readBoolean()) {
            targets = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String id = optional(in);
                targets.add(id == null ? null : new ArticleId(id));
            }
        }
        return new Seed(row, headline, new Details(lede, related, targets));
    }

    private static void writeSeed(DataOutputStream out, Seed seed) throws IOException {
        out.writeLong(seed.row());
        out.writeUTF(seed.headline());
        writeOptional(out, seed.details().lede());
        out.writeInt(seed.details().related().size());
        for (RelatedHeadline related : seed.details().related()) {
            out.writeUTF(related.headline());
            writeOptional(out, related.url());
        }
        List<ArticleId> targets = seed.details().targets();
        out.writeBoolean(targets != null);
        if (targets != null) {
            out.writeInt(targets.size());
            for (ArticleId target : targets) {
                writeOptional(out, target == null ? null : target.value());
            }
        }
    }

    private static void writeOptional(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
