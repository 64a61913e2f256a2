package dev.lede.io;

import java.time.Duration;

/**
 * Limits for fetching a URL.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the response headers, and then for each further piece of body
 * @param maxBytes       the largest body accepted (after gzip decoding)
 * @param maxRedirects   how many redirects are followed before giving up
 * @param answerTimeout  how long one answer may take in all, however steadily its bytes come: a server that
 *                       sends a byte a second is never silent, and would hold a fetch (and its lock) for ever
 */
public record FetchOptions(
        Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, Duration answerTimeout) {

    /** The same cap as for files (32 MiB). */
    public static final long DEFAULT_MAX_BYTES = LoadOptions.DEFAULT_MAX_SIZE;

    public FetchOptions {
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || readTimeout.isNegative()
                || readTimeout.isZero()
                || answerTimeout.isNegative()
                || answerTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    public FetchOptions(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects) {
        this(connectTimeout, readTimeout, maxBytes, maxRedirects, DEFAULT_ANSWER_TIMEOUT);
    }

    /** Time for a large feed on a slow line (8 MiB at 70 KiB/s), not for a trickle that never ends. */
    public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofSeconds(120);

    /** 10 s to connect, 20 s to read, 120 s for a whole answer, 32 MiB, 5 redirects. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(20), DEFAULT_MAX_BYTES, 5);
    }

    public FetchOptions withConnectTimeout(Duration timeout) {
        return new FetchOptions(timeout, readTimeout, maxBytes, maxRedirects, answerTimeout);
    }

    public FetchOptions withReadTimeout(Duration timeout) {
        return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, answerTimeout);
    }

    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(connectTimeout, readTimeout, bytes, maxRedirects, answerTimeout);
    }

    public FetchOptions withMaxRedirects(int redirects) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, redirects, answerTimeout);
    }

    public FetchOptions withAnswerTimeout(Duration timeout) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, timeout);
    }
}
