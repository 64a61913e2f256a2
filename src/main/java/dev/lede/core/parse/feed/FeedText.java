package dev.lede.core.parse.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up shared by the feed parsers: the one place feed strings are sanitised. */
final class FeedText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");

    private FeedText() {
    }

    /**
     * Sanitises text from a feed. The single call site to switch to dev.lede.core.text.Sanitizer once
     * it lands on main; until then the same rules (TERMINAL.md "sanitising") are applied here.
     */
    static String sanitise(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t') {
                out.append(' ');
            } else if (!isStripped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isStripped(char c) {
        return (c < 0x20 && c != '\n')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200b;
    }

    /** Sanitised, whitespace collapsed to single spaces, trimmed; null when nothing is left. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = WHITESPACE.matcher(sanitise(text)).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }

    /** Plain text ({@code type="text"}, {@code content_text}) as paragraphs split on blank lines. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String chunk : BLANK_LINES.split(sanitise(text).strip())) {
            String paragraph = oneLine(chunk);
            if (paragraph != null) {
                out.add(paragraph);
            }
        }
        return out;
    }
}
