package dev.lede.core.library;

import java.util.Locale;
import java.util.Set;

/**
 * A headline rewritten in title case as American sites write theirs ("Publisher Harcastle Books Bought by Stanway
 * Media"): every word capitalised but the short articles, conjunctions and prepositions after the first. For
 * measuring the matcher on lines whose capitals say nothing ({@code RelatedThresholdCurve -Dcase=title}).
 */
final class TitleCased {

    /** The words AP and Chicago style leave in lower case inside a title. */
    private static final Set<String> SMALL = Set.of(
            "a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "of", "in", "as", "up", "off",
            "via");

    private TitleCased() {}

    static String of(String headline) {
        String[] words = headline.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            out.append(i > 0 ? " " : "");
            if (i > 0 && SMALL.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(word.toLowerCase(Locale.ROOT));
                continue;
            }
            int letter = 0;
            while (letter < word.length() && !Character.isLetter(word.charAt(letter))) {
                letter++;
            }
            out.append(
                    letter < word.length()
                            ? word.substring(0, letter)
                                    + Character.toUpperCase(word.charAt(letter))
                                    + word.substring(letter + 1)
                            : word);
        }
        return out.toString();
    }
}
