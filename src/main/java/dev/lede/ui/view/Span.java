package dev.lede.ui.view;

/** A run of sanitised text drawn in one style. */
public record Span(String text, Style style) {

    public static Span plain(String text) {
        return new Span(text, Style.NORMAL);
    }
}
