package dev.lede.ui;

import java.net.URI;
import java.util.List;

/** How the status line names the URLs being fetched: by host, the first one and how many more. */
public final class Fetching {

    private Fetching() {}

    /** {@code example.org}, or {@code example.org and 2 more}. */
    public static String describe(List<String> urls) {
        if (urls.isEmpty()) {
            return "";
        }
        String first = host(urls.get(0));
        return urls.size() == 1 ? first : first + " and " + (urls.size() - 1) + " more";
    }

    /** The URL's host and port, or the URL itself when it has none. */
    static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() != null) {
                return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            }
        } catch (java.net.URISyntaxException e) {
            // named as given
        }
        return url;
    }
}
