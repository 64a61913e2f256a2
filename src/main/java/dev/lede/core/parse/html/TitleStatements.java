package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * How many of the page's own statements give each title, once its site part is cut: JSON-LD's headline, each
 * {@code <meta>} that names a title (Open Graph, Twitter, Dublin Core, Parse.ly…) and {@code <title>}. One
 * {@code <meta property="og:title twitter:title">} is one statement. A title several statements agree on is what the
 * site meant; one that stands alone (a JSON-LD headline holding a description, an internal name) is not.
 */
final class TitleStatements {

    /** The meta names whose content is the page's title (HtmlMetadata reads the same ones). */
    private static final Set<String> TITLE_NAMES = Set.of(
            "dc:title", "dcterm:title", "og:title", "twitter:title", "parsely-title", "weibo:article:title", "title");

    private final Map<String, Integer> counts;

    private TitleStatements(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /**
     * @param jsonLd the JSON-LD headline, or null
     * @param others the page's titles, as {@link TitleRules#withoutSiteName} compares a title part with them
     */
    static TitleStatements count(Document doc, String jsonLd, TitleRules.SiteNames site, List<String> others) {
        List<String> stated = new ArrayList<>();
        stated.add(jsonLd);
        for (Element meta : doc.getElementsByTag("meta")) {
            if (namesTitle(meta)) {
                stated.add(Parser.unescapeEntities(meta.attr("content"), true));
            }
        }
        stated.add(doc.title());
        Map<String, Integer> counts = new HashMap<>();
        for (String s : stated) {
            String line = HtmlText.lineOrNull(DoubleEncoding.undone(s));
            if (line != null) {
                counts.merge(TitleRules.normal(TitleRules.withoutSiteName(line, site, others)), 1, Integer::sum);
            }
        }
        return new TitleStatements(counts);
    }

    /** How many statements give {@code title} (a title without its site part). */
    int of(String title) {
        return counts.getOrDefault(TitleRules.normal(title), 0);
    }

    private static boolean namesTitle(Element meta) {
        for (String attr : new String[] {"property", "name", "itemprop"}) {
            for (String name : meta.attr(attr).trim().split("\\s+")) {
                if (TITLE_NAMES.contains(name.replace('.', ':').toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
