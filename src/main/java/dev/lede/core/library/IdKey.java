package dev.lede.core.library;

import dev.lede.core.article.ArticleId;

/**
 * An article id as a 64-bit number when it is lede's own kind (lower-case hex, {@link ArticleId#forContent}
 * gives twelve digits): its hex value under a leading 1 bit, so that "0a" and "a" stay apart and no key is
 * 0. A library of 100,000 articles held each id as a record around a string around an array — 72 bytes
 * an article and three objects, where the key is a field of 8. Other ids (an {@code Id:} header of the
 * user's choosing) have no key and are kept as they are.
 */
public final class IdKey {

    /** Ids of up to this many hex digits fit under the leading bit. */
    private static final int MAX_HEX_DIGITS = 15;

    /** The key of an id that has none. */
    public static final long NONE = -1;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private IdKey() {}

    public static long of(ArticleId id) {
        return of(id.value());
    }

    /** The key of the id spelled {@code id}, or {@link #NONE}. */
    public static long of(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_HEX_DIGITS) {
            return NONE;
        }
        long key = 1;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return NONE;
            }
            key = key << 4 | digit;
        }
        return key;
    }

    /**
     * The key of the id whose UTF-8 spelling is {@code length} bytes of {@code utf8} from {@code from}, as
     * {@link #of(String)} gives it, without making the string first: the stored listing's related targets
     * are numbered straight from its bytes (docs/performance.md, "Where `lede list` goes").
     */
    public static long of(byte[] utf8, int from, int length) {
        if (length == 0 || length > MAX_HEX_DIGITS) {
            return NONE;
        }
        long key = 1;
        for (int i = from; i < from + length; i++) {
            byte c = utf8[i];
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return NONE;
            }
            key = key << 4 | digit;
        }
        return key;
    }

    /** The id whose key is {@code key} (not {@link #NONE}). */
    public static ArticleId id(long key) {
        int digits = (63 - Long.numberOfLeadingZeros(key)) / 4;
        char[] hex = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            hex[i] = HEX[(int) (key & 0xf)];
            key >>>= 4;
        }
        return new ArticleId(new String(hex));
    }

    /** A well-spread slot for {@code key} in a table of {@code mask + 1} slots (a power of two). */
    public static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
