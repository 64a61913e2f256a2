package dev.lede.core.library;

import dev.lede.core.text.UnspacedScripts;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms the in-memory search ({@link SearchIndex}) holds and looks up: the words of {@link
 * WordForms#spacedTokens}, each character of a script written without spaces a word of its own ({@link UnspacedScripts}), and
 * each two such characters in a row also as a pair. A query's run of them is looked up as its pairs (one
 * character as itself), all required: the in-memory index keeps no word positions, and pairs in a row
 * stand in for the phrase the library index matches.
 */
final class SearchTerms {

    private SearchTerms() {}

    /** The terms of an article's text. */
    static List<String> ofText(String text) {
        return withPairs(WordForms.spacedTokens(text));
    }

    /** {@code tokens} with each two unspaced characters in a row added as a pair; the same list when there are none. */
    static List<String> withPairs(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isUnspaced(tokens.get(i)) && isUnspaced(tokens.get(i + 1))) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.add(tokens.get(i) + tokens.get(i + 1));
            }
        }
        return out == null ? tokens : out;
    }

    /** The query's words as typed between spaces, each as the terms an entry must hold for it; none empty. */
    static List<List<String>> ofQuery(String query) {
        List<List<String>> words = new ArrayList<>();
        for (String typed : query.trim().split("\\s+")) {
            List<String> tokens = WordForms.spacedTokens(typed);
            if (!tokens.isEmpty()) {
                words.add(pairedRuns(tokens));
            }
        }
        return words;
    }

    /** Whether the last word is matched as a prefix: it is still being typed, and is not an unspaced character. */
    static boolean endsInPrefix(String query) {
        if (query.isEmpty()) {
            return false;
        }
        int last = query.codePointBefore(query.length());
        return !Character.isWhitespace(last) && !UnspacedScripts.isUnspaced(last);
    }

    /** Each run of unspaced characters as its pairs, a run of one as itself; other words as they are. */
    private static List<String> pairedRuns(List<String> tokens) {
        List<String> terms = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean unspaced = isUnspaced(token);
            boolean next = i + 1 < tokens.size() && isUnspaced(tokens.get(i + 1));
            if (unspaced && next) {
                terms.add(token + tokens.get(i + 1));
            } else if (!unspaced || i == 0 || !isUnspaced(tokens.get(i - 1))) {
                terms.add(token); // a word, or an unspaced character alone
            }
        }
        return terms;
    }

    private static boolean isUnspaced(String token) {
        return UnspacedScripts.isUnspaced(token.codePointAt(0));
    }
}
