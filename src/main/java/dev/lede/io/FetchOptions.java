package dev.lede.io;

import java.time.Duration;

/** Limits for fetching a URL: time allowed and the largest body accepted. (Minimal first version.) */
public record FetchOptions(Duration timeout, long maxSize) {

    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(20), LoadOptions.DEFAULT_MAX_SIZE);
    }
}
