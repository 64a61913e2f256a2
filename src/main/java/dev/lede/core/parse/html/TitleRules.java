// Over 250 lines: the site-name cuts of a title: each separator, each way a part names the site.
package dev.lede.core.parse.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title without its site-name part ({@code Headline | Site}, {@code Site: Headline}, {@code Headline — Site}).
 * A part is the site's when it names the site ({@code og:site_name}, the publisher, the domain) or when
 * the page's other titles end or start with it too; a cut never leaves a headline of one word, nor of two unless
 * what it took off is the site's stated name or a host name.
 */
final class TitleRules {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s+[|\\-\u2013\u2014\u00bb\u203a\u00b7\u2022/\\\\>~]\\s+|\\s*[|\u00bb\u2022]\\s*|:\\s+");
    /** One or more separator marks: "Headline :: Site" loses both colons. */
    private static final String TRAILING_SEPARATOR = "(?:\\s*[|\\-\u2013\u2014\u00bb\u203a\u00b7\u2022/\\\\>~:])+\\s*$";

    private static final String LEADING_SEPARATOR = "^(?:\\s*[|\\-\u2013\u2014\u00bb\u203a\u00b7\u2022/\\\\>~:])+\\s*";
    /** A host name as a title part ("… – harbourlight.org"): a site names itself so, whatever its stated name. */
    private static final Pattern DOMAIN =
            Pattern.compile("(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");
    /** Longer parts are headline text, not a site's name (Readability treats a title part of up to four words as the site's). */
    private static final int MAX_SITE_WORDS = 4;
    /** Readability keeps a title of fewer than three words whole rather than cut it. */
    private static final int MIN_WORDS_LEFT = 3;

    /** An abbreviation as a title part: two to six capitals. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");

    private TitleRules() {}

    /** The parts of the page that name its site: the site name, the publisher, the domain's words. */
    record SiteNames(Set<String> names, boolean stated) {

        static SiteNames of(List<String> names, String url) {
            Set<String> all = new LinkedHashSet<>();
            for (String name : names) {
                if (name != null && !normal(name).isEmpty()) {
                    all.add(normal(name));
                }
            }
            boolean stated = !all.isEmpty();
            String host = host(url);
            if (host != null) {
                all.add(host);
            }
            return new SiteNames(all, stated);
        }

        /**
         * Whether {@code part} names the site: equal to a name, or, squeezed, the domain's name or in it, or the
         * initials of a stated name of several words ("WFA" for "World Future Awards").
         */
        boolean named(String part) {
            String p = normal(part);
            if (p.isEmpty()) {
                return false;
            }
            if (stated
                    && INITIALS.matcher(part.strip()).matches()
                    && names.stream().anyMatch(name -> p.equals(initials(name)))) {
                return true;
            }
            String squeezed = squeeze(p);
            for (String name : names) {
                String n = squeeze(name);
                boolean short_ = HtmlText.words(p) <= MAX_SITE_WORDS;
                if (p.equals(name)
                        || squeezed.equals(n)
                        || short_ && squeezed.length() >= 4 && n.contains(squeezed)
                        || short_ && n.length() >= 4 && (squeezed.startsWith(n) || squeezed.endsWith(n))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code part} is the site's stated name or a host name ("Newegg.com", "www.newegg.com"). */
        boolean ownName(String part) {
            String p = normal(part).strip();
            return stated && exactly(p) || DOMAIN.matcher(p).matches();
        }

        /** Whether {@code part} is one of the names, letters and digits compared. */
        boolean exactly(String part) {
            String squeezed = squeeze(normal(part));
            return names.stream().anyMatch(n -> squeeze(n).equals(squeezed));
        }

        private static String initials(String name) {
            String[] words = name.split("[^\\p{L}\\p{N}]+");
            if (words.length < 2) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty()) {
                    out.append(w.charAt(0));
                }
            }
            return out.toString();
        }

