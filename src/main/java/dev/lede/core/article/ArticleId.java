package dev.lede.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short content hash: the same headline and body give the same id in every run. */
public record ArticleId(String value) {

    private static final int HEX_DIGITS = 12;

    public ArticleId {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty article id");
        }
    }

    /** The id of an article whose identifying content (headline, body) is {@code content}. */
    public static ArticleId forContent(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
