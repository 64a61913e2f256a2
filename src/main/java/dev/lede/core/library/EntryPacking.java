// Over 300 lines: an entry's packed layout, written and read in one place so that the two cannot drift apart.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LibraryEntry}'s text in one byte array: the headline, the publication date, the source's
 * folder (a number, {@link SourceFolders}) and the rest of its name, its item, the lede, the number of related headlines, then each headline and url, then the related
 * headlines' targets (or none known). Decoded when asked for; see LibraryEntry for why they are packed.
 *
 * <p>Numbers are variable-length (seven bits a byte); a text is a number then its bytes: 0 for none,
 * {@code 2n + 1} for n bytes of UTF-8, {@code 2n + 2} for n chars of UTF-16 (the rare text with a lone
 * surrogate, which UTF-8 cannot carry). A typical entry's lengths take a byte each.
 */
final class EntryPacking {

    private EntryPacking() {}

    static String headline(byte[] packed, int at) {
        return new Reader(packed, at).text();
    }

    static String published(byte[] packed, int at) {
        Reader in = new Reader(packed, at);
        in.skipText();
        return in.text();
    }

    /** How many bytes the entry packed at {@code at} takes. */
    static int length(byte[] packed, int at) {
        Reader in = afterSource(packed, at);
        in.skipText(); // the lede
        int count = in.number();
        for (int i = 0; i < 2 * count; i++) {
            in.skipText();
        }
        if (in.number() != 0) {
            for (int i = 0; i < count; i++) {
                in.skipText();
            }
        }
        return in.at - at;
    }

    /**
     * The two dates in text order, a missing one after any other. UTF-8 bytes sort as code points, as the
     * strings do unless they hold characters beyond the Basic Multilingual Plane (a date lede writes is
     * ASCII); a date held as UTF-16 is decoded to compare.
     */
    static int comparePublished(byte[] a, int atA, byte[] b, int atB) {
        Reader ra = new Reader(a, atA);
        ra.skipText();
        Reader rb = new Reader(b, atB);
        rb.skipText();
        int tagA = ra.number();
        int tagB = rb.number();
        if (tagA == 0 || tagB == 0) {
            return tagA == 0 ? (tagB == 0 ? 0 : 1) : -1;
        }
        if ((tagA & 1) == 0 || (tagB & 1) == 0) {
            return published(a, atA).compareTo(published(b, atB));
        }
        return java.util.Arrays.compareUnsigned(a, ra.at, ra.at + (tagA - 1) / 2, b, rb.at, rb.at + (tagB - 1) / 2);
    }

    /** {@link #comparePublished(byte[], int, byte[], int)}'s order over two dates as strings. */
    static int comparePublished(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (hasLoneSurrogate(a) || hasLoneSurrogate(b)) {
            return a.compareTo(b); // as held in UTF-16, decoded to compare
        }
        for (int i = 0; i < a.length() && i < b.length(); ) {
            int codeA = a.codePointAt(i);
            int codeB = b.codePointAt(i);
            if (codeA != codeB) {
                return Integer.compare(codeA, codeB); // UTF-8's byte order is code point order
            }
            i += Character.charCount(codeA);
        }
        return Integer.compare(a.length(), b.length());
    }

    static Source source(byte[] packed, int at, SourceFolders folders) {
        Reader in = afterPublished(packed, at);
        int folder = in.number();
        String rest = in.text();
        return new Source(folder == 0 ? rest : folders.folder(folder) + rest, in.number());
    }

    static String lede(byte[] packed, int at) {
        return afterSource(packed, at).text();
    }

