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

/**
 * What the library keeps in memory per article: enough to draw the list and resolve related
 * headlines. The full body is read again through an {@link ArticleStore} when the article is opened.
 *
 * <p>A value class with the accessors a record would have. The source, the lede and the related
 * headlines, which the list draws rarely or never, are held as one UTF-8 array and decoded when asked
 * for: with 100,000 articles they were most of the heap as strings and records (curly quotes make a
 * Java string two bytes a char, and every object adds its own header).
 */
public final class LibraryEntry {

    private final int position;
    private final ArticleId id;
    private final Format format;
    private final String headline;
    private final String published;
    /** The source's name and item, the lede, the number of related headlines, then each headline and url; see {@link #pack}. */
    private final byte[] packed;

    /**
     * @param position the article's place in load order, 0-based (file order)
     */
    public LibraryEntry(int position, ArticleId id, Source source, Format format, String headline, String lede,
            String published, List<RelatedHeadline> related) {
        this.position = position;
        this.id = id;
        this.format = format;
        this.headline = headline;
        this.published = published;
        this.packed = pack(Objects.requireNonNull(source, "source"), lede, List.copyOf(related));
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
        return readString(afterSource());
    }

    public String published() {
        return published;
    }

    public List<RelatedHeadline> related() {
        ByteBuffer in = afterSource();
        skipString(in); // the lede
        int count = in.getInt();
        List<RelatedHeadline> related = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            related.add(new RelatedHeadline(readString(in), readString(in)));
        }
        return List.copyOf(related);
    }

    private ByteBuffer afterSource() {
        ByteBuffer in = ByteBuffer.wrap(packed);
        skipString(in);
        in.getInt(); // the item
        return in;
    }

    private static byte[] pack(Source source, String lede, List<RelatedHeadline> related) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                64 + source.name().length() + (lede == null ? 0 : lede.length()) + 80 * related.size());
        writeString(out, source.name());
        writeInt(out, source.item());
        writeString(out, lede);
        writeInt(out, related.size());
        for (RelatedHeadline headline : related) {
            writeString(out, headline.headline());
            writeString(out, headline.url());
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
        return other instanceof LibraryEntry that && position == that.position && Objects.equals(id, that.id)
                && format == that.format && Objects.equals(headline, that.headline)
                && Objects.equals(published, that.published) && java.util.Arrays.equals(packed, that.packed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, id, format, headline, published, java.util.Arrays.hashCode(packed));
    }

    @Override
    public String toString() {
        return "LibraryEntry[position=" + position + ", id=" + id + ", source=" + source() + ", format=" + format
                + ", headline=" + headline + ", lede=" + lede() + ", published=" + published + ", related=" + related() + "]";
    }
}
