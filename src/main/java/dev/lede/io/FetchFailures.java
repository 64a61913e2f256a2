package dev.lede.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * What a failed fetch says: one line that starts with the URL, e.g. {@code http://example.org/feed: HTTP 404
 * Not Found}, {@code …: timed out after 10 s}, {@code …: larger than the 32 MiB limit (--max-size)} ({@link UrlFetcher}).
 */
public final class FetchFailures {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(304, "Not Modified"),
            Map.entry(300, "Multiple Choices"));

    private FetchFailures() {}

    /** {@code HTTP 404 Not Found}, or the number alone for a status without a known reason. */
    public static String statusLine(int status) {
        String reason = REASONS.get(status);
        return "HTTP " + status + (reason == null ? "" : " " + reason);
    }

    /** The one-line failure for what ended a fetch of {@code url} ({@code cause} and the causes under it). */
    static IOException of(String url, Throwable cause, FetchOptions options) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLarge) {
                return failure(url, tooLarge(options));
            }
            if (t instanceof HttpConnectTimeoutException) {
                return failure(url, "timed out after " + seconds(options.connectTimeout()));
            }
            if (t instanceof HttpTimeoutException) {
                return failure(url, "timed out after " + seconds(options.readTimeout()));
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return failure(url, "unknown host");
            }
            if (t instanceof ConnectException && !unresolved(t)) {
                return failure(url, "connection refused");
            }
            if (t instanceof SSLException) {
                return failure(url, "TLS failed: " + oneLine(String.valueOf(t.getMessage())));
            }
        }
        String message = cause == null ? null : cause.getMessage();
        return failure(
                url,
                message == null || message.isBlank()
                        ? (cause == null ? "failed" : cause.getClass().getSimpleName())
                        : oneLine(message));
    }

    /**
     * Whether a failure was a name that did not resolve: Java's HTTP client wraps that in a
     * {@link ConnectException}, which alone would read as a refused connection.
     */
    private static boolean unresolved(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static String tooLarge(FetchOptions options) {
        return "larger than the " + size(options.maxBytes()) + " limit (--max-size)";
    }

    static IOException failure(String url, String message) {
        return new IOException(oneLine(url) + ": " + message);
    }

    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis())
                        .movePointLeft(3)
                        .stripTrailingZeros()
                        .toPlainString() + " s";
    }

    static String size(long bytes) {
        long mib = 1024L * 1024;
        if (bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    /** Messages quote server text; keep them to one line without control characters. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
