package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LibraryEntry}'s rarely drawn parts in one byte array: the source's name and item, the lede, the
 * number of related headlines, then each headline and url, then the related headlines' targets (or -1 when
 * none are known). Decoded when asked for; see LibraryEntry for why they are packed.
 */
final class EntryPacking {

    private EntryPacking() {}

    static Source source(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        String name = readString(in);
        return new Source(name, in.getInt());
    }

    static String lede(byte[] packed) {
        return readString(afterSource(packed));
    }

    static List<RelatedHeadline> related(byte[] packed) {
        ByteBuffer in = afterRelatedCount(packed);
        int count = in.getInt(in.position() - 4);
        List<RelatedHeadline> related = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            related.add(new RelatedHeadline(readString(in), readString(in)));
        }
        return List.copyOf(related);
    }

    /** The related headlines' targets (null elements for none), or null when none are known. */
    static List<ArticleId> targets(byte[] packed) {
        ByteBuffer in = afterRelatedCount(packed);
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

    private static ByteBuffer afterRelatedCount(byte[] packed) {
        ByteBuffer in = afterSource(packed);
        skipString(in); // the lede
        in.getInt();
        return in;
    }

    private static ByteBuffer afterSource(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        skipString(in);
        in.getInt(); // the item
        return in;
    }

    static byte[] pack(Source source, String lede, List<RelatedHeadline> related, List<ArticleId> targets) {
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
}
