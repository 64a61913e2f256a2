package dev.lede.io;

import dev.lede.core.article.Source;
import dev.lede.core.article.WebUrl;
import dev.lede.core.parse.Input;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Fetches an http(s) URL into an {@link Input}: bounded time (connect and read timeouts), bounded size
 * (the body is streamed against a cap, also after gzip decoding), and at most a few redirects, which are
 * followed here so they can be counted. Failures are IOExceptions with a one-line message that starts
 * with the URL, e.g. {@code http://example.org/feed: HTTP 404 Not Found}.
 */
public final class UrlFetcher {

    static final String USER_AGENT = "lede/" + BuildInfo.version();
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final FetchOptions options;
    private final HttpClient client;

    public UrlFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Fetches {@code url}; the input's source is the URL as given, its content type the response header. */
    public Input fetch(String url) throws IOException {
        Answer answer = get(url, Map.of());
        if (answer.status() < 200 || answer.status() > 299) {
            throw FetchFailures.failure(url, FetchFailures.statusLine(answer.status()));
        }
        return answer.input();
    }

    /**
     * What the server answered at the end of its redirects, whatever the status.
     *
     * @param url       the address asked for
     * @param finalUrl  where the redirects ended (the address asked for, as a URI, when there were none)
     * @param status    the final status; the body is empty unless it is 2xx
     * @param movedTo   where every redirect on the way was permanent (301, 308), the address it ended at; else null
     * @param headers   the final response's headers
     * @param body      the body, gzip already decoded, within the size cap
     * @param fetchedAt when the answer came
     */
    public record Answer(
            String url,
            String finalUrl,
            int status,
            String movedTo,
            HttpHeaders headers,
            byte[] body,
            Instant fetchedAt) {

        /** The body as an input named by the URL asked for, located where the redirects ended, read when fetched. */
        public Input input() {
            return new Input(
                    Source.of(url), body, headers.firstValue("content-type").orElse(null), finalUrl, fetchedAt);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /**
     * Sends a GET with {@code extraHeaders} (validators for a conditional request, say) and follows
     * redirects; a failure to get any answer is an IOException whose message starts with the URL.
     */
    public Answer get(String url, Map<String, String> extraHeaders) throws IOException {
        URI current = webUri(url)
                .orElseThrow(
                        () -> FetchFailures.failure(url, WebUrl.problem(url).orElse("not an http or https URL")));
        boolean permanent = true;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = exchange(url, current, extraHeaders);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects >= options.maxRedirects()) {
                    throw FetchFailures.failure(url, "too many redirects");
                }
                String location = response.headers()
                        .firstValue("location")
                        .orElseThrow(() -> FetchFailures.failure(url, "HTTP " + status + " without a Location"));
                URI from = current;
                current = resolve(from, location)
                        .orElseThrow(() -> FetchFailures.failure(
                                url, "redirected to an unusable address " + FetchFailures.oneLine(location)));
                permanent &= status == 301 || status == 308;
                continue;
            }
            String movedTo = permanent && redirects > 0 ? current.toString() : null;
            byte[] body = status >= 200 && status <= 299 ? decodeBody(url, response) : new byte[0];
            return new Answer(url, current.toString(), status, movedTo, response.headers(), body, Instant.now());
        }
    }

    private HttpResponse<byte[]> exchange(String url, URI uri, Map<String, String> extraHeaders) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(options.readTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip");
        extraHeaders.forEach(builder::header);
        HttpRequest request = builder.build();
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            lastActivity.set(System.nanoTime());
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return new LimitedBody(options.maxBytes(), declared, lastActivity);
        });
        long readTimeout = options.readTimeout().toNanos();
        long deadline = System.nanoTime() + options.answerTimeout().toNanos();
        try {
            while (true) {
                long now = System.nanoTime();
                long left = readTimeout - (now - lastActivity.get());
                if (left <= 0) {
                    future.cancel(true);
                    throw FetchFailures.failure(url, "timed out after " + FetchFailures.seconds(options.readTimeout()));
                }
                if (deadline - now <= 0) {
                    future.cancel(true);
                    throw FetchFailures.failure(
                            url, "timed out: still answering after " + FetchFailures.seconds(options.answerTimeout()));
                }
                left = Math.min(left, deadline - now);
                try {
                    return future.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // Bytes may have arrived meanwhile: the loop measures idle time again.
                }
            }
        } catch (ExecutionException e) {
            throw FetchFailures.of(url, e.getCause(), options);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(url + ": interrupted");
        }
    }

    private byte[] decodeBody(String url, HttpResponse<byte[]> response) throws IOException {
        String encoding = response.headers()
                .firstValue("content-encoding")
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "identity", "" -> {
                return response.body();
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                    return readCapped(in);
                } catch (LimitedBody.TooLarge e) {
                    throw FetchFailures.failure(url, FetchFailures.tooLarge(options));
                } catch (IOException e) {
                    throw FetchFailures.failure(url, "damaged gzip data");
                }
            }
            default ->
                throw FetchFailures.failure(url, "unsupported Content-Encoding " + FetchFailures.oneLine(encoding));
        }
    }

    /** Reads a decoded stream, failing once it passes the size cap (a small gzip can hide a huge body). */
    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > options.maxBytes()) {
                throw new LimitedBody.TooLarge();
            }
        }
        return out.toByteArray();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Optional<URI> webUri(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return webUri(base.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
