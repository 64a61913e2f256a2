// Over 250 lines: the one choice among a page's titles and printed headings, with each agreement rule it weighs.
package dev.lede.core.parse.html;

import dev.lede.core.text.UnspacedScripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The page's headline, chosen by agreement: the {@code <h1>} a reader sees when the metadata titles
 * (JSON-LD, Open Graph, Twitter, {@code <title>}) agree with it, else the metadata title most of the page's
 * statements give (the most trusted on a tie) without its site name. The {@code <h1>} is preferred because titles
 * in metadata are often written for search engines and carry the site's name.
 */
final class HeadlineChoice {

    /**
     * Dice agreement of words above which the h1 stands for the most trusted title. Lower values pick the
     * h1 more often, but then overrule titles Readability keeps (the floors of HtmlExtractionQualityIT).
     */
    private static final double AGREEMENT = 0.7;

    /**
     * Dice agreement of words from which the page's only h1 and the most trusted title tell the same story
     * (measured on wcxb-dev, docs/extraction.md: below it the h1 is as often a section's name as the headline).
     */
    private static final double SAME_STORY = 0.4;
    /** An h1 of three words or fewer is more often a label ("Allergies Health Center", "Lorem") than a headline. */
    private static final int MIN_PRINTED_WORDS = 4;

    /** Readability keeps no title of fewer than three words. */
    private static final int MIN_TITLE_WORDS = 3;
    /** A title this long may be one cut at the 110-character limit of search engines' headlines. */
    private static final int CUT_SHORT_FROM = 100;

    /** The chosen headline (null when the page has none) and the site-name part cut from a title (or null). */
    record Choice(String headline, String sitePart) {}

    private HeadlineChoice() {}

    /**
     * @param titles the metadata titles, most trusted first, JSON-LD's headline first and {@code <title>} last;
     *     nulls allowed
     */
    static Choice choose(Document doc, List<String> titles, TitleRules.SiteNames site) {
        List<String> metaTitles = new ArrayList<>();
        for (String t : titles) {
            String line = HtmlText.lineOrNull(DoubleEncoding.undone(t));
            if (line != null && !metaTitles.contains(line)) {
                metaTitles.add(line);
            }
        }
        List<String> stripped = new ArrayList<>();
        List<String> siteParts = new ArrayList<>();
        String sitePart = null;
        for (String t : metaTitles) {
            stripped.add(TitleRules.withoutSiteName(t, site, metaTitles));
            String part = TitleRules.sitePart(t, site, metaTitles);
            if (part != null) {
                siteParts.add(TitleRules.normal(part));
                sitePart = sitePart == null ? part : sitePart;
            }
        }
        cutShortToWhole(stripped);
        TitleStatements statements =
                TitleStatements.count(doc, titles.isEmpty() ? null : titles.get(0), site, metaTitles);
        List<Integer> trusted = trusted(stripped, statements);
        List<String> h1s = PrintedHeadings.of(doc, site, siteParts);
        if (sidesWithLesserTitle(h1s, metaTitles, stripped, statements)) {
            return new Choice(stripped.get(0), sitePart);
        }
        String best = null;
        double bestAgreement = AGREEMENT;
        for (String h1 : h1s) {
            if (!stripped.isEmpty() && titleBesideDate(h1, stripped.get(0))) {
                return new Choice(stripped.get(0), sitePart);
            }
            // Agreement with the most trusted title, or with one more statements give: lesser metadata standing
            // alone does not overrule it through an h1.
            double agreement = 0;
            for (int i : trusted) {
                agreement = Math.max(agreement, dice(h1, stripped.get(i)));
                if (containsEitherWay(metaTitles.get(i), h1) && !topicOf(h1, metaTitles.get(i))) {
                    agreement = 1;
                }
            }
            if (agreement >= bestAgreement && (best == null || agreement > bestAgreement)) {
                best = h1;
                bestAgreement = agreement;
            }
        }
        String one = h1s.size() == 1 ? h1s.get(0) : PrintedHeadings.onlyInArticle(doc, h1s);
        if (best == null
                && one != null
                && !stripped.isEmpty()
                && TitleRules.words(one).size() >= MIN_PRINTED_WORDS
                && dice(one, stripped.get(0)) >= SAME_STORY) {
            // The page's one h1 tells the same story as the title in other words: the title was written for
            // search results, the h1 is the headline the page prints.
            best = one;
        }
        if (best != null) {
            return new Choice(capitalsOfTitle(best, stripped) ? stripped.get(0) : best, sitePart);
        }
        if (stripped.isEmpty()) {
            return new Choice(h1s.isEmpty() ? null : h1s.get(0), null);
        }
        // No printed headline to side with: the title most statements give, the most trusted on a tie.
        int most = 0;
        for (int i : trusted) {
            most = statements.of(stripped.get(i)) > statements.of(stripped.get(most)) ? i : most;
        }
        return new Choice(stripped.get(most), sitePart);
    }

