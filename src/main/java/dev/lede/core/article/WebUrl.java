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
        String lower = address.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http:") || lower.startsWith("https:"); // "." in a pattern stops at a NEL
        int invisible = Sanitizer.firstRemovedFromLine(address);
        if (web && invisible >= 0) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "malformed URL (a control or invisible character, U+%04X, at character %d)",
                    address.codePointAt(invisible),
                    shownPosition(address, invisible)));
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
            return Optional.of("malformed URL (" + reason + place(address, e.getIndex()) + ")");
        }
    }

    /** Where the parser stopped, counted in what a line shows of the address. */
    private static String place(String address, int index) {
        return index < 0 || index > address.length() ? "" : " at character " + shownPosition(address, index);
    }

    /**
     * The place of {@code address}'s character at {@code index}, counted from 1 in what a line shows of it: no
     * control or invisible format character, which a message never holds, and a character outside the BMP once.
     */
    private static int shownPosition(String address, int index) {
        String shownBefore = Sanitizer.sanitizeLine(address.substring(0, index));
        return shownBefore.codePointCount(0, shownBefore.length()) + 1;
    }
}
