// Over 250 lines: the written date forms and the month names of eleven languages.
package dev.lede.core.parse.html;

import dev.lede.core.parse.PlausibleDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date written for people ({@code November 14, 2025}, {@code 14. November 2025},
 * {@code 14 de noviembre de 2025}, {@code 14.11.2025}, {@code 2025-11-14}, {@code 2025年11月14日}) found in a
 * short text, with month names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and the Scandinavian
 * languages. Over 300 lines mostly for the month names written out beside the JDK's (the forms pages write that
 * CLDR lacks: "sept", "févr", genitive Polish months).
 */
final class DateText {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String[][] NAMES = {
        {
            "january",
            "jan",
            "januar",
            "jänner",
            "janvier",
            "janv",
            "enero",
            "ene",
            "gennaio",
            "gen",
            "janeiro",
            "januari",
            "stycznia"
        },
        {
            "february",
            "feb",
            "februar",
            "février",
            "fevrier",
            "févr",
            "febrero",
            "febbraio",
            "fevereiro",
            "fev",
            "februari",
            "lutego"
        },
        {"march", "mar", "märz", "mär", "maerz", "mars", "marzo", "março", "marco", "maart", "mrz", "marts", "marca"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "września"
        },
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada"},
        {
            "december",
            "dec",
            "dezember",
            "dez",
            "décembre",
            "decembre",
            "déc",
            "diciembre",
            "dic",
            "dicembre",
            "dezembro",
            "desember",
            "grudnia"
        },
    };

    /**
     * Languages whose month names and abbreviations the JDK's CLDR data adds to the list above ("mrt", "sty", "des"):
     * the pages read most often besides English.
     */
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb"};

