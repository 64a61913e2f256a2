package dev.lede.core.parse.feed;

import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Tabs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up shared by the feed parsers: the one place feed strings are sanitized. */
final class FeedText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");

    private FeedText() {}

    /**
     * Sanitises text from a feed (controls, bidi overrides, NFC: see {@link Sanitizer}) and expands tabs
     * to spaces at 8-column stops, so preformatted text keeps its alignment without a control character.
     */
    static String sanitize(String text) {
        String clean = Sanitizer.sanitize(text);
        return Tabs.expand(clean);
    }

    /** Sanitized, whitespace collapsed to single spaces, trimmed; null when nothing is left. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = WHITESPACE.matcher(sanitize(text)).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }

    /** Plain text ({@code type="text"}, {@code content_text}) as paragraphs split on blank lines. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String chunk : BLANK_LINES.split(sanitize(text).strip())) {
            String paragraph = oneLine(chunk);
            if (paragraph != null) {
                out.add(paragraph);
            }
        }
        return out;
    }
}
