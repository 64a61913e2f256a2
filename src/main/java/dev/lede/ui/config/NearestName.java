package dev.lede.ui.config;

import java.util.Collection;
import java.util.Optional;

/**
 * The one name a misspelt word was clearly meant to be ({@code next-artcle} for {@code next-article},
 * {@code sortt} for {@code sort}), for a config line's "did you mean …?". The JDK has no edit distance and the
 * one on the class path (picocli's) is the command line's, out of this layer's reach: a small one here, where a
 * swap of two neighbouring letters counts as one edit, as a typist makes it.
 */
final class NearestName {

    private NearestName() {}

    /**
     * The name nearest to {@code written}, when it is a few edits away (one for a word of up to four letters,
     * two up to eight, three beyond) and no other name is as near; else none: a guess among equals
     * ({@code open-related} is as near to each of {@code open-related-1} … {@code -9}) would be a coin toss.
     */
    static Optional<String> of(String written, Collection<String> names) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        boolean tied = false;
        for (String name : names) {
            int distance = distance(written, name);
            if (distance < best) {
                nearest = name;
                best = distance;
                tied = false;
            } else if (distance == best) {
                tied = true;
            }
        }
        if (nearest == null || tied || best == 0 || best > allowed(written.length())) {
            return Optional.empty();
        }
        return Optional.of(nearest);
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    /** Edits from {@code a} to {@code b}: a letter added, dropped, changed, or two neighbours swapped. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int changed = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + changed);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
