package dev.lede.core.library;

import java.util.Locale;
import java.util.Optional;

/**
 * The form two article addresses are compared in, so that one page linked in different ways is one key:
 * the scheme dropped (http and https), the host lower-cased without a leading {@code www.} or a default
 * port, the fragment and tracking parameters ({@code utm_*}) dropped, and a trailing slash ignored.
 * Every address an article is known by is keyed this way ({@link dev.lede.core.article.Article#addresses()}):
 * its canonical link and {@code og:url}, a feed item's link, each {@code URL:} line, and for a fetched
 * page the address asked for and where the redirects ended.
 */
final class UrlKey {

    private UrlKey() {}

    /** The key of {@code url}, or empty when it is no web address (blank, relative, another scheme). */
    static Optional<String> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        int colon = text.indexOf("://");
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String rest = text.substring(colon + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int pathStart = firstOf(rest, "/?");
        String host = (pathStart < 0 ? rest : rest.substring(0, pathStart)).toLowerCase(Locale.ROOT);
        String tail = pathStart < 0 ? "" : rest.substring(pathStart);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host; // user info says nothing about the page
        if (host.endsWith(":80") || host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int question = tail.indexOf('?');
        String path = question < 0 ? tail : tail.substring(0, question);
        String query = question < 0 ? "" : withoutTracking(tail.substring(question + 1));
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(host + path + (query.isEmpty() ? "" : "?" + query));
    }

    /** The query's parameters but those that only say where a reader came from. */
    private static String withoutTracking(String query) {
        StringBuilder kept = new StringBuilder();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty() || parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(parameter);
        }
        return kept.toString();
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
