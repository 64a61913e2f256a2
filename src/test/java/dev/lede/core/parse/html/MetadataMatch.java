package dev.lede.core.parse.html;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When an extracted headline or byline counts as right against Readability's expected metadata.
 * Readability keeps some site names in titles and some "By" prefixes and dates in bylines, so the
 * comparison forgives exactly those differences and nothing else.
 */
final class MetadataMatch {

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[|\\-\u2013\u2014:·_»/\\\\]\\s*|\\s*[|\\-\u2013\u2014:·_»/\\\\]\\s+|:\\s+|\\s+(?=\\[)");

    private MetadataMatch() {}

    static String normal(String s) {
        String n =
                Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\u2018\u2019`]", "'").replaceAll("[\u201C\u201D]", "\"");
        return n.replaceAll("\\s+", " ").strip();
    }

    /** Equal, or equal once a site-name part before or after a separator is dropped from either side. */
    static boolean headlineMatches(String expected, String actual) {
        String e = normal(expected);
        String a = normal(actual);
        if (e.equals(a)) {
            return true;
        }
        return withoutSitePart(e, a) || withoutSitePart(a, e);
    }

    private static boolean withoutSitePart(String longer, String shorter) {
        if (shorter.isEmpty() || !longer.contains(shorter)) {
            return false;
        }
        for (String part : SEPARATOR.split(longer)) {
            if (part.strip().equals(shorter)) {
                return true;
            }
        }
        int at = longer.indexOf(shorter);
        String before = longer.substring(0, at);
        String after = longer.substring(at + shorter.length());
        return (before.isEmpty() || SEPARATOR.matcher(before).find() && before.length() < 60)
                && (after.isEmpty() || SEPARATOR.matcher(after).lookingAt() && after.length() < 60);
    }

    /** The same person or people: one name text contains the other once "By" and spacing are ignored. */
    static boolean bylineMatches(String expected, String actual) {
        String e = name(expected);
        String a = name(actual);
        if (a.length() < 2) {
            return false;
        }
        return e.contains(a) || a.contains(e);
    }

    private static String name(String s) {
        String n = normal(s).replaceFirst("^(by|par|por|von|written by)\\s+", "");
        return String.join(" ", List.of(n.split("[^\\p{L}\\p{N}]+"))).strip();
    }
}
