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

    private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}{1,20}(?:\\s+\\p{L}{1,20})?)\\s*:\\s");

    /** Two words of up to 20 letters and a space: past that, a colon ends no label. */
    private static final int MAX_LENGTH = 44;

    /**
     * A news wire's numbered label before its headline, a word in capitals, its number and a hyphen ("UPDATE
     * 2-", "WRAPUP 1-"): another version of the same story, never another story. Without a number a word in
     * capitals and a hyphen is as often a name joined to the next ("NATO-Russia talks", "NHS-run clinic").
     */
    private static final Pattern WIRE_LABEL = Pattern.compile("^\\s*\\p{Lu}{3,12}\\s\\d{1,2}-(?=\\S)");

    /**
     * A source's name after a headline, set off by a dash or a bar as page titles and aggregators write it ("… -
     * BBC News", "… | Reuters"): the last such part, of one to four words, after a headline of three words or more.
     */
    private static final Pattern SOURCE_SUFFIX =
            Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)\\s+[-|–—]\\s+((?:[^\\s|–—-]+\\s*){1,4})$");

    private PageLabel() {}

    /** The headline without a source's name after it ("Ferry sinks - Harwick Gazette" → "Ferry sinks"), or null. */
    static String withoutSourceSuffix(String headline) {
        if (headline.indexOf('-') < 0
                && headline.indexOf('|') < 0
                && headline.indexOf('–') < 0
                && headline.indexOf('—') < 0) {
            return null; // most related lines: no pattern need look at them
        }
        Matcher suffix = SOURCE_SUFFIX.matcher(headline.strip());
        return suffix.matches() ? suffix.group(1) : null;
    }

    /** The headline without a wire's label at its head ("UPDATE 2-Ferry sinks" → "Ferry sinks"). */
    static String withoutWireLabel(String headline) {
        if (headline.indexOf('-') < 0) {
            return headline; // most headlines: no pattern need look at them
        }
        Matcher label = WIRE_LABEL.matcher(headline);
        return label.find() ? headline.substring(label.end()) : headline;
    }

    /** The terms of the headline's opening label, if it has one. */
    static Set<String> terms(String headline) {
        int colon = headline.indexOf(':');
        if (colon < 0 || colon > MAX_LENGTH) {
            return Set.of(); // most headlines: no pattern need look at them
        }
        Matcher label = LABEL.matcher(headline);
        return label.find() ? Set.copyOf(HeadlineTerms.terms(label.group(1))) : Set.of();
    }
}
