package dev.lede.io.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on a loopback address for fetch tests, logging each request it gets. */
public final class FeedServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(
            String path, String ifNoneMatch, String ifModifiedSince, String userAgent, String acceptEncoding) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "feed-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FeedServer() {
        this("127.0.0.1");
    }

    public FeedServer(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code path} with {@code handler}, logging every request. */
    public FeedServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(
                    exchange.getRequestURI().getPath(),
                    headers.getFirst("If-None-Match"),
                    headers.getFirst("If-Modified-Since"),
                    headers.getFirst("User-Agent"),
                    headers.getFirst("Accept-Encoding")));
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An RSS 2.0 feed titled {@code title} with these items, each {@code {guid, title, link, date, html}}. */
    public static String rss(String title, List<String[]> items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title)
                .append("</title>\n");
        for (String[] item : items) {
            out.append("<item><guid>")
                    .append(item[0])
                    .append("</guid><title>")
                    .append(item[1])
                    .append("</title><link>")
                    .append(item[2])
                    .append("</link><pubDate>")
                    .append(item[3])
                    .append("</pubDate><description><![CDATA[")
                    .append(item[4])
                    .append("]]></description></item>\n");
        }
        return out.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
