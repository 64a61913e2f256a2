package dev.lede.core.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The person a page's footer names as its copyright holder ("© 2025 Ann Lee. All rights reserved."): on a
 * personal site that states no author and no site name, the one who wrote it. A company ("© 2025 Acme Inc.")
 * is no person.
 */
final class CopyrightHolder {

    /** The mark, an optional year or span of years, and the holder up to the first sentence mark. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\((?i:c)\\)|(?i:copyright))\\s*(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:19|20)\\d{2})?\\s*)?,?\\s*"
                    + "([^.,|·•©]+)");
    /** Two or three capitalised words, as a person's name is printed. */
    private static final Pattern PERSON =
            Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2}");
    /** Words a company's or an organisation's name has and a person's does not. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:inc|llc|ltd|limited|gmbh|corp|corporation|company|co|group|media|press|news|publishing|foundation"
                    + "|university|institute|association|society|all|rights|reserved|the)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String FOOTERS =
            "footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright], [role=contentinfo]";

    /** A year or span of years after the holder's name ("© Acme 2025"), which is no part of it. */
    private static final Pattern TRAILING_YEARS =
            Pattern.compile("\\s*(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:19|20)\\d{2})?)$");
    /** A site's name is a few words (as {@link TitleRules} reads a title's site part). */
    private static final int MAX_NAME_WORDS = 4;

    private CopyrightHolder() {}

    /** Whoever the footer's first copyright notice names, person or company ("© 2025 Acme News"), or null. */
    static String holder(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element footer : doc.body().select(FOOTERS)) {
            Matcher m = COPYRIGHT.matcher(HtmlText.line(footer.text()));
            if (m.find()) {
                String holder =
                        TRAILING_YEARS.matcher(HtmlText.line(m.group(1))).replaceFirst("");
                return holder.isEmpty() || HtmlText.words(holder) > MAX_NAME_WORDS ? null : holder;
            }
        }
        return null;
    }

    /** The person named after the copyright mark in the page's footer, or null. */
    static String person(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element footer : doc.body().select(FOOTERS)) {
            Matcher m = COPYRIGHT.matcher(HtmlText.line(footer.text()));
            while (m.find()) {
                String holder = HtmlText.line(m.group(1));
                if (PERSON.matcher(holder).matches()
                        && !ORGANISATION.matcher(holder).find()) {
                    return holder;
                }
            }
        }
        return null;
    }
}
