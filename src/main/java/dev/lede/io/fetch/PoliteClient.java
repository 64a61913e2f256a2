package dev.lede.io.fetch;

import dev.lede.core.subscribe.Subscription;
import dev.lede.io.FetchOptions;
import dev.lede.io.UrlFetcher;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * HTTP with a fetch's manners: at most {@link #IN_FLIGHT} requests at once, and at most {@link #PER_HOST}
 * to one host, whatever the number of threads asking.
 */
final class PoliteClient {

    static final int IN_FLIGHT = 8;
    static final int PER_HOST = 2;

    private final UrlFetcher fetcher;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT, true);
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    PoliteClient(FetchOptions options) {
        this.fetcher = new UrlFetcher(options);
    }

    /**
     * A kept-alive connection the server has closed meanwhile fails before any byte of the answer; the GET
     * is then sent once more, on a fresh connection (GET is safe to repeat).
     */
    private UrlFetcher.Answer getRetryingStale(String url, Map<String, String> headers) throws IOException {
        try {
            return fetcher.get(url, headers);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.endsWith("received no bytes") || message.endsWith("Connection reset")) {
                return fetcher.get(url, headers);
            }
            throw e;
        }
    }

    /** A GET of {@code url} once a place is free for its host and overall. */
    UrlFetcher.Answer get(String url, Map<String, String> headers) throws IOException {
        Semaphore host =
                hosts.computeIfAbsent(Subscription.webHost(url).orElse(""), h -> new Semaphore(PER_HOST, true));
        try {
            host.acquire();
            try {
                inFlight.acquire();
                try {
                    return getRetryingStale(url, headers);
                } finally {
                    inFlight.release();
                }
            } finally {
                host.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(url + ": interrupted");
        }
    }
}
