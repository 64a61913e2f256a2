package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a headline that complete a name a determiner introduces: "reboot" of "rumours of a The Quiet Hour
 * reboot", "sequel" of "the Star Wars sequel", "government" of "a Labour government". With the name they say which thing
 * is meant, not what happened to it, so a related line that agrees with an article on such a word and on its names
 * alone agrees on the thing and on nothing the article says of it ("X cast in The Quiet Hour reboot" against X's words
 * on rumours of one; docs/related-matching.md, "Resolver version 32").
 */
final class NamedThings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** How many words after the name may complete it ("a Star Wars spin-off series"); a stop word ends them sooner. */
    private static final int LONGEST = 2;
    /** Lower-case words a name holds between its capitalised ones ("City of Saints", "Pride and Prejudice"). */
    private static final Set<String> INSIDE_NAMES = Set.of("of", "the", "and");

    private NamedThings() {}

    /** The terms ({@link HeadlineTerms#terms}) of the words completing a name a determiner introduces in {@code headline}. */
    static List<String> completingTerms(String headline) {
        if (!introducesAName(headline)) {
            return List.of();
        }
        List<String> terms = new ArrayList<>(0);
        Matcher found = WORD.matcher(headline);
        int open = 0; // how many words may still complete the name before them
        boolean inName = false;
        boolean introduced = false; // the name's run of capitals follows a determiner
        String before = ""; // the lower-case word before the current run
        while (found.find()) {
            String word = found.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (Character.isDigit(word.charAt(0))) {
                open = 0; // "a 2026 tour": a count, not a name
                inName = false;
            } else if (Character.isUpperCase(word.charAt(0))) {
                introduced = inName ? introduced : WordRoles.isDeterminer(before);
                inName = true;
                open = introduced ? LONGEST : 0;
            } else if (!(inName && INSIDE_NAMES.contains(lower))) {
                inName = false;
                if (open > 0 && !WordForms.isStopWord(HeadlineTerms.term(lower))) {
                    terms.addAll(HeadlineTerms.terms(lower));
                    open--;
                } else {
                    open = 0;
                }
                before = lower;
            }
        }
        return terms;
    }

    /**
     * Whether a determiner stands right before a capitalised word: most headlines have none and need no closer reading
     * (a scan of the characters, where splitting every headline into words cost a few per cent of resolving; measured in
     * docs/related-matching.md, "Resolver version 32").
     */
    private static boolean introducesAName(String headline) {
        for (int at = 1; at < headline.length(); at++) {
            if (headline.charAt(at - 1) == ' ' && Character.isUpperCase(headline.charAt(at))) {
                int start = at - 1;
                while (start > 0 && Character.isLetter(headline.charAt(start - 1))) {
                    start--;
                }
                if (start < at - 1
                        && WordRoles.isDeterminer(
                                headline.substring(start, at - 1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
