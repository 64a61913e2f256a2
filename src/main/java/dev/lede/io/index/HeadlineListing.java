// Over 300 lines: the stored listing's layout, written and read in one place so that the two cannot drift apart.
package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * A library's headline listing ({@link LibraryIndex#listHeadlines}) as one stored value, read back in a single
 * step. Listing 100,000 headlines row by row through the driver took 0.7–1.0 s of a cold JVM, most of it the
 * driver's per-column calls; the same listing as one value took 0.3 s to read and decode (docs/performance.md, "The
 * library index: what it buys, measured"). It is stored in parts of about {@link #PART_BYTES}, each a whole number
 * of inputs read by itself, so that neither writing nor reading holds the whole listing at once. Paths are
 * front-coded (each keeps what it shares with the one before as a count), numbers are variable-length, text is
 * UTF-8 with its length; a missing text is length 0, an empty one length 1.
 */
final class HeadlineListing {

    /**
     * About 400 articles a part. The check of the folders reads the parts at the pace of its walk, so a
     * part lives through young collections and stays in the old generation: parts of 1 MB left about
     * 17 MB behind in the reader's heap at 100,000 articles (docs/index-and-cache.md, "The library index").
     */
    static final int PART_BYTES = 1 << 16;

    private static final Format[] FORMATS = Format.values();
    private static final NumberedArticle.Copy[] COPIES = NumberedArticle.Copy.values();

    private final ByteArrayOutputStream part = new ByteArrayOutputStream(1 << 16);
    private final ByteArrayOutputStream articles = new ByteArrayOutputStream(1 << 10);
    /** Where {@link #writeNumber} and {@link #writeText} write: the part, or an input's articles. */
    private ByteArrayOutputStream out = part;

    private final ListingNumbers numbers;
    private final Consumer<byte[]> parts;
    private final int partBytes;
    private String previousPath = "";

    /**
     * @param numbers the library's articles numbered, from all its inputs (an article's number and its
     *                targets' are stored with it)
     * @param parts   takes each part as it fills to {@code partBytes}, and the last one at {@link #finish}
     */
    HeadlineListing(ListingNumbers numbers, Consumer<byte[]> parts, int partBytes) {
        this.numbers = numbers;
        this.parts = parts;
        this.partBytes = partBytes;
    }

    /** Appends one input as {@link LibraryIndex#listHeadlines} gives it. */
    void add(IndexedInput input) {
        String path = input.path();
        int shared = sharedPrefix(previousPath, path);
        writeNumber(shared);
        writeText(path.substring(shared));
        previousPath = path;
        FileStamp stamp = input.stamp();
        writeNumber(stamp.size());
        writeNumber(stamp.modifiedNanos());
        writeText(stamp.fileKey());
        writeNumber(stamp.takenNanos());
        writeText(input.problems().isEmpty() ? null : ArticleColumns.encodeProblems(input.problems(), path));
        writeNumber(input.articles().size());
        out = articles;
        for (IndexedArticle article : input.articles()) {
            writeNumber(article.row());
            writeNumber(article.item());
            writeText(article.id().value());
            writeNumber(article.format().ordinal());
            writeText(article.headline());
            writeText(article.published());
            writeText(article.problems().isEmpty() ? null : ArticleColumns.encodeProblems(article.problems(), path));
            writeNumber(numbers.number(article.id()));
            writeNumber(numbers.copy(article.id()).ordinal());
            writeTargets(article.targets());
        }
        out = part;
        // The articles' length first, so that the check of the folders skips them in one step.
        writeNumber(articles.size());
        part.writeBytes(articles.toByteArray());
        articles.reset();
        if (part.size() >= partBytes) {
            finish();
        }
    }

    /** Hands on what is not yet in a part. */
    void finish() {
        if (part.size() > 0) {
            parts.accept(part.toByteArray());
            part.reset();
            previousPath = "";
        }
    }

    /**
     * Hands each input stored in the part {@code bytes} to {@code visitor}, with what {@code columns} select
     * of each article as the row listing would give it ({@link ArticleColumns#HEADLINES},
     * {@link ArticleColumns#IDS}, {@link ArticleColumns#KEPT_APART}): what is not selected is skipped without
     * being decoded. The targets are stored as numbers for {@link #readNumbered} alone: here they are null.
     * An {@link IllegalArgumentException} when the value is not a listing.
     */
    static void read(byte[] bytes, ArticleColumns columns, Consumer<IndexedInput> visitor) {
        read(bytes, columns, true, visitor);
    }

