package dev.lede.core.subscribe;

import dev.lede.core.article.Article;
import java.util.List;
import java.util.Locale;

/** Whether a feed item carries only a summary of its story, so its page is worth fetching (full-text auto). */
public final class SummaryOnly {

    /** Fewer characters than this is a summary: a few sentences, not an article. */
    static final int SHORT_CHARS = 600;
    /** How a teaser ends, once trailing spaces, dots, brackets and arrows are gone. */
    private static final List<String> TEASER_ENDS =
            List.of("…", "read more", "continue reading", "read the full story", "read the rest");

    private SummaryOnly() {}

    public static boolean test(Article article) {
        String text = article.bodyText().strip();
        if (text.length() < SHORT_CHARS) {
            return true;
        }
        if (text.endsWith("...") || text.endsWith("…")) {
            return true;
        }
        String end = text.toLowerCase(Locale.ROOT).replaceAll("[\\s.:»›>)\\]\\[]+$", "");
        return TEASER_ENDS.stream().anyMatch(end::endsWith);
    }

    /** The decision for one item under a subscription's setting. */
    public static boolean wanted(FullText mode, Article article) {
        return article.url() != null
                && switch (mode) {
                    case ON -> true;
                    case OFF -> false;
                    case AUTO -> test(article);
                };
    }
}
