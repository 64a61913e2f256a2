package dev.lede.core.parse;

import dev.lede.core.article.Source;

/**
 * Raw bytes of one input, as read by {@code io}. {@code contentType} is the HTTP Content-Type header
 * for fetched URLs (it may name a charset), else null.
 */
public record Input(Source source, byte[] bytes, String contentType) {

    public static Input of(Source source, byte[] bytes) {
        return new Input(source, bytes, null);
    }
}
