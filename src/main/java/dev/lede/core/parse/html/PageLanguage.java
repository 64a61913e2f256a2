package dev.lede.core.parse.html;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The language a page declares ({@code <html lang>}, else {@code og:locale}), and how that language writes dates. */
final class PageLanguage {

    private PageLanguage() {}

    /**
     * Whether the page's declared language writes a numeric date with the day before the month, by the JDK's CLDR
     * short date pattern ({@code fr}: "dd/MM/y", {@code en-GB}: "dd/MM/y", {@code en}: "M/d/yy"); false when the
     * page declares none.
     */
    static boolean writesDayFirst(Document doc) {
        String pattern = shortDatePattern(doc);
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        return day >= 0 && month >= 0 && day < month;
    }

    /**
     * Whether the page's declared language writes a numeric date year first by the same CLDR pattern ({@code ko}:
     * "yy. M. d.", {@code ja}: "y/MM/dd", {@code sv}: "y-MM-dd"); false when the page declares none.
     */
    static boolean writesYearFirst(Document doc) {
        String pattern = shortDatePattern(doc);
        int year = pattern.indexOf('y');
        int month = pattern.indexOf('M');
        return year >= 0 && month >= 0 && year < month;
    }

    /** The declared language's CLDR short date pattern, or "" when the page declares none. */
    private static String shortDatePattern(Document doc) {
        Locale locale = declared(doc);
        if (locale == null || locale.getLanguage().isEmpty()) {
            return "";
        }
        try {
            return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                    FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Locale declared(Document doc) {
        Element html = doc.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang").strip();
        if (tag.isEmpty()) {
            String og = HtmlMetadata.meta(doc, "og:locale");
            tag = og == null ? "" : og.strip();
        }
        return tag.isEmpty() ? null : Locale.forLanguageTag(tag.replace('_', '-'));
    }
}
