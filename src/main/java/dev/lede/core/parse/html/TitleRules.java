package dev.lede.core.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a page shows when it has no metadata: the {@code <h1>} that matches {@code <title>},
 * else {@code <title>} without its site name ({@code Headline | Site}, {@code Site: Headline}).
 */
final class TitleRules {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\u2013\\u2014\\\\/>\\u00bb\\u00b7_] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>\\u00bb] ");

    private TitleRules() {
    }

    static String fromDocument(Document doc) {
        String title = HtmlText.line(doc.title());
        Element h1 = matchingH1(doc, title);
        if (h1 != null) {
            return HtmlText.line(h1.text());
        }
        if (title.isEmpty()) {
            Element only = doc.selectFirst("h1");
            return only == null ? null : HtmlText.lineOrNull(only.text());
        }
        return withoutSiteName(title, doc);
    }

    /** An {@code <h1>} whose text is the whole title or its first or last part. */
    private static Element matchingH1(Document doc, String title) {
        String lowerTitle = title.toLowerCase(java.util.Locale.ROOT);
        for (Element h1 : doc.select("h1")) {
            String text = HtmlText.line(h1.text()).toLowerCase(java.util.Locale.ROOT);
            if (text.length() >= 10 && (lowerTitle.startsWith(text) || lowerTitle.endsWith(text))) {
                return h1;
            }
        }
        return null;
    }

    /** The title without a site-name part, following the rules Readability made common. */
    static String withoutSiteName(String title, Document doc) {
        String cut = title;
        boolean hierarchical = HIERARCHICAL.matcher(title).find();
        Matcher m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstEnd < 0) {
                firstEnd = m.end();
            }
            lastStart = m.start();
        }
        if (lastStart >= 0) {
            cut = title.substring(0, lastStart);
            if (HtmlText.words(cut) < 3) {
                cut = title.substring(firstEnd);
            }
        } else if (title.contains(": ") && !headingEquals(doc, title)) {
            cut = title.substring(title.lastIndexOf(':') + 1).strip();
            if (HtmlText.words(cut) < 3) {
                cut = title.substring(title.indexOf(':') + 1).strip();
            } else if (HtmlText.words(title.substring(0, title.indexOf(':'))) > 5) {
                cut = title;
            }
        }
        int before = HtmlText.words(title);
        int after = HtmlText.words(cut);
        if (after <= 4 && (!hierarchical || after != before - 1)) {
            cut = title;
        }
        return HtmlText.lineOrNull(cut);
    }

    private static boolean headingEquals(Document doc, String title) {
        for (Element h : doc.select("h1, h2")) {
            if (HtmlText.line(h.text()).equals(title)) {
                return true;
            }
        }
        return false;
    }
}
