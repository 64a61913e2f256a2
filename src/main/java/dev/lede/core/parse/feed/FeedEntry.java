package dev.lede.core.parse.feed;

/**
 * One item of any feed format, as read from the feed and before it becomes an article.
 *
 * @param title     the item's title as plain text, or null
 * @param link      the item's link, resolved to absolute when a base was known, or null
 * @param author    the author name(s), or null
 * @param dateText  the raw date text the item gave, or null
 * @param content   the body (content preferred over summary), or null
 * @param isHtml    whether {@code content} is HTML (else plain text)
 * @param baseUri   what relative links inside {@code content} resolve against, or ""
 * @param guid      the item's own identifier (RSS guid, Atom id, JSON Feed id) as given, or null
 */
record FeedEntry(
        String title,
        String link,
        String author,
        String dateText,
        String content,
        boolean isHtml,
        String baseUri,
        String guid) {}
