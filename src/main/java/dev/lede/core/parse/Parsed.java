package dev.lede.core.parse;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import java.util.List;

/** What one input gave: its articles (none when it was skipped) and the problems found reading it. */
public record Parsed(List<Article> articles, List<Problem> problems) {

    public Parsed {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public static Parsed skipped(Problem problem) {
        return new Parsed(List.of(), List.of(problem));
    }
}
