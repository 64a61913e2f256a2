package dev.lede.core.library;

import java.util.List;

/** What both searches (the library index's and the in-memory one) agree a word of a query is worth. */
public final class SearchWords {

    private SearchWords() {}

    /**
     * Whether a typed word is a function word ("or", "the") that says nothing of what is sought: a long
     * query nothing holds whole falls back to any of its other words.
     */
    public static boolean isStopWord(String word) {
        List<String> tokens = WordForms.tokens(word);
        return tokens.size() == 1 && WordForms.isStopWord(tokens.get(0));
    }
}
