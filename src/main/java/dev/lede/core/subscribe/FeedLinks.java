package dev.lede.core.subscribe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The feed a web page names, by RSS Autodiscovery (the RSS Advisory Board's specification, which Atom and
 * JSON Feed follow): a {@code <link rel="alternate">} whose type is a feed's, its address against the
 * page's. For the page subscribed to in place of its feed.
 */
public final class FeedLinks {

    private static final String FEED_LINK = "link[rel~=(?i)(^|\\s)alternate(\\s|$)][href][type~=(?i)^application/"
            + "(rss\\+xml|atom\\+xml|rdf\\+xml|feed\\+json)$]";

    private FeedLinks() {}

    /** The first feed {@code page} names, as an absolute http(s) address; none when it names none. */
    public static Optional<String> first(byte[] page, String pageUrl) {
        try {
            // The charset as a browser finds it (BOM, <meta charset>, else UTF-8): the address may be non-ASCII.
            Element link = Jsoup.parse(new ByteArrayInputStream(page), null, pageUrl == null ? "" : pageUrl)
                    .selectFirst(FEED_LINK);
            return Optional.ofNullable(link)
                    .map(l -> l.absUrl("href"))
                    .filter(url -> Subscription.webHost(url).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // read from memory: cannot happen
        }
    }
}
