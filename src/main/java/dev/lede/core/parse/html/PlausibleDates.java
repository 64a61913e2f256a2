package dev.lede.core.parse.html;

/**
 * Which years a page's date may have: web articles before 1990 do not exist, so an earlier year is a
 * placeholder ({@code 0001-01-01}); the upper bound is the one the reader uses to hide placeholder dates
 * (README, "Web pages and feeds"), as the parsers have no clock to say what "tomorrow" is.
 */
final class PlausibleDates {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2099;

    private PlausibleDates() {}

    static boolean year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Whether an ISO date ({@code 2025-03-10…}) has a plausible year. */
    static boolean iso(String iso) {
        if (iso == null || iso.length() < 4) {
            return false;
        }
        try {
            return year(Integer.parseInt(iso.substring(0, 4)));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
