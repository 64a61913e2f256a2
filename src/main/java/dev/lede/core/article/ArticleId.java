package dev.lede.core.article;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A short content hash: the same headline and body give the same id in every run. */
public record ArticleId(String value) {

    private static final int HEX_DIGITS = 12;
    private static final String HEX = "0123456789abcdef";

    public ArticleId {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty article id");
        }
    }

    /** The id of an article whose identifying content (headline, body) is {@code content}. */
    public static ArticleId forContent(String content) {
        return hexPrefix(Sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * As {@link #forContent(String)} of {@code parts} joined, hashed a part at a time: the joined text and
     * its copies were a third of what a first run's parse threads allocated (docs/performance.md, "Where a first run
     * goes"). Each part is encoded by the JDK: encoding char by char here made hashing slower at C1.
     */
    public static ArticleId forContent(List<String> parts) {
        if (splitsAPair(parts)) {
            return forContent(String.join("", parts)); // a pair's halves apart would each encode as '?'
        }
        Sha256 hash = new Sha256();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            hash.update(bytes, 0, bytes.length);
        }
        return hexPrefix(hash.digest());
    }

    /** Whether a surrogate pair begins at the end of one part and ends at the start of the next. */
    private static boolean splitsAPair(List<String> parts) {
        for (int i = 0; i + 1 < parts.size(); i++) {
            String part = parts.get(i);
            String next = parts.get(i + 1);
            if (!part.isEmpty()
                    && Character.isHighSurrogate(part.charAt(part.length() - 1))
                    && (next.isEmpty() || Character.isLowSurrogate(next.charAt(0)))) {
                return true; // an empty part between: the joined text decides, so join it
            }
        }
        return false;
    }

    private static ArticleId hexPrefix(byte[] digest) {
        char[] hex = new char[HEX_DIGITS];
        for (int i = 0; i < HEX_DIGITS; i++) {
            int octet = digest[i / 2] & 0xff;
            hex[i] = HEX.charAt(i % 2 == 0 ? octet >>> 4 : octet & 0xf);
        }
        return new ArticleId(new String(hex));
    }

    // Written out: a record's generated equals and hashCode bootstrap method handles on first use: +70 ms CPU in a
    // cold Java 17 JVM (C1, serial GC; A/B of the two forms, 8 interleaved runs, lambdas already in use), about a
    // tenth of the reader's first frame (reading state is matched by id before it).
    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
