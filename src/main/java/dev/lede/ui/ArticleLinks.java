package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The links of an article as the links list ({@code U}) shows them and {@code o}/{@code y} use them:
 * the article's own address first (number 0), then each numbered link {@code [n]} of the text.
 */
public final class ArticleLinks {

    /** One link: its number ({@code [n]}, 0 for the article's own address), its text and its URL. */
    public record Entry(int number, String text, String url) {

        public boolean isArticle() {
            return number == 0;
        }
    }

    private ArticleLinks() {}

    public static List<Entry> of(Article article) {
        List<Entry> entries = new ArrayList<>(article.links().size() + 1);
        if (article.url() != null && !article.url().isBlank()) {
            entries.add(new Entry(0, "article", article.url().strip()));
        }
        for (Link link : article.links()) {
            entries.add(new Entry(
                    link.number(), link.text() == null ? "" : link.text(), link.url() == null ? "" : link.url()));
        }
        return entries;
    }

    /** Link {@code [number]} of the article, when it has one. */
    public static Optional<Entry> numbered(Article article, int number) {
        return of(article).stream()
                .filter(entry -> !entry.isArticle() && entry.number() == number)
                .findFirst();
    }

    /** The highest link number in the article (0 when it has no numbered links). */
    public static int highest(Article article) {
        return article.links().stream().mapToInt(Link::number).max().orElse(0);
    }
}
