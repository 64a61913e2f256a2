package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a related line is asked in. What a page writes around a headline is no part of the story, but would be
 * read as a name no article holds, which blocks the line, or weigh as the story's words. So a wire's numbered
 * label ("UPDATE 2-") and a label of a page's own words before a colon ("Read more:", "RELATED:", "Analysis:") are
 * always taken off its head; and a line that names nothing so is asked again without a source's name after a dash
 * or bar ("… - BBC News", "… | Reuters") and a note in brackets ("(PHOTOS)", "[Video]"), only as later tries, since
 * a headline may set off its own words so ("Portmere harbour - a history"); and last without a saying after a comma
 * (", says Variety", ", podcast says"), since who says may be the story's own person.
 */
final class LineForms {

    /**
     * A numbered label in capitals before the headline ("UPDATE 2-", "WRAPUP 1-"); without a number a word in
     * capitals and a hyphen is as often a name joined to the next ("NATO-Russia talks", "NHS-run clinic").
     */
    private static final Pattern WIRE_LABEL = Pattern.compile("^\\s*\\p{Lu}{3,12}\\s\\d{1,2}-(?=\\S)");

    /** The last part after " - ", " | ", " – " or " — ": one to four words, after three or more. */
    private static final Pattern SOURCE =
            Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)\\s+[-|–—]\\s+((?:[^\\s|–—-]++\\s*+){1,4}+)$");

    /**
     * An attribution closing the line after a comma, as headlines write who reports the story: ", Variety reports",
     * ", reports Variety"; one to four words naming the source. Not the verbs of saying (", says X", ", X says",
     * ", according to X"): who says something is as often the story's own person (docs/related-matching.md,
     * "Resolver version 16"), so those are taken off only in the last form ({@link #SAYING}).
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)\\s*,\\s+"
            + "(?:(?:reports|reported)\\s+[^\\s,]+(?:\\s+[^\\s,]+){0,3}|[^\\s,]+(?:\\s+[^\\s,]+){0,3}\\s+(?:reports|report|reported))"
            + "\\s*[.!]?$");

    /**
     * A saying closing the line after a comma: ", says X", ", X says", ", per X", ", according to X"; one to four words
     * naming who says it. Who says it may be the story's own person (", says Mayor Quint" for an article on the mayor's
     * words), so the line is asked as written first and without it only as the last try.
     */
    private static final Pattern SAYING = Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)\\s*,\\s+"
            + "(?:(?:says|said|per|according\\s+to)\\s+[^\\s,]+(?:\\s+[^\\s,]+){0,3}"
            + "|[^\\s,]+(?:\\s+[^\\s,]+){0,3}\\s+(?:says|say|said))"
            + "\\s*[.!]?$");

    /** A note in brackets closing the line, after three words or more. */
    private static final Pattern NOTE =
            Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)\\s*[(\\[]([^()\\[\\]\\d]{1,40})[)\\]]\\s*$");

    /**
     * Past this many characters a line is no headline, and its shorter forms are not looked for: the patterns above
     * try each place a part may start, so their time grows with the square of the length.
     */
    private static final int MAX_LENGTH = 300;

    /** Fewer words than this after a label are no headline of their own ("Analysis: harbour closes"). */
    private static final int MIN_WORDS = 3;

    private LineForms() {}

    /**
     * The line as written, then its shorter forms: without a source, without a note, without both, without a saying. A
     * note is taken off only when {@code pageWord} holds for each of its words (a word the page uses of itself, such as
     * "photos" or "video", not a name: "(UK)" may be what tells one story from another).
     */
    static List<String> of(String line, Predicate<String> pageWord) {
        // A label of a page's own words is never the story's: "Read more: Live: …" is asked as "…".
        String start = withoutWireLabel(line);
        if (start.length() > MAX_LENGTH) {
            return List.of(start);
        }
        for (String shorter = withoutLabel(start, pageWord); shorter != null; shorter = withoutLabel(start, pageWord)) {
            start = shorter;
        }
        String attributed = withoutAttribution(start);
        start = attributed != null ? attributed : start;
        List<String> forms = new ArrayList<>(5);
        forms.add(start);
        if (start.indexOf(' ') < 0 || start.length() > MAX_LENGTH) {
            return forms;
        }
        String withoutSource = withoutSource(start);
        add(forms, withoutSource);
        add(forms, withoutNote(start, pageWord));
        add(forms, withoutSource == null ? null : withoutNote(withoutSource, pageWord));
        add(forms, withoutSaying(start));
        return forms;
    }

    /**
     * The line without a label before a colon at its head whose every word is a {@code pageWord} ("Read more:",
     * "RELATED:", "Photos:"; not "Greyhaven:", a name), or null.
     */
    static String withoutLabel(String line, Predicate<String> pageWord) {
        Optional<PageLabel.Labelled> labelled = PageLabel.of(line);
        if (labelled.isEmpty() || labelled.get().rest().strip().split("\\s+").length < MIN_WORDS) {
            return null;
        }
        for (String word : WordForms.tokens(labelled.get().label())) {
            if (!WordForms.isStopWord(word) && !pageWord.test(word)) {
                return null;
            }
        }
        return labelled.get().rest();
    }

    private static void add(List<String> forms, String form) {
        if (form != null && !forms.contains(form)) {
            forms.add(form);
        }
    }

    /** The headline without a wire's label at its head ("UPDATE 2-Ferry sinks" → "Ferry sinks"). */
    static String withoutWireLabel(String headline) {
        if (headline.indexOf('-') < 0) {
            return headline; // most headlines: no pattern need look at them
        }
        Matcher label = WIRE_LABEL.matcher(headline);
        return label.find() ? headline.substring(label.end()) : headline;
    }

    /** The line without a source's name after it ("Ferry sinks - Harwick Gazette" → "Ferry sinks"), or null. */
    static String withoutSource(String line) {
        if (line.indexOf('-') < 0 && line.indexOf('|') < 0 && line.indexOf('–') < 0 && line.indexOf('—') < 0) {
            return null; // most related lines: no pattern need look at them
        }
        Matcher source = SOURCE.matcher(line.strip());
        return source.matches() ? source.group(1) : null;
    }

    /** The line without an attribution after a comma ("…, Variety reports" → "…"), or null. */
    static String withoutAttribution(String line) {
        if (line.indexOf(',') < 0) {
            return null; // most related lines: no pattern need look at them
        }
        Matcher attribution = ATTRIBUTION.matcher(line.strip());
        return attribution.matches() ? attribution.group(1) : null;
    }

    /** The line without a saying after a comma ("…, podcast says" → "…"), or null. */
    static String withoutSaying(String line) {
        if (line.indexOf(',') < 0) {
            return null; // most related lines: no pattern need look at them
        }
        Matcher saying = SAYING.matcher(line.strip());
        return saying.matches() ? saying.group(1) : null;
    }

    /** The line without a note in brackets after it whose every word is a {@code pageWord}, or null. */
    static String withoutNote(String line, Predicate<String> pageWord) {
        if (line.indexOf(')') < 0 && line.indexOf(']') < 0) {
            return null;
        }
        Matcher note = NOTE.matcher(line.strip());
        if (!note.matches()) {
            return null;
        }
        for (String word : WordForms.tokens(note.group(2))) {
            if (!pageWord.test(word)) {
                return null;
            }
        }
        return note.group(1);
    }
}
