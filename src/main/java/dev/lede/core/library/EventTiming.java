package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a story happened against when: English places a story at an event with "at" ("performs 'Hold the Line' at the
 * Tony Awards") and dates one by it with "ahead of", "before", "after" or "following" ("hinted at the inspiration behind
 * 'Hold the Line' ahead of the Tony Awards"). A related headline that places its story at an event its article names
 * only as its time tells of something that happened there, which the article's story did not: another story
 * (docs/related-matching.md, "Resolver version 44"). Only names are read, as a headline writes them (capitalised
 * words); a line in lower case places nothing.
 */
final class EventTiming {

    /** "at", then "the" or not, then a name: one or more capitalised words. */
    private static final Pattern PLACED_AT =
            Pattern.compile("\\b[Aa]t\\s+(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)");
    /** What dates a story by an event, right before its name. */
    private static final Pattern DATED_BY =
            Pattern.compile("\\b(?:ahead\\s+of|before|after|following)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private EventTiming() {}

    /** The names a line places its story at ("Tony Awards" of "… at the Tony Awards"), most often none. */
    static List<String> placedAt(String line) {
        List<String> names = new ArrayList<>(0);
        Matcher at = PLACED_AT.matcher(line);
        while (at.find()) {
            names.add(at.group(1));
        }
        return names;
    }

    /**
     * Whether the entry's text holds one of the names, and every time only right after words that date a story by it:
     * "ahead of the Tony Awards", never "at the Tony Awards" or "the Tony Awards' red carpet".
     */
    static boolean onlyDatedBy(String entry, List<String> names) {
        for (String name : names) {
            boolean held = false;
            boolean onlyDated = true;
            for (int at = entry.indexOf(name); at >= 0; at = entry.indexOf(name, at + 1)) {
                held = true;
                onlyDated &= DATED_BY.matcher(entry.substring(Math.max(0, at - 24), at))
                        .find();
            }
            if (held && onlyDated) {
                return true;
            }
        }
        return false;
    }
}
