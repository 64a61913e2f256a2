// Over 250 lines: an entry and its packed form (lede, related headlines and targets in one UTF-8 array), written and
// read together.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the library keeps in memory per article: enough to draw the list and resolve related
 * headlines. The full body is read again through an {@link ArticleStore} when the article is opened.
 *
 * <p>A value class with the accessors a record would have. The source, the lede and the related
 * headlines, which the list draws rarely or never, are held as one UTF-8 array and decoded when asked
 * for: with 100,000 articles they were most of the heap as strings and records (curly quotes make a
 * Java string two bytes a char, and every object adds its own header). An entry listed from the library
 * index holds not even those: it reads them from its {@link EntryDetails} when asked.
 */
public final class LibraryEntry {

    private final int position;
    private final ArticleId id;
    private final Format format;
    private final String headline;
    private final String published;
    /**
     * The source's name and item, the lede, the number of related headlines, then each headline and url,
     * then the related headlines' targets (or none known); see {@link #pack}.
     */
    private final byte[] packed;
    /** Where the lede and related headlines are kept instead of {@link #packed}; null when packed. */
    private final EntryDetails details;

    private final long row;

    /**
     * @param position the article's place in load order, 0-based (file order)
     * @param targets for each related headline, the id it resolved to in this library (null for none);
     *                null when the library's matcher resolves them
     */
    public LibraryEntry(
            int position,
            ArticleId id,
            Source source,
            Format format,
            String headline,
            String lede,
            String published,
            List<RelatedHeadline> related,
            List<ArticleId> targets) {
        this(
                position,
                id,
                format,
                headline,
                published,
                pack(Objects.requireNonNull(source, "source"), lede, List.copyOf(related), targets),
                null,
                -1);
    }

    private LibraryEntry(
            int position,
            ArticleId id,
            Format format,
            String headline,
            String published,
            byte[] packed,
            EntryDetails details,
            long row) {
        this.position = position;
        this.id = id;
        this.format = format;
        this.headline = headline;
        this.published = published;
        this.packed = packed;
        this.details = details;
        this.row = row;
    }

    /** An entry whose lede, related headlines and their targets are read from {@code details} at {@code row}. */
    public static LibraryEntry keptApart(
            int position,
            ArticleId id,
            Source source,
            Format format,
            String headline,
            String published,
            EntryDetails details,
            long row) {
        return new LibraryEntry(
                position,
                id,
                format,
                headline,
                published,
                pack(Objects.requireNonNull(source, "source"), null, List.of(), null),
                Objects.requireNonNull(details),
                row);
    }

    public int position() {
        return position;
    }

    public ArticleId id() {
        return id;
    }

    public Source source() {
        ByteBuffer in = ByteBuffer.wrap(packed);
        String name = readString(in);
        return new Source(name, in.getInt());
    }

    public Format format() {
        return format;
    }

    public String headline() {
        return headline;
    }

    /** The lede, cut short; null when the library was built {@linkplain LibraryBuilder#forPrinting() for printing}. */
    public String lede() {
        return details != null ? details.of(row).lede() : readString(afterSource());
    }

    public String published() {
        return published;
    }