    /** As {@link #read(byte[], ArticleColumns, Consumer)}; each input's stamp null unless {@code withStamps}. */
    static void read(byte[] bytes, ArticleColumns columns, boolean withStamps, Consumer<IndexedInput> visitor) {
        if (columns.resolved()) {
            throw new IllegalArgumentException("the stored listing holds its targets as numbers, not ids");
        }
        Reader in = new Reader(bytes);
        while (in.at < bytes.length) {
            visitor.accept(input(in, columns, withStamps));
        }
    }

    /**
     * Hands each input stored in the part {@code bytes} to {@code visitor} with its path and stamp alone (no
     * article, no problem): what the check of the folders compares, its articles skipped in one step.
     */
    static void readStamps(byte[] bytes, Consumer<IndexedInput> visitor) {
        Reader in = new Reader(bytes);
        while (in.at < bytes.length) {
            visitor.accept(stamped(in));
        }
    }

    private static IndexedInput stamped(Reader in) {
        String path = in.path();
        FileStamp stamp = new FileStamp(in.number(), in.number(), in.text(), in.number());
        in.text(false);
        in.count();
        in.skip(in.articlesLength());
        return new IndexedInput(path, stamp, List.of(), List.of());
    }

    /**
     * Hands each input stored in the part {@code bytes} to {@code visitor} as {@code lede list} prints it:
     * each article with its number and its targets' numbers, no stamp. An {@link IllegalArgumentException}
     * when the value is not a listing.
     */
    static void readNumbered(byte[] bytes, Consumer<NumberedArticle.Input> visitor) {
        Reader in = new Reader(bytes);
        while (in.at < bytes.length) {
            visitor.accept(numbered(in));
        }
    }

    /** The next input of a part, numbered; a method of its own for the JIT, as {@link #input}. */
    private static NumberedArticle.Input numbered(Reader in) {
        String path = in.path();
        in.skipStamp();
        List<Problem> inputProblems = problems(in.text(), path);
        int count = in.count();
        in.articlesLength();
        NumberedArticle[] articles = new NumberedArticle[count];
        for (int i = 0; i < count; i++) {
            in.number(); // the row
            int item = in.count();
            ArticleId id = new ArticleId(in.text());
            in.count(); // the format
            String headline = in.text();
            String published = in.text();
            List<Problem> problems = problems(in.text(), path);
            int number = in.count();
            int copy = in.count();
            if (number == 0 || copy >= COPIES.length) {
                throw new IllegalArgumentException("not a headline listing");
            }
            articles[i] = new NumberedArticle(
                    number, COPIES[copy], item, id, headline, published, problems, in.relatedNumbers(true));
        }
        return new NumberedArticle.Input(path, inputProblems, List.of(articles));
    }

    /**
     * The next input of a part. A method of its own, called once per input, so that the JIT compiles it
     * after a few hundred inputs: as the body of {@link #read}'s loop it ran interpreted to the end of
     * each part (a loop is compiled only after tens of thousands of rounds): printing 10,000 stored lines
     * took 42 ms of CPU instead of 48 (docs/performance.md, "Where `lede list` goes").
     */
    private static IndexedInput input(Reader in, ArticleColumns columns, boolean withStamps) {
        String path = in.path();
        FileStamp stamp = withStamps ? new FileStamp(in.number(), in.number(), in.text(), in.number()) : in.skipStamp();
        List<Problem> inputProblems = problems(in.text(), path);
        int count = in.count();
        in.articlesLength();
        IndexedArticle[] articles = new IndexedArticle[count];
        for (int i = 0; i < count; i++) {
            long row = in.number();
            int item = in.count();
            ArticleId id = new ArticleId(in.text());
            int format = in.count();
            if (format >= FORMATS.length) {
                throw new IllegalArgumentException("not a headline listing");
            }
            String headline = in.text(columns.headline() >= 0);
            String published = in.text(columns.published() >= 0);
            List<Problem> problems = problems(in.text(columns.problems() >= 0), path);
            in.number(); // the article's number and copy, and its targets' numbers: for lede list alone
            in.number();
            in.relatedNumbers(false);
            articles[i] = new IndexedArticle(
                    row,
                    path,
                    item,
                    id,
                    columns.format() >= 0 ? FORMATS[format] : null,
                    headline,
                    null,
                    null,
                    published,
                    null,
                    null,
                    null,
                    null,
                    problems);
        }
        return new IndexedInput(path, stamp, List.of(articles), inputProblems);
    }

    private static List<Problem> problems(String encoded, String path) {
        return encoded == null ? List.of() : ArticleColumns.decodeProblems(encoded, path);
    }

