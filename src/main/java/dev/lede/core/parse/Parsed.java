package dev.lede.core.parse;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import java.util.List;

/**
 * What one input gave: its articles (none when it was skipped) and the problems found reading it.
 * {@code lasting}: whether that follows from the input's bytes alone (what the parsers found, an empty or
 * binary file), so that the library index may keep it for as long as the file is unchanged; an input skipped
 * for a reason outside its bytes (a size or time budget, the memory, a read error, its permissions) is not
 * kept, and is read again next time.
 */
public record Parsed(List<Article> articles, List<Problem> problems, boolean lasting) {

    public Parsed {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public Parsed(List<Article> articles, List<Problem> problems) {
        this(articles, problems, true);
    }

    /** An input that gave nothing, for what its bytes hold. */
    public static Parsed skipped(Problem problem) {
        return new Parsed(List.of(), List.of(problem), true);
    }

    /** An input that gave nothing this time, for a reason outside its bytes. */
    public static Parsed skippedForNow(Problem problem) {
        return new Parsed(List.of(), List.of(problem), false);
    }
}
