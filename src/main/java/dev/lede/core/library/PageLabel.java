package dev.lede.core.library;

import java.util.Optional;
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

    private static final Pattern LABEL =
            Pattern.compile("^\\s*(\\p{L}{1,20}(?:\\s+\\p{L}{1,20})?)\\s*:\\s+(.*)$", Pattern.DOTALL);

    /** Two words of up to 20 letters and a space: past that, a colon ends no label. */
    private static final int MAX_LENGTH = 44;

    private PageLabel() {}

    /** A headline's opening label as written and what follows it. */
    record Labelled(String label, String rest) {}

    /** The headline's opening label and the rest, if it has one. */
    static Optional<Labelled> of(String headline) {
        int colon = headline.indexOf(':');
        if (colon < 0 || colon > MAX_LENGTH) {
            return Optional.empty(); // most headlines: no pattern need look at them
        }
        Matcher label = LABEL.matcher(headline);
        return label.matches() ? Optional.of(new Labelled(label.group(1), label.group(2))) : Optional.empty();
    }

    /** The terms of the headline's opening label, if it has one. */
    static Set<String> terms(String headline) {
        return of(headline).map(l -> Set.copyOf(HeadlineTerms.terms(l.label()))).orElse(Set.of());
    }
}
