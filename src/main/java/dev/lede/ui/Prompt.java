package dev.lede.ui;

import dev.lede.core.article.ArticleId;

/**
 * A search being typed. {@code selectedBefore} and {@code topBefore} say where the list or reader was
 * when it began, so that Esc puts everything back.
 */
public record Prompt(Target target, String text, ArticleId selectedBefore, int topBefore) {

    /** What the search is over. */
    public enum Target { LIBRARY, ARTICLE }

    public Prompt withText(String newText) {
        return new Prompt(target, newText, selectedBefore, topBefore);
    }
}
