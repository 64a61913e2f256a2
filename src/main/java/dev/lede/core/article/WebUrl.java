package dev.lede.core.article;

import dev.lede.core.text.Sanitizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Why an address given as a feed or a page to fetch cannot be fetched, in words a user can act on. */
public final class WebUrl {

    private WebUrl() {}

    /**
     * Empty for an http(s) URL with a host; else "not an http or https URL" for another kind of address (or
     * none), and "malformed URL (WHY)" for one that starts as an http(s) URL but cannot be read as one. A
     * control or invisible character makes it malformed too: {@link java.net.URI} takes a bidi override as a
     * character of the path, and a subscription's address is printed as it is.
     */
    public static Optional<String> problem(String text) {
        String address = text.strip();
        boolean web = address.toLowerCase(Locale.ROOT).matches("https?:.*");
        int invisible = invisibleAt(address);
        if (web && invisible >= 0) {
            return Optional.of("malformed URL (a control or invisible character at character " + (invisible + 1) + ")");
        }
        try {
            URI uri = new URI(address);
            if (web && uri.getHost() != null) {
                return Optional.empty();
            }
            return Optional.of(web ? "malformed URL (no host name)" : "not an http or https URL");
        } catch (URISyntaxException e) {
            if (!web) {
                return Optional.of("not an http or https URL");
            }
            String reason = e.getReason();
            reason = reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
            return Optional.of("malformed URL (" + reason
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ")");
        }
    }

    /** Where {@code text} holds a character no line of text keeps ({@link Sanitizer#removedFromLine}), else -1. */
    public static int invisibleAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Sanitizer.removedFromLine(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
