package dev.lede.ui.view;

/**
 * A run of sanitized text drawn in one style; {@code link} is the URL it is a terminal hyperlink to
 * (checked by {@link dev.lede.ui.Hyperlink#target}), or null.
 */
public record Span(String text, Style style, String link) {

    public Span(String text, Style style) {
        this(text, style, null);
    }

    public static Span plain(String text) {
        return new Span(text, Style.NORMAL);
    }
}
