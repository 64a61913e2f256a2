package dev.lede.io;

import dev.lede.core.parse.Input;
import java.io.IOException;

/** Fetches an http(s) URL as an {@link Input}. Placeholder until the fetching helper lands its version. */
public final class UrlFetcher {

    public UrlFetcher(FetchOptions options) {
    }

    public Input fetch(String url) throws IOException {
        throw new IOException("URLs are not supported yet");
    }
}
