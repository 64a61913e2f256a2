package dev.lede.core.library;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a headline may open with before a colon to say what kind of page it is ("Analysis:", "Live:",
 * "In pictures:"): one or two words. {@link Query} weighs such a word nothing when no entry uses it and
 * WordNet knows it (a dictionary word, not a name), since it names no story; a label some entry uses
 * ("Heatwave:", "Nightjar:") is the story's own word and weighs as usual.
 */
final class PageLabel {

    private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}+(?:\\s+\\p{L}+)?)\\s*:\\s");

    private PageLabel() {}

    /** The terms of the headline's opening label, if it has one. */
    static Set<String> terms(String headline) {
        Matcher label = LABEL.matcher(headline);
        return label.find() ? Set.copyOf(HeadlineTerms.terms(label.group(1))) : Set.of();
    }
}
