package dev.lede.core.parse.feed;

import java.util.List;

/**
 * One item of any feed format, as read from the feed and before it becomes an article.
 *
 * @param title     the item's title as plain text, or null
 * @param link      the item's link, resolved to absolute when a base was known, or null
 * @param author    the author name(s), or null
 * @param dates     the raw date texts the item gave, most trusted first (published before updated)
 * @param content   the body (content preferred over summary), or null
 * @param isHtml    whether {@code content} is HTML (else plain text)
 * @param baseUri   what relative links inside {@code content} resolve against, or ""
 * @param guid      the item's own identifier (RSS guid, Atom id, JSON Feed id) as given, or null
 * @param addresses the item's other addresses beside {@code link}, resolved: a permalink RSS guid, every Atom
 *                  alternate link, a JSON Feed item's {@code url}, {@code external_url} and web-URL {@code id}
 */
record FeedEntry(
        String title,
        String link,
        String author,
        List<String> dates,
        String content,
        boolean isHtml,
        String baseUri,
        String guid,
        List<String> addresses) {

    FeedEntry {
        dates = List.copyOf(dates);
        addresses = List.copyOf(addresses);
    }
}
