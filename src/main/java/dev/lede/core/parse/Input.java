package dev.lede.core.parse;

import dev.lede.core.article.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw bytes of one input, as read by {@code io}. {@code contentType} is the HTTP Content-Type header
 * for fetched URLs (it may name a charset), else null; {@code location} is where a fetched URL's
 * redirects ended (the URL itself when there were none), else null; {@code readAt} is when {@code io} read the bytes
 * (a file's read, not its modification time; a URL's fetch), which bounds the dates the parsers accept
 * ({@link PlausibleDates}), or null when not known (tests, probes): then no date is too late.
 */
public record Input(Source source, byte[] bytes, String contentType, String location, Instant readAt) {

    public Input(Source source, byte[] bytes, String contentType) {
        this(source, bytes, contentType, null, null);
    }

    public Input(Source source, byte[] bytes, String contentType, String location) {
        this(source, bytes, contentType, location, null);
    }

    public static Input of(Source source, byte[] bytes) {
        return new Input(source, bytes, null, null, null);
    }

    /** This input, read at {@code instant}. */
    public Input readAt(Instant instant) {
        return new Input(source, bytes, contentType, location, instant);
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