        private static String host(String url) {
            if (url == null) {
                return null;
            }
            try {
                String host = URI.create(url.strip()).getHost();
                if (host == null) {
                    return null;
                }
                String[] labels = host.toLowerCase(Locale.ROOT)
                        .replaceFirst("^www\\d?\\.", "")
                        .split("\\.");
                // The registered name, not the public suffix: example.co.uk → example.
                int i = labels.length >= 3 && labels[labels.length - 2].length() <= 3
                        ? labels.length - 3
                        : labels.length - 2;
                return i >= 0 ? labels[i] : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * {@code title} without a first or last part that names the site or that {@code others} (the page's
     * other titles) share; the title itself when no such part is found.
     */
    static String withoutSiteName(String title, SiteNames site, List<String> others) {
        List<String> parts = parts(title);
        if (parts.size() < 2) {
            return title;
        }
        String cut = title;
        boolean certain = true;
        for (int round = 0; round < 2; round++) {
            List<String> now = parts(cut);
            if (now.size() < 2) {
                break;
            }
            String last = now.get(now.size() - 1);
            String first = now.get(0);
            // After a colon a part is the site's only when it is the site's exact name ("Site: Headline").
            if (isSitePart(last, site, others, title, cut) && (!colonBefore(cut, last) || site.exactly(last))) {
                certain &= site.ownName(last);
                cut = before(cut, last);
            } else if (isSitePart(first, site, others, title, cut)
                    && (!colonAfter(cut, first) || site.exactly(first))) {
                certain &= site.ownName(first);
                cut = after(cut, first);
            } else {
                break;
            }
        }
        // A short rest is kept whole unless each part taken off is the site's own name or address: "GAME
        // CHANGER | Newegg.com" is the page's name, where "Opinion | Politics" may be a section's.
        return HtmlText.words(cut) < (certain ? 2 : MIN_WORDS_LEFT) ? title : cut;
    }

    /** The part of {@code title} that {@link #withoutSiteName} takes off, or null. */
    static String sitePart(String title, SiteNames site, List<String> others) {
        String cut = withoutSiteName(title, site, others);
        if (cut.equals(title)) {
            return null;
        }
        String rest = title.startsWith(cut)
                ? title.substring(cut.length())
                : title.substring(0, title.length() - cut.length());
        return HtmlText.lineOrNull(SEPARATOR.matcher(" " + rest + " ").replaceAll(" "));
    }

    /** @param cut the title as cut so far: a pipe's last part is judged against what is left of it */
    private static boolean isSitePart(String part, SiteNames site, List<String> others, String title, String cut) {
        if (site.named(part) || DOMAIN.matcher(part.strip()).matches()) {
            return true;
        }
        if (HtmlText.words(part) <= MAX_SITE_WORDS
                && cut.endsWith(" | " + part)
                && HtmlText.words(cut) - HtmlText.words(part) >= MIN_WORDS_LEFT) {
            // Readability's rule: a short last part after a pipe is the site's name, or the name of its section
            // ("… | Opinion"), whether or not the page states the site's name.
            return true;
        }
        // Another title of the page is the rest without this part (twitter:title "Headline" beside a <title>
        // "Headline — Site"): the titles agree on the headline, and the part is what one of them adds around it.
        String rest = normal(cut.endsWith(part) ? before(cut, part) : after(cut, part));
        for (String other : others) {
            if (normal(other).equals(rest) && HtmlText.words(rest) >= MIN_WORDS_LEFT) {
                return true;
            }
        }
        // A short part that another title of the page also has at one of its ends, around a different
        // headline, is the site's brand.
        String p = normal(part);
        if (HtmlText.words(p) > MAX_SITE_WORDS) {
            return false;
        }
        for (String other : others) {
            List<String> otherParts = parts(other);
            if (otherParts.size() < 2 || normal(other).equals(normal(title))) {
                continue;
            }
            if (normal(otherParts.get(0)).equals(p)
                    || normal(otherParts.get(otherParts.size() - 1)).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} is one of the parts a separator splits {@code title} into (both as {@link #normal}). */
    static boolean isWholePart(String part, String title) {
        return parts(title).contains(part.strip());
    }

    private static List<String> parts(String title) {
        List<String> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int start = 0;
        while (m.find()) {
            parts.add(title.substring(start, m.start()).strip());
            start = m.end();
        }
        parts.add(title.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static boolean colonBefore(String title, String lastPart) {
        return title.substring(0, title.lastIndexOf(lastPart)).stripTrailing().endsWith(":");
    }

    private static boolean colonAfter(String title, String firstPart) {
        return title.substring(title.indexOf(firstPart) + firstPart.length()).startsWith(":");
    }

    private static String before(String title, String lastPart) {
        return title.substring(0, title.lastIndexOf(lastPart))
                .replaceFirst(TRAILING_SEPARATOR, "")
                .strip();
    }

    private static String after(String title, String firstPart) {
        return title.substring(title.indexOf(firstPart) + firstPart.length())
                .replaceFirst(LEADING_SEPARATOR, "")
                .strip();
    }

    /** Lower case, quotes and dashes unified, spaces collapsed: how two titles are compared. */
    static String normal(String text) {
        String n = java.text.Normalizer.normalize(HtmlText.line(text), java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        return n.replaceAll("[\u2018\u2019`]", "'")
                .replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("[\u2013\u2014]", "-");
    }

    private static String squeeze(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The words of a title, lower case, for agreement between candidates. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : normal(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
