package dev.lede.io.index;

import dev.lede.core.article.Problem;
import java.util.List;

/**
 * One input file as the index holds it: the stamp it was read under, its articles in file order and the
 * problems met reading it, all from one snapshot (check the file against this stamp, not a later one,
 * or a change another process stored in between would pass for this content).
 */
public record IndexedInput(String path, FileStamp stamp, List<IndexedArticle> articles, List<Problem> problems) {}
