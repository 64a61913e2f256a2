package dev.lede.core.parse.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * A date printed as a time ago ("3 hours ago", "3h", "yesterday") whose element keeps the moment it stands for in an
 * attribute, as the scripts that write such text read it: {@code datetime} (AMP's {@code amp-timeago}, GitHub's
 * {@code relative-time}), {@code title} (the timeago plug-in), or a {@code data-} attribute holding a date or Unix
 * seconds or milliseconds (forums, Discourse's {@code data-time}).
 */
final class RelativeTime {

    /** The text such scripts print: a count and a unit, with or without "ago", or the day's own word. */
    private static final Pattern AGO = Pattern.compile(
            "(?:(?:about|over|almost)\\s+)?(?:\\d{1,3}|an?|one)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
                    + "|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)(?:\\s+ago)?|just now|moments? ago|yesterday|today",
            Pattern.CASE_INSENSITIVE);
    /** Unix time in seconds or milliseconds: ten or thirteen digits. */
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(?:\\d{3})?");
    /** A {@code data-} attribute's name that says it holds a moment. */
    private static final Pattern MOMENT_NAME = Pattern.compile("time|date|stamp|epoch", Pattern.CASE_INSENSITIVE);

    private RelativeTime() {}

    /** The ISO date-time the element's relative text stands for, or null when it shows no time ago or keeps none. */
    static String machineDate(Element e) {
        if (e.childrenSize() > 0 || !AGO.matcher(HtmlText.line(e.text())).matches()) {
            return null;
        }
        for (String name : new String[] {"datetime", "title"}) {
            String iso = IsoDates.normalise(e.attr(name));
            if (iso != null) {
                return iso;
            }
        }
        // A title may give the date as people write it ("Jun 2, 2025").
        DateText.Found written = DateText.find(e.attr("title"));
        if (written != null) {
            return written.date().toString();
        }
        for (Attribute a : e.attributes()) {
            if (a.getKey().startsWith("data-")
                    && MOMENT_NAME.matcher(a.getKey()).find()) {
                String value = a.getValue().strip();
                String iso = IsoDates.normalise(value);
                if (iso != null) {
                    return iso;
                }
                if (EPOCH.matcher(value).matches()) {
                    long number = Long.parseLong(value);
                    Instant at = value.length() == 10 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
                    // Unix time states no offset: the day is UTC's.
                    return IsoDates.normalise(at.atOffset(ZoneOffset.UTC).toString());
                }
            }
        }
        return null;
    }
}
