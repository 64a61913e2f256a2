package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import java.util.HashSet;
import java.util.Set;

/**
 * The numbers {@code lede list} gives a library's articles, worked out from its inputs in file order before
 * its listing is stored: each id numbered from 1 where it is first met, a copy met again (the same article
 * in two files) keeping the first's number. Stored with the listing, they let {@code lede list} number its
 * lines as it prints them, where it read the whole listing once for the numbers first.
 */
final class ListingNumbers {

    private final IdNumbers numbers = new IdNumbers();
    private final Set<String> repeated = new HashSet<>();
    private final Set<String> written = new HashSet<>();

    /** Numbers the articles of the next input, in file order. */
    void add(IndexedInput input) {
        for (IndexedArticle article : input.articles()) {
            String id = article.id().value();
            if (!numbers.putIfAbsent(id, numbers.size() + 1)) {
                repeated.add(id);
            }
        }
    }

    /** The id's number, or 0 when no article of the library has it. */
    int number(ArticleId id) {
        return numbers.get(id.value());
    }

    /**
     * Which copy of its id the article met now is, the articles asked about in file order: the only one,
     * the first of several, or a later one, merged into the first.
     */
    NumberedArticle.Copy copy(ArticleId id) {
        if (!repeated.contains(id.value())) {
            return NumberedArticle.Copy.ONLY;
        }
        return written.add(id.value()) ? NumberedArticle.Copy.FIRST : NumberedArticle.Copy.LATER;
    }
}
