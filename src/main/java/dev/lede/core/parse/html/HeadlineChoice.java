package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's headline, chosen by agreement: the {@code <h1>} a reader sees when the metadata titles
 * (JSON-LD, Open Graph, Twitter, {@code <title>}) agree with it, else the most trusted metadata title
 * without its site name. The {@code <h1>} is preferred because titles in metadata are often written for
 * search engines and carry the site's name.
 */
final class HeadlineChoice {

    /** Dice agreement of words above which an h1 and a metadata title name the same story. */
    private static final double AGREEMENT = 0.5;
    private static final int MAX_HEADLINE_CHARS = 300;
    /** A lone h1 of one or two words is a section or site name more often than a headline. */
    private static final int MIN_LONE_H1_WORDS = 3;

    /** The chosen headline (null when the page has none) and the site-name part cut from a title (or null). */
    record Choice(String headline, String sitePart) {
    }

    private HeadlineChoice() {
    }

    /** @param titles the metadata titles, most trusted first, {@code <title>} last; nulls allowed */
    static Choice choose(Document doc, List<String> titles, TitleRules.SiteNames site) {
        List<String> metaTitles = new ArrayList<>();
        for (String t : titles) {
            String line = HtmlText.lineOrNull(t);
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
        List<String> h1s = headings(doc, site, siteParts);
        String best = null;
        double bestAgreement = AGREEMENT;
        for (String h1 : h1s) {
            for (String m : stripped) {
                double agreement = dice(h1, m);
                if (agreement >= bestAgreement && (best == null || agreement > bestAgreement)) {
                    best = h1;
                    bestAgreement = agreement;
                }
            }
        }
        if (best != null) {
            return new Choice(best, sitePart);
        }
        if (stripped.isEmpty() || h1s.size() == 1 && HtmlText.words(h1s.get(0)) >= MIN_LONE_H1_WORDS) {
            // trafilatura's rule: a page with a single h1 shows its headline there, whatever the metadata says.
            return new Choice(h1s.isEmpty() ? null : h1s.get(0), sitePart);
        }
        return new Choice(stripped.get(0), sitePart);
    }

    /** The page's visible h1 texts, without those in navigation, sidebars or footers and those naming the site. */
    private static List<String> headings(Document doc, TitleRules.SiteNames site, List<String> siteParts) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        for (Element h1 : doc.body().getElementsByTag("h1")) {
            String text = HtmlText.line(h1.text());
            if (text.isEmpty() || text.length() > MAX_HEADLINE_CHARS || PageRegions.inBoilerplate(h1)
                    || site.named(text) || siteParts.contains(TitleRules.normal(text)) || out.contains(text)) {
                continue;
            }
            out.add(text);
        }
        return out;
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
