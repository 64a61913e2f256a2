package dev.lede.core.parse;

import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw bytes of one input, as read by {@code io}. {@code contentType} is the HTTP Content-Type header
 * for fetched URLs (it may name a charset), else null; {@code location} is where a fetched URL's
 * redirects ended (the URL itself when there were none), else null.
 */
public record Input(Source source, byte[] bytes, String contentType, String location) {

    public Input(Source source, byte[] bytes, String contentType) {
        this(source, bytes, contentType, null);
    }

    public static Input of(Source source, byte[] bytes) {
        return new Input(source, bytes, null, null);
    }

    /** True when the input was fetched from an http(s) address (its source names it). */
    public boolean isFetched() {
        String name = source.name();
        return name.startsWith("http://") || name.startsWith("https://");
    }

    /**
     * The addresses a single article read from this input is known by as well as its own: the URL asked
     * for and where its redirects ended; none for a file or stdin.
     */
    public List<String> fetchedAddresses() {
        List<String> addresses = new ArrayList<>(2);
        if (isFetched()) {
            addresses.add(source.name());
        }
        if (location != null && !addresses.contains(location)) {
            addresses.add(location);
        }
        return List.copyOf(addresses);
    }

    /** What relative links resolve against: where the redirects ended, else the URL asked for; "" for a file. */
    public String baseUrl() {
        return location != null ? location : isFetched() ? source.name() : "";
    }
}
