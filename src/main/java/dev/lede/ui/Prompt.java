package dev.lede.ui;

import dev.lede.core.article.ArticleId;

/**
 * A search being typed, or a number typed before a key ({@code 3o}). {@code selectedBefore} and
 * {@code topBefore} say where the list or reader was when it began, so that Esc puts everything back.
 */
public record Prompt(Target target, String text, ArticleId selectedBefore, int topBefore) {

    /** What the search is over; {@code COUNT} for a number in the reader. */
    public enum Target {
        LIBRARY,
        ARTICLE,
        COUNT
    }

    public Prompt withText(String newText) {
        return new Prompt(target, newText, selectedBefore, topBefore);
    }
}