    static List<RelatedHeadline> related(byte[] packed, int at) {
        Reader in = afterSource(packed, at);
        in.skipText(); // the lede
        int count = in.number();
        List<RelatedHeadline> related = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            related.add(new RelatedHeadline(in.text(), in.text()));
        }
        return List.copyOf(related);
    }

    /** The related headlines' targets (null elements for none), or null when none are known. */
    static List<ArticleId> targets(byte[] packed, int at) {
        Reader in = afterSource(packed, at);
        in.skipText(); // the lede
        int count = in.number();
        for (int i = 0; i < 2 * count; i++) {
            in.skipText();
        }
        int known = in.number();
        if (known == 0) {
            return null;
        }
        List<ArticleId> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String target = in.text();
            targets.add(target == null ? null : new ArticleId(target));
        }
        return targets;
    }

    private static Reader afterPublished(byte[] packed, int at) {
        Reader in = new Reader(packed, at);
        in.skipText();
        in.skipText();
        return in;
    }

    private static Reader afterSource(byte[] packed, int at) {
        Reader in = afterPublished(packed, at);
        in.number(); // the folder
        in.skipText();
        in.number(); // the item
        return in;
    }

    /** An entry's bytes on their own ({@link Packer#pack}), for an entry made outside a table. */
    static byte[] pack(
            String headline,
            String published,
            int folder,
            Source source,
            String lede,
            List<RelatedHeadline> related,
            List<ArticleId> targets) {
        Packer packer = new Packer();
        packer.pack(headline, published, folder, source, lede, related, targets);
        return java.util.Arrays.copyOf(packer.bytes(), packer.length());
    }

    /**
     * Packs entries one after another into one buffer it reuses, for the table that copies each into its
     * pages: a {@code ByteArrayOutputStream}, its copy and each text's UTF-8 array made per entry were
     * about 300 bytes of the 1 KB the reader's preview allocated per input, two young collections of an
     * 8 MiB young generation on 10,000 articles (docs/performance.md, "Between the first frame and "library complete"
     * (P0)"). Confined to the table's appending thread.
     */
    static final class Packer {
        private byte[] bytes = new byte[256];
        private int length;

        /** The bytes of the entry packed last: {@link #length()} of them, until the next {@link #pack}. */
        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        /** Packs an entry in place of the one before; {@code folder} numbers the source's folder (0: none). */
        void pack(
                String headline,
                String published,
                int folder,
                Source source,
                String lede,
                List<RelatedHeadline> related,
                List<ArticleId> targets) {
            if (targets != null && targets.size() != related.size()) {
                throw new IllegalArgumentException("one target per related headline");
            }
            length = 0;
            writeText(headline, 0);
            writeText(published, 0);
            writeNumber(folder);
            String name = source.name();
            writeText(name, folder == 0 ? 0 : SourceFolders.restFrom(name));
            writeNumber(source.item());
            writeText(lede, 0);
            writeNumber(related.size());
            for (int i = 0; i < related.size(); i++) { // no iterator: entries kept apart have none here
                writeText(related.get(i).headline(), 0);
                writeText(related.get(i).url(), 0);
            }
            writeNumber(targets == null ? 0 : 1);
            for (int i = 0; targets != null && i < targets.size(); i++) {
                writeText(targets.get(i) == null ? null : targets.get(i).value(), 0);
            }
        }

        /** {@code text} from the char at {@code from}: ASCII byte by byte, as it mostly is; else encoded. */
        private void writeText(String text, int from) {
            if (text == null) {
                writeNumber(0);
                return;
            }
            int end = text.length();
            int ascii = from;
            while (ascii < end && text.charAt(ascii) < 0x80) {
                ascii++;
            }
            if (ascii == end) {
                writeNumber(2 * (end - from) + 1);
                room(end - from);
                for (int i = from; i < end; i++) {
                    bytes[length++] = (byte) text.charAt(i);
                }
                return;
            }
            String part = text.substring(from);
            if (hasLoneSurrogate(part)) {
                writeNumber(2 * part.length() + 2);
                room(2 * part.length());
                for (int i = 0; i < part.length(); i++) {
                    bytes[length++] = (byte) (part.charAt(i) >>> 8); // char by char: UTF-8 cannot carry it
                    bytes[length++] = (byte) part.charAt(i);
                }
                return;
            }
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            writeNumber(2 * utf8.length + 1);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        /** Seven bits a byte, low bits first, the high bit set on every byte but the last; never negative. */
        private void writeNumber(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative: " + value);
            }
            room(5);
            while ((value & ~0x7F) != 0) {
                bytes[length++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[length++] = (byte) value;
        }

        private void room(int more) {
            if (bytes.length - length < more) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }
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

    /** Reads what the writers above wrote, from the start of one entry's bytes. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int number() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        void skipText() {
            int tag = number();
            at += tag == 0 ? 0 : (tag & 1) == 1 ? (tag - 1) / 2 : tag - 2;
        }

        String text() {
            int tag = number();
            if (tag == 0) {
                return null;
            }
            if ((tag & 1) == 0) {
                char[] chars = new char[(tag - 2) / 2];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) ((bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff);
                    at += 2;
                }
                return new String(chars);
            }
            int length = (tag - 1) / 2;
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
