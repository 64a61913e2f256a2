package dev.lede.ui;

/**
 * Terminal hyperlinks (OSC 8): {@code ESC ] 8 ; ; URL ESC \} before the text, {@code ESC ] 8 ; ; ESC \}
 * after it. The URL sits inside an escape sequence, so only a link made entirely of printable ASCII
 * (0x21–0x7E) becomes a hyperlink: a control character, a space or any other character could end the
 * sequence early or smuggle one of its own, and such a link is drawn as plain text instead.
 */
public final class Hyperlink {

    /** VTE, the strictest common terminal, drops longer URIs; longer links are drawn as plain text. */
    static final int MAX_LENGTH = 2083;

    private static final String CLOSE = "\u001b]8;;\u001b\\";

    private Hyperlink() {}

    /** The URL to put in an OSC 8 sequence for {@code url}, or null when it must not become a hyperlink. */
    public static String target(String url) {
        String link = WebLink.clean(url).orElse(null);
        if (link == null || link.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return link;
    }

    /** The sequence that starts a hyperlink to {@code target} (a value of {@link #target}), or ends one when null. */
    public static String open(String target) {
        return target == null ? CLOSE : "\u001b]8;;" + target + "\u001b\\";
    }

    /** The sequence that ends a hyperlink. */
    public static String close() {
        return CLOSE;
    }

    /** {@code text} as a hyperlink to {@code target}, or unchanged when target is null. */
    public static String wrap(String text, String target) {
        return target == null ? text : open(target) + text + CLOSE;
    }
}
