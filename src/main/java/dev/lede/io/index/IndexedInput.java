package dev.lede.io.index;

import dev.lede.core.article.Problem;
import java.util.List;

/** One input file as the index holds it: its articles in file order and the problems met reading it. */
public record IndexedInput(String path, List<IndexedArticle> articles, List<Problem> problems) {
}
