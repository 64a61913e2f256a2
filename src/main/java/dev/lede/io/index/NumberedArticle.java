package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import java.util.List;

/**
 * One article as a line of {@code lede list} shows it, read from the stored listing with its number and its
 * related headlines' targets as numbers ({@link LibraryIndex#listNumbered}).
 *
 * @param number    its number in the listing, from 1; a later copy's is the first copy's
 * @param copy      whether other articles have its id, and whether it is the first of them
 * @param published the date as the article states it, null when none
 * @param related   the numbers of the articles its related headlines lead to, unresolved ones left out
 */
public record NumberedArticle(
        int number,
        NumberedArticle.Copy copy,
        int item,
        ArticleId id,
        String headline,
        String published,
        List<Problem> problems,
        int[] related) {

    /** Which copy of its id an article is, in file order. */
    public enum Copy {
        /** no other article has its id */
        ONLY,
        /** the first of several with its id: the one listed */
        FIRST,
        /** met after the first: merged into it, not listed */
        LATER
    }

    /** An input as {@link LibraryIndex#listNumbered} gives it: its problems and articles in file order. */
    public record Input(String path, List<Problem> problems, List<NumberedArticle> articles) {}
}
