package dev.lede.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The links lede hands to a browser, a clipboard or an OSC 8 hyperlink: http, https and mailto only,
 * without spaces or control characters (which could end an escape sequence early), of a sane length.
 */
public final class WebLink {

    static final int MAX_LENGTH = 4096;

    private WebLink() {}

    /** The link, trimmed, when it is safe to pass on; empty otherwise. */
    public static Optional<String> clean(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String link = url.strip();
        if (link.isEmpty() || link.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= 0x20
                    || c == 0x7f
                    || (c >= 0x80 && c < 0xa0)
                    || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT) {
                return Optional.empty();
            }
        }
        String lower = link.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
        return web ? Optional.of(link) : Optional.empty();
    }
}