    public List<RelatedHeadline> related() {
        if (details != null) {
            return details.of(row).related();
        }
        ByteBuffer in = afterRelatedCount();
        int count = in.getInt(in.position() - 4);
        List<RelatedHeadline> related = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            related.add(new RelatedHeadline(readString(in), readString(in)));
        }
        return List.copyOf(related);
    }

    /**
     * The article {@code related} (by its text), one of this entry's related headlines, resolved to when the library was
     * resolved ahead (in an earlier run); empty when it resolved to nothing, is not one of them, or no
     * resolution is stored.
     */
    Optional<ArticleId> storedTarget(RelatedHeadline related) {
        List<RelatedHeadline> all;
        List<ArticleId> targets;
        if (details != null) {
            EntryDetails.Details kept = details.of(row);
            all = kept.related();
            targets = kept.targets();
        } else {
            all = related();
            targets = packedTargets();
        }
        if (targets == null) {
            return Optional.empty();
        }
        // By text, as the matcher resolves: a view may know the headline only.
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).headline().equals(related.headline())) {
                return Optional.ofNullable(targets.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The stored targets of every related headline, in order (null elements for none), when the library
     * was resolved ahead; else null.
     */
    List<ArticleId> storedTargets() {
        return details == null ? packedTargets() : details.of(row).targets();
    }

    /** The index row this entry's details are kept at (meaningful when {@link #details} is not null). */
    long row() {
        return row;
    }

    /** Where this entry's details are kept, or null when they are packed in the entry. */
    EntryDetails details() {
        return details;
    }

    private List<ArticleId> packedTargets() {
        ByteBuffer in = afterRelatedCount();
        int count = in.getInt(in.position() - 4);
        for (int i = 0; i < 2 * count; i++) {
            skipString(in);
        }
        if (in.getInt() < 0) {
            return null;
        }
        List<ArticleId> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String target = readString(in);
            targets.add(target == null ? null : new ArticleId(target));
        }
        return targets;
    }

    private ByteBuffer afterRelatedCount() {
        ByteBuffer in = afterSource();
        skipString(in); // the lede
        in.getInt();
        return in;
    }

    private ByteBuffer afterSource() {
        ByteBuffer in = ByteBuffer.wrap(packed);
        skipString(in);
        in.getInt(); // the item
        return in;
    }

    private static byte[] pack(Source source, String lede, List<RelatedHeadline> related, List<ArticleId> targets) {
        if (targets != null && targets.size() != related.size()) {
            throw new IllegalArgumentException("one target per related headline");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                64 + source.name().length() + (lede == null ? 0 : lede.length()) + 96 * related.size());
        writeString(out, source.name());
        writeInt(out, source.item());
        writeString(out, lede);
        writeInt(out, related.size());
        for (RelatedHeadline headline : related) {
            writeString(out, headline.headline());
            writeString(out, headline.url());
        }
        writeInt(out, targets == null ? -1 : targets.size());
        for (int i = 0; targets != null && i < targets.size(); i++) {
            writeString(out, targets.get(i) == null ? null : targets.get(i).value());
        }
        return out.toByteArray();
    }

    /**
     * A string as its length and bytes: UTF-8 (length n), null (-1), or UTF-16 (-2 - n) for the rare
     * string with a lone surrogate, which UTF-8 cannot carry.
     */
    private static void writeString(ByteArrayOutputStream out, String text) {
        if (text == null) {
            writeInt(out, -1);
            return;
        }
        if (hasLoneSurrogate(text)) {
            writeInt(out, -2 - 2 * text.length());
            for (int i = 0; i < text.length(); i++) {
                out.write(text.charAt(i) >>> 8); // char by char: Java's UTF-16 encoder would replace it
                out.write(text.charAt(i));
            }
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void skipString(ByteBuffer in) {
        int length = in.getInt();
        in.position(in.position() + (length >= 0 ? length : length == -1 ? 0 : -2 - length));
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < -1) {
            char[] chars = new char[(-2 - length) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = in.getChar();
            }
            return new String(chars);
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibraryEntry that
                && position == that.position
                && Objects.equals(id, that.id)
                && format == that.format
                && Objects.equals(headline, that.headline)
                && Objects.equals(published, that.published)
                && java.util.Arrays.equals(packed, that.packed)
                && details == that.details
                && row == that.row;
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, id, format, headline, published, java.util.Arrays.hashCode(packed), row);
    }

    @Override
    public String toString() {
        return "LibraryEntry[position=" + position + ", id=" + id + ", source=" + source() + ", format=" + format
                + ", headline=" + headline + ", lede=" + lede() + ", published=" + published + ", related=" + related()
                + "]";
    }
}