    static {
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (java.time.Month month : java.time.Month.values()) {
                for (java.time.format.TextStyle style : java.time.format.TextStyle.values()) {
                    if (style != java.time.format.TextStyle.NARROW
                            && style != java.time.format.TextStyle.NARROW_STANDALONE) {
                        String name = month.getDisplayName(style, locale).toLowerCase(Locale.ROOT);
                        MONTHS.putIfAbsent(name.replaceFirst("\\.$", ""), month.getValue());
                    }
                }
            }
        }
    }

    /**
     * A weekday's name, whole or short, in the same languages as the months (from the JDK's CLDR data), as a pattern
     * without a group: a byline's date often begins with one ("on Friday, December 12").
     */
    static final String WEEKDAY = weekdays();

    private static String weekdays() {
        java.util.Set<String> names = new java.util.TreeSet<>(java.util.Comparator.comparing(String::length)
                .reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (java.time.format.TextStyle style : new java.time.format.TextStyle[] {
                    java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT
                }) {
                    String name = day.getDisplayName(style, locale)
                            .toLowerCase(Locale.ROOT)
                            .replaceFirst("\\.$", "");
                    if (name.length() >= 3) { // two letters ("Do", "Mi") are also names: a byline ends in them
                        names.add(java.util.regex.Pattern.quote(name));
                    }
                }
            }
        }
        return "(?iu:" + String.join("|", names) + ")\\.?,?";
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?";
    /** "14 November 2025", "14. November 2025", "14 de noviembre de 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "November 14, 2025", "Nov. 14 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** 2025-11-14, 2025/11/14 and 2025.11.14: a year written first is always followed by month, then day. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\.?\\d)");

    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /**
     * 14.11.2025 and 14-11-2025 (day first, as written in Europe and India) or 11/14/2025 (month first), each
     * unless that cannot be.
     */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

    /** A two-digit year, with the apostrophe that may stand for its century ("'25"), and nothing after it. */
    private static final String SHORT_YEAR = "['’]?(\\d{2})(?![\\d./:-]|\\p{L})";
    /** "3 Dec 25", "3. Dezember 25". */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "\\s+" + MONTH + ",?\\s+" + SHORT_YEAR, Pattern.CASE_INSENSITIVE);
    /** "Dec 3, 25", "Dec. 3 '25". */
    private static final Pattern MONTH_DAY_SHORT_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+" + SHORT_YEAR, Pattern.CASE_INSENSITIVE);
    /** "12/03/25", "3.12.25": as {@link #NUMERIC}, not part of a longer run of numbers (a version, an address). */
    private static final Pattern NUMERIC_SHORT_YEAR =
            Pattern.compile("(?<![\\p{L}\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2" + SHORT_YEAR);
    /**
     * "25.06.02", "25. 6. 2.", "25/6/2": a two-digit year first, then month and day, as languages whose short date
     * pattern begins with the year write it (Korean, Japanese, Chinese, Swedish); a space may follow each separator.
     */
    private static final Pattern YEAR_FIRST_SHORT =
            Pattern.compile("(?<![\\p{L}\\d./-])(\\d{2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?![\\d:]|[./-]\\d)");
    /** POSIX {@code strptime}'s {@code %y}: two-digit years from 69 are the 1900s, below it the 2000s. */
    private static final int CENTURY_PIVOT = 69;

    private DateText() {}

    /** The number of a month written as a name in one of the languages above ("october", "okt"), or null. */
    static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** The first date with a plausible year written in {@code text} and where it starts, or null. */
    static Found find(String text) {
        return find(text, PlausibleDates.ANY_READ_DAY);
    }

    /** The first date written in {@code text} that {@code dates} allows, and where it starts, or null. */
    static Found find(String text, PlausibleDates dates) {
        Found best = null;
        best = earlier(best, named(DAY_MONTH_YEAR, text, 1, 2, 3, dates));
        best = earlier(best, named(MONTH_DAY_YEAR, text, 2, 1, 3, dates));
        best = earlier(best, numbered(ISO.matcher(text), 1, 3, 4, dates));
        best = earlier(best, numbered(CJK.matcher(text), 1, 2, 3, dates));
        return earlier(best, slashed(NUMERIC.matcher(text), false, dates));
    }

    /**
     * The first date with a two-digit year ("12/03/25", "3 Dec 25") in {@code text} that {@code dates} allows, the
     * century as POSIX's {@code %y} gives it; null when there is none. Only for when nothing else dates a page: a
     * short year is read only when the text has no date with a full one.
     */
    static Found findShortYear(String text, PlausibleDates dates) {
        return findShortYear(text, dates, false);
    }

    /** As {@link #findShortYear(String, PlausibleDates)}; with {@code yearFirst}, numbers read year, month, day. */
    static Found findShortYear(String text, PlausibleDates dates, boolean yearFirst) {
        if (find(text, dates) != null) {
            return null;
        }
        if (yearFirst) {
            Matcher m = YEAR_FIRST_SHORT.matcher(text);
            while (m.find()) {
                LocalDate date =
                        date(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), dates);
                if (date != null) {
                    return new Found(date, m.start(), m.end());
                }
            }
            return null;
        }
        Found best = null;
        best = earlier(best, named(DAY_MONTH_SHORT_YEAR, text, 1, 2, 3, dates));
        best = earlier(best, named(MONTH_DAY_SHORT_YEAR, text, 2, 1, 3, dates));
        return earlier(best, slashed(NUMERIC_SHORT_YEAR.matcher(text), true, dates));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() != 2 ? year : year + (year >= CENTURY_PIVOT ? 1900 : 2000);
    }

    /** The first date of day, month and year in numbers, day or month first (see {@link #NUMERIC}). */
    private static Found slashed(Matcher m, boolean shortYear, PlausibleDates dates) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = a > 12 || !m.group(2).equals("/") && b <= 12;
            int year = shortYear ? year(m.group(4)) : Integer.parseInt(m.group(4));
            LocalDate date = date(year, dayFirst ? b : a, dayFirst ? a : b, dates);
            if (date != null) {
                // 09.10.2024 is 9 October in Europe and 10 September on many American sites.
                LocalDate other =
                        a <= 12 && b <= 12 && a != b ? date(year, dayFirst ? a : b, dayFirst ? b : a, dates) : null;
                return new Found(date, m.start(), m.end(), other, !dayFirst);
            }
        }
        return null;
    }

    /**
     * A date and where it was written in the text ({@code at} to {@code end}); {@code otherReading} is the date
     * with day and month swapped when the text does not settle which comes first, else null; {@code monthFirst}
     * says that {@code date} read the month first.
     */
    record Found(LocalDate date, int at, int end, LocalDate otherReading, boolean monthFirst) {

        Found(LocalDate date, int at, int end) {
            this(date, at, end, null, false);
        }
    }

    /** The first match of {@code pattern} whose month name is known, with the groups holding day, month and year. */
    private static Found named(Pattern pattern, String text, int day, int month, int year, PlausibleDates dates) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Integer number = MONTHS.get(m.group(month).toLowerCase(Locale.ROOT));
            LocalDate date =
                    number == null ? null : date(year(m.group(year)), number, Integer.parseInt(m.group(day)), dates);
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found numbered(Matcher m, int year, int month, int day, PlausibleDates dates) {
        while (m.find()) {
            LocalDate date = date(
                    Integer.parseInt(m.group(year)),
                    Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day)),
                    dates);
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b != null && b.at() < a.at() ? b : a;
    }

    private static LocalDate date(int year, int month, int day, PlausibleDates dates) {
        if (!dates.year(year)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return dates.day(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
