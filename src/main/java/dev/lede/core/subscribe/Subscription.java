package dev.lede.core.subscribe;

import dev.lede.core.text.Sanitizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One feed a person subscribed to.
 *
 * @param url      the feed's http(s) address
 * @param name     what it is called, and the name of its folder in the library
 * @param tags     the words it can be fetched by ({@code lede fetch TAG})
 * @param fullText when its items' pages are fetched for the full text
 */
public record Subscription(String url, String name, List<String> tags, FullText fullText) {

    /** Starts the {@link #feedKey} of what is no web address, which no web address's key then equals. */
    private static final String NOT_WEB = "not-web:";

    public Subscription {
        tags = List.copyOf(tags);
    }

    /** Whether {@code word} names this subscription: its name, its URL (however written) or one of its tags. */
    public boolean matches(String word) {
        return name.equals(word) || feedKey(url).equals(feedKey(word)) || tags.contains(word);
    }

    public Subscription withUrl(String newUrl) {
        return new Subscription(newUrl, name, tags, fullText);
    }

    /** The host of an http(s) URL, lower case; empty when {@code text} is not one. */
    public static Optional<String> webHost(String text) {
        if (Sanitizer.firstRemovedFromLine(text.strip()) >= 0) {
            return Optional.empty(); // URI would take a bidi override in the path; lede prints the address as it is
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
            }
        } catch (URISyntaxException e) {
            // not a URL
        }
        return Optional.empty();
    }

    /**
     * The feed an address asks for, however it is written: host in lower case (not case-sensitive), no default
     * port, an empty path as {@code /}, no {@code #fragment} (never sent to the server), and no scheme: the same
     * host, port and path over http and https is one feed (sites that serve both serve the same document, and
     * most send http to https). Kept apart: another path's case, a trailing {@code /}, {@code www.} or another
     * query (a server may answer each differently). Two addresses with one key are one feed, subscribed to once.
     */
    public static String feedKey(String url) {
        try {
            URI uri = new URI(url.strip());
            if (webHost(url).isEmpty()) {
                return NOT_WEB + url.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return "web://"
                    + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + uri.getHost().toLowerCase(Locale.ROOT)
                    + (port == -1 || defaultPort ? "" : ":" + port)
                    + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return NOT_WEB + url.strip();
        }
    }

    /** A name for a feed that was given none: its host without {@code www.}. */
    public static String nameFor(String url) {
        String host = webHost(url).orElse("feed");
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * Whether {@code name} can be a folder name as it stands: not empty, no {@code /} or {@code \}, no
     * control character, not starting with a dot (hidden, or {@code ..}), at most 100 characters. Bidi controls
     * and the other characters no line of text keeps ({@link Sanitizer#removedFromLine}) count as controls: the
     * name is printed as it is by {@code subscriptions} and {@code fetch}, where U+202E would reverse the line.
     */
    public static boolean usableName(String name) {
        if (name.isBlank()
                || name.length() > 100
                || name.startsWith(".")
                || !name.strip().equals(name)) {
            return false;
        }
        return name.chars().noneMatch(c -> c == '/' || c == '\\' || Sanitizer.removedFromLine(c));
    }
}
