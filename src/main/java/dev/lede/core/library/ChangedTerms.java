package dev.lede.core.library;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of the articles a library gained or lost since its resolution was stored, each article's as the
 * matcher indexes it ({@link HeadlineMatcher#termsOfArticle}), by term: which of those articles hold it. A line is
 * resolved again when one of them could be its candidate ({@link LineSignatures#touched}).
 */
final class ChangedTerms {

    /** For each term, the changed articles (numbered as given) that hold it. */
    private final Map<String, BitSet> holders = new HashMap<>();

    ChangedTerms(List<Set<String>> articles) {
        for (int at = 0; at < articles.size(); at++) {
            for (String term : articles.get(at)) {
                holders.computeIfAbsent(term, t -> new BitSet()).set(at);
            }
        }
    }

    /** The changed articles holding {@code term}, or null when none does. */
    BitSet holders(String term) {
        return holders.get(term);
    }
}
