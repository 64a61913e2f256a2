package dev.lede.core.library;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a headline says something did not happen ("will not raise income tax", "won't", "No income tax
 * rise") or denies it in so many words ("denied plans for a world tour"): a related headline that reports what an
 * article's headline denies is another story ("confirms world tour", "cast in … reboot" against "denied rumours of a
 * reboot"). Words inside quotation marks are someone's words ("‘I can't believe it’"), not the story's, and "no"
 * denies only at the head of a line or of what follows its colon ("Ana Gil: no world tour"): inside a clause it is a
 * vote of "no confidence" or "no more than £2". "Deny" is the one verb read so: English says a denial with it as it
 * says one with "not" (docs/related-matching.md, "Resolver version 18").
 */
final class Negation {

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}'’-])(?:not|never|cannot|deny|denies|denied|denying|denials?)(?![\\p{L}\\p{N}'’-])"
                    + "|\\p{L}n['’]t(?!\\p{L})|(?:^|:)\\s*no\\s");
    /** A span in double quotes, or in single quotes that open and close at a word's edge. */
    private static final Pattern QUOTATION = Pattern.compile(
            "\"[^\"]*\"|“[^”]*”|(?<![\\p{L}\\p{N}])['‘](?:[^'’]|(?<=\\p{L})['’](?=\\p{L}))*?['’](?![\\p{L}\\p{N}])");

    /**
     * The words that negate the verb after them, once each negative contraction is read as its "not" ({@link
     * HeadlineTerms#withoutContractedNot}: "won't" is "not").
     */
    private static final Set<String> NEGATING_TOKENS = Set.of("not", "never", "cannot");
    /** Words that may stand between a negation and the verb it negates ("won't be going to", "not going to attend"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "going", "to", "have", "has", "had");

    private Negation() {}

    /**
     * The words of a headline ({@link WordForms#tokens}) a negation outside its quotations stands before: the
     * auxiliaries after it and the first other word, one of which is the verb it negates ("attend" of "won't attend",
     * "going" of "not going to", "attending" of "won't be attending"); none of "'I'm not going anywhere': X dismisses
     * exit", someone's words.
     */
    static Set<String> negatedWords(String headline) {
        if (!mayDeny(headline)) {
            return Set.of();
        }
        List<String> tokens = WordForms.tokens(HeadlineTerms.withoutContractedNot(outsideQuotations(headline)));
        Set<String> negated = new HashSet<>();
        for (int at = 0; at < tokens.size(); at++) {
            if (NEGATING_TOKENS.contains(tokens.get(at))) {
                int next = at + 1;
                while (next < tokens.size() && AUXILIARIES.contains(tokens.get(next))) {
                    negated.add(tokens.get(next++));
                }
                if (next < tokens.size()) {
                    negated.add(tokens.get(next));
                }
            }
        }
        return negated;
    }

    /** Whether {@code text}, outside its quotations, denies something. */
    static boolean denies(String text) {
        if (!mayDeny(text)) {
            return false; // most headlines: no regular expression run for them
        }
        return NEGATION.matcher(outsideQuotations(text)).find();
    }

    /**
     * Whether a related headline carries a denial: it denies as {@link #denies} reads it, or outside its quotations
     * holds a verb of denial ({@link DenialVerbs}: "dismisses", "disowns", "shoots down"). An article whose headline
     * denies is named only by such a line.
     */
    static boolean carriesDenial(String line) {
        return denies(line) || DenialVerbs.carried(outsideQuotations(line));
    }

    private static String outsideQuotations(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('‘') >= 0
                ? QUOTATION.matcher(text).replaceAll(" ")
                : text;
    }

    /**
     * Whether the text holds, in any case, "no" (as in "not", "cannot" and a leading "no"), "never", "deni" or "deny",
     * or an n, an apostrophe and a t ("won't"): the letters every denial needs.
     */
    private static boolean mayDeny(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 'n' && c != 'N') {
                continue;
            }
            char next = Character.toLowerCase(text.charAt(i + 1));
            if (next == 'o'
                    || next == 'e' && text.regionMatches(true, i, "never", 0, 5)
                    || (next == 'i' || next == 'y') && i >= 2 && text.regionMatches(true, i - 2, "den", 0, 3)
                    || (next == '\'' || next == '’')
                            && i + 2 < text.length()
                            && Character.toLowerCase(text.charAt(i + 2)) == 't') {
                return true;
            }
        }
        return false;
    }
}