    /**
     * The indexes of the titles an h1 may agree with: the most trusted, and any that more of the page's statements
     * give than give it (a JSON-LD headline holding a description, against Open Graph, Twitter and {@code <title>}
     * agreeing), in the order of trust.
     */
    private static List<Integer> trusted(List<String> stripped, TitleStatements statements) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < stripped.size(); i++) {
            if (i == 0 || statements.of(stripped.get(i)) > statements.of(stripped.get(0))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A short h1 that is only the topic before a title's colon ("Index funds" of "Index Funds: How to Invest") is
     * a label over the headline, not the headline: Readability keeps no title of fewer than three words.
     */
    private static boolean topicOf(String h1, String title) {
        return TitleRules.words(h1).size() < MIN_TITLE_WORDS
                && TitleRules.normal(title).startsWith(TitleRules.normal(h1) + ":");
    }

    /**
     * The metadata titles disagree, and the h1 repeats a lesser one (og:title against JSON-LD, twitter:title
     * against og:title): the page's most deliberate title wins, as in Readability's order of trust. An h1
     * the most trusted title holds is not such a case, nor one whose title more of the page's statements give than
     * give the most trusted (one JSON-LD headline alone does not outvote them: docs/extraction.md, generation 13).
     */
    private static boolean sidesWithLesserTitle(
            List<String> h1s, List<String> metaTitles, List<String> stripped, TitleStatements statements) {
        if (stripped.size() < 2) {
            return false;
        }
        String top = TitleRules.normal(stripped.get(0));
        boolean disagree = false;
        for (String t : stripped) {
            disagree |= !TitleRules.normal(t).equals(top);
        }
        if (!disagree) {
            return false;
        }
        for (String h1 : h1s) {
            if (TitleRules.normal(h1).equals(top)) {
                return false;
            }
        }
        for (String h1 : h1s) {
            if (containsEitherWay(metaTitles.get(0), h1)) {
                continue;
            }
            for (String lesser : stripped.subList(1, stripped.size())) {
                if (TitleRules.normal(lesser).equals(TitleRules.normal(h1))
                        && statements.of(lesser) <= statements.of(stripped.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The most trusted title cut short at a length limit (search engines show 110 characters of a headline, and
     * SEO plugins cut JSON-LD's {@code headline} there) is replaced by the lesser title it begins.
     */
    private static void cutShortToWhole(List<String> stripped) {
        if (stripped.isEmpty() || stripped.get(0).length() < CUT_SHORT_FROM) {
            return;
        }
        String top = TitleRules.normal(stripped.get(0));
        for (String lesser : stripped.subList(1, stripped.size())) {
            String whole = TitleRules.normal(lesser);
            if (whole.length() > top.length() && whole.startsWith(top)) {
                stripped.set(0, lesser);
                return;
            }
        }
    }

    /**
     * The h1 agreed with is the title written in capitals, a style that loses the words' case: the title, as the
     * page's author typed it, wins. (Titles that differ from the h1 only in punctuation are not taken: metadata
     * titles carry stray marks, quotes and glyphs more often than the printed headline does.)
     */
    private static boolean capitalsOfTitle(String h1, List<String> stripped) {
        if (stripped.isEmpty()) {
            return false;
        }
        String title = stripped.get(0);
        return h1.chars().noneMatch(Character::isLowerCase)
                && title.chars().anyMatch(Character::isLowerCase)
                && dice(h1, title) >= AGREEMENT;
    }

    /**
     * The h1 holds the title and a date beside it ("Dec 18 2025 Preparing a transition"): the page prints its
     * dateline inside the heading element, and the title is the headline without it.
     */
    private static boolean titleBesideDate(String h1, String title) {
        String printed = TitleRules.normal(h1);
        String titled = TitleRules.normal(title);
        int at = titled.isEmpty() ? -1 : printed.indexOf(titled);
        if (at < 0 || printed.length() == titled.length()) {
            return false;
        }
        return DateText.find(printed.substring(0, at) + " " + printed.substring(at + titled.length())) != null;
    }

    /**
     * One is the other with more words around it: a title with a site name or a kicker the h1 leaves out. The
     * shorter must be a title on its own: of three words or more (Readability keeps no shorter title), or a
     * whole part of the longer one, set off by a separator ("Book Reviews" of "Book Reviews – The Writing
     * Center"), or its opening words, the subject a title for search then describes ("restaurant" of "RESTAURANT
     * Definition &amp; Meaning"). A one-word h1 ("Discord") found inside a long title is a word of it, not the
     * same headline.
     */
    private static boolean containsEitherWay(String a, String b) {
        String na = TitleRules.normal(a);
        String nb = TitleRules.normal(b);
        String shorter = na.length() <= nb.length() ? na : nb;
        String longer = shorter == na ? nb : na;
        if (!longer.contains(shorter)) {
            return false;
        }
        // A character of a script written without spaces counts as a word, as the search takes it.
        return TitleRules.words(UnspacedScripts.spaced(shorter)).size() >= MIN_TITLE_WORDS
                || TitleRules.isWholePart(shorter, longer)
                || longer.startsWith(shorter + " ");
    }

    private static double dice(String a, String b) {
        Set<String> wa = TitleRules.words(a);
        Set<String> wb = TitleRules.words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        long shared = wa.stream().filter(wb::contains).count();
        return 2.0 * shared / (wa.size() + wb.size());
    }
}
