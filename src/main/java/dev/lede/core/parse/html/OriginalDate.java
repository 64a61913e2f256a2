package dev.lede.core.parse.html;

import dev.lede.core.parse.PlausibleDates;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page says in words it was first published ("This article was originally published on 26 Sep 2019 but
 * has been updated", "Originally published November 9, 2022"): the page's own statement of which of its dates is
 * the publication, above any date shown by the headline (often the last update's) and the metadata's.
 */
final class OriginalDate {

    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:originally|first)\\s+(?:published|posted)(?:\\s+(?:on|in))?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** The date follows the words at once (a time or a weekday may stand before it), not somewhere later in a sentence. */
    private static final int MAX_GAP = 12;
    /** What is read after the words: a date and its time. */
    private static final int MAX_DATE = 40;

    private OriginalDate() {}

    /** The first such statement's day outside the readers' comments, or null. */
    static LocalDate find(Document doc, PlausibleDates dates) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().getElementsMatchingOwnText(STATEMENT)) {
            if (PageRegions.inComments(e)) {
                continue;
            }
            // The date may be in a child (a <time>), so the element's whole text is read.
            String text = HtmlText.line(e.text());
            Matcher m = STATEMENT.matcher(text);
            while (m.find()) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + MAX_DATE));
                DateText.Found found = DateText.find(after, dates);
                if (found != null && found.at() <= MAX_GAP) {
                    return found.date();
                }
            }
        }
        return null;
    }
}