    private static int sharedPrefix(String a, String b) {
        int end = Math.min(a.length(), b.length());
        int i = 0;
        while (i < end && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Never split a surrogate pair: each part is encoded as UTF-8 text of its own.
        return i > 0 && Character.isHighSurrogate(b.charAt(i - 1)) ? i - 1 : i;
    }

    /**
     * The count plus one (0: none stored), then each target's number in the listing (0: not resolved, or
     * not in the library). Stored as numbers, not ids: {@code lede list} prints them as they are, and
     * nothing else reads them from the listing.
     */
    private void writeTargets(List<ArticleId> targets) {
        writeNumber(targets == null ? 0 : targets.size() + 1L);
        for (ArticleId target : targets == null ? List.<ArticleId>of() : targets) {
            writeNumber(target == null ? 0 : numbers.number(target));
        }
    }

    private void writeText(String text) {
        if (text == null) {
            writeNumber(0);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeNumber(utf8.length + 1L);
        out.write(utf8, 0, utf8.length);
    }

    /** Seven bits a byte, low bits first, the high bit set on every byte but the last (zigzag for signs). */
    private void writeNumber(long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7FL) != 0) {
            out.write((int) ((zigzag & 0x7F) | 0x80));
            zigzag >>>= 7;
        }
        out.write((int) zigzag);
    }

    /** Reads what {@link #writeNumber} and {@link #writeText} wrote, refusing to run past the end. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;
        /** The path read last, and its UTF-8 bytes while it is ASCII (then a char's place is its byte's). */
        private String path = "";

        private byte[] pathBytes = new byte[256];
        private boolean pathAscii = true;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        /**
         * The next front-coded path: the chars it shares with the one before, then the rest. Put together
         * as bytes into one string while the paths are ASCII (they mostly are), where the shared part's
         * substring, the rest and their concatenation made three strings, each path read twice in
         * {@code lede list} (docs/performance.md, "Where `lede list` goes").
         */
        String path() {
            int shared = count();
            if (shared > path.length()) {
                throw new IllegalArgumentException("not a headline listing");
            }
            if (!pathAscii) {
                path = path.substring(0, shared) + text();
                byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
                pathAscii = utf8.length == path.length();
                pathBytes = pathAscii && utf8.length > pathBytes.length ? utf8 : pathBytes;
                System.arraycopy(utf8, 0, pathBytes, 0, pathAscii ? utf8.length : 0);
                return path;
            }
            int length = count();
            if (length == 0) {
                throw new IllegalArgumentException("not a headline listing"); // a path is never missing
            }
            length--;
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("not a headline listing");
            }
            if (shared + length > pathBytes.length) {
                pathBytes = java.util.Arrays.copyOf(pathBytes, Math.max(2 * pathBytes.length, shared + length));
            }
            System.arraycopy(bytes, at, pathBytes, shared, length);
            at += length;
            path = new String(pathBytes, 0, shared + length, StandardCharsets.UTF_8);
            pathAscii = path.length() == shared + length;
            return path;
        }

        /** Skips a stored stamp (size, modification time, file key, when taken); null. */
        FileStamp skipStamp() {
            number();
            number();
            text(false);
            number();
            return null;
        }

        /** The length of an input's articles, which follows their count. */
        int articlesLength() {
            int length = count();
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("not a headline listing");
            }
            return length;
        }

        /** Skips an input's articles, {@code length} bytes. */
        void skip(int length) {
            at += length;
        }

        /**
         * The numbers of the stored targets, those that resolved to nothing (0) left out, none when none are
         * stored; null having skipped them when not {@code wanted}.
         */
        int[] relatedNumbers(boolean wanted) {
            int targetCount = count() - 1;
            int[] related = wanted ? new int[Math.max(0, targetCount)] : null;
            int found = 0;
            for (int i = 0; i < targetCount; i++) {
                int number = count();
                if (wanted && number > 0) {
                    related[found++] = number;
                }
            }
            return !wanted || found == related.length ? related : java.util.Arrays.copyOf(related, found);
        }

        long number() {
            long zigzag = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= bytes.length) {
                    throw new IllegalArgumentException("not a headline listing");
                }
                byte b = bytes[at++];
                zigzag |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return (zigzag >>> 1) ^ -(zigzag & 1);
                }
            }
            throw new IllegalArgumentException("not a headline listing");
        }

        int count() {
            long value = number();
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("not a headline listing");
            }
            return (int) value;
        }

        /** As {@link #text()}, or null having skipped it when not {@code wanted}. */
        String text(boolean wanted) {
            if (wanted) {
                return text();
            }
            int length = count();
            if (length > 0 && length - 1 > bytes.length - at) {
                throw new IllegalArgumentException("not a headline listing");
            }
            at += Math.max(0, length - 1);
            return null;
        }

        String text() {
            int length = count();
            if (length == 0) {
                return null;
            }
            length--;
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("not a headline listing");
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
