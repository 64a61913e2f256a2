package dev.lede.core.parse.html;

import java.util.regex.Pattern;

/**
 * Lines of the body that only give the byline or the date, or what is left of them once the extraction took
 * their links and {@code <time>}s out: "By", "Posted on", "By Ann Lee", "Published 6 hours ago",
 * "Last updated: January 12, 2026.". Readability takes the byline's node out of the article once it has read
 * the byline from it; these are the same lines, found by what they say rather than by a class.
 */
final class BylineDateLines {

    /** The labels a byline or a dateline is written with (Readability's byline words, and the date's). */
    private static final String LABEL =
            "(?:(?:posted|written|published|reviewed|edited|fact[- ]checked|updated|last updated"
                    + "|last modified|originally published|first published)(?: by| on)?|by|on|authors?|date)";
    /** A line of nothing but such labels and the punctuation between them ("Posted By", "by on", "Reviewed by,"). */
    private static final Pattern LABELS_ONLY =
            Pattern.compile("(?:" + LABEL + "[\\s:,|·•–—-]*)+", Pattern.CASE_INSENSITIVE);
    /** One label at the line's start and the space or colon after it: what precedes a name or a date. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^" + LABEL + "\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** A time the page gives relative to its reading ("6 hours ago"), a dateline as much as a written date. */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?:" + LABEL + "\\s*:?\\s*)?(?:\\d+|an?|one) (?:second|minute|min|hour|hr|day|week|month|year)s? ago\\.?",
            Pattern.CASE_INSENSITIVE);
    /** What a line around a date may say and still be a dateline: a label and a few words, not a sentence. */
    private static final int DATELINE_MAX_REST = 30;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");

    private BylineDateLines() {}

    /** Whether the short line {@code text} only gives the byline or the date, or their labels. */
    static boolean only(String text, String byline) {
        return LABELS_ONLY.matcher(text).matches()
                || RELATIVE_TIME.matcher(text).matches()
                || labelledByline(text, byline)
                || isDateLine(text);
    }

    /**
     * "By Ann Lee" where the byline is "Ann Lee" (or its first name when it lists several): the byline as the
     * page prints it above the story.
     */
    private static boolean labelledByline(String text, String byline) {
        if (byline == null || byline.isBlank()) {
            return false;
        }
        var label = LEADING_LABEL.matcher(text);
        if (!label.lookingAt()) {
            return false;
        }
        String name = TitleRules.normal(text.substring(label.end()));
        return name.equals(TitleRules.normal(byline))
                || name.equals(TitleRules.normal(byline.split(",| and ")[0].strip()));
    }

    /**
     * A date and a few words ("Published June 23, 2025 10:39AM"), not a sentence; a full stop right after
     * the date of a labelled line ("Last updated: January 12, 2026.") ends the line, not a sentence.
     */
    static boolean isDateLine(String text) {
        DateText.Found date = DateText.find(text);
        if (date == null) {
            return false;
        }
        String before = text.substring(0, date.at());
        String after = text.substring(date.end()).strip();
        if (after.equals(".") && LEADING_LABEL.matcher(before).lookingAt()) {
            after = "";
        }
        String rest = (before + " " + after).strip();
        return rest.length() <= DATELINE_MAX_REST && !SENTENCE_END.matcher(rest).matches();
    }
}
