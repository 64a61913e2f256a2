package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline, byline, published date, site and canonical URL, each taken from the most
 * trusted source that has it: JSON-LD, then Open Graph / Twitter / other meta tags, then the markup
 * ({@code <time>}, byline elements, {@code <h1>}, {@code <title>}). Unknown values are null.
 */
record HtmlMetadata(String headline, String byline, String published, String site, String url) {

    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|von|par|por|door|di|written by|posted by)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_ARTICLES = Pattern.compile(
            "related|sidebar|comment|footer|promo|recommend|popular|trending|more-stories|teaser", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE = 100;
    /** Longer runs of words in a byline element are a teaser or a caption, not names. */
    private static final int MAX_BYLINE_WORDS = 10;

    /** Reads the metadata of {@code doc}; never throws. */
    static HtmlMetadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc, first(meta(doc, "og:title"), doc.title()));
        String url = first(absolute(doc.selectFirst("link[rel=canonical]"), "href"), absoluteMeta(doc, "og:url"),
                ld.url());
        String siteName = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
        TitleRules.SiteNames siteNames = TitleRules.SiteNames.of(
                java.util.Arrays.asList(siteName, ld.publisher(), meta(doc, "application-name")),
                first(url, doc.location()));
        HeadlineChoice.Choice title = HeadlineChoice.choose(doc, java.util.Arrays.asList(ld.headline(),
                meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "dc:title"), meta(doc, "dcterm:title"), meta(doc, "parsely-title"),
                meta(doc, "weibo:article:title"), meta(doc, "title"), doc.title()), siteNames);
        String headline = title.headline();
        String byline = cleanByline(first(ld.author(), metaAll(doc, "dc:creator"), metaAll(doc, "dcterm:creator"),
                meta(doc, "author"), meta(doc, "parsely-author"), meta(doc, "sailthru:author"),
                nonUrl(meta(doc, "article:author")), nonUrl(meta(doc, "og:article:author")), markupByline(doc)));
        String published = PageDate.choose(doc, java.util.Arrays.asList(IsoDates.normalise(ld.published()),
                IsoDates.normalise(meta(doc, "article:published_time")),
                IsoDates.normalise(meta(doc, "parsely-pub-date")),
                IsoDates.normalise(meta(doc, "datepublished")),
                IsoDates.normalise(meta(doc, "dc:date")),
                IsoDates.normalise(meta(doc, "dcterms:created")),
                IsoDates.normalise(meta(doc, "date")),
                IsoDates.normalise(meta(doc, "pubdate")),
                IsoDates.normalise(meta(doc, "sailthru:date")),
                // Last resorts: when the page was changed says little about when it was published.
                IsoDates.normalise(ld.modified()),
                IsoDates.normalise(meta(doc, "article:modified_time")),
                IsoDates.normalise(meta(doc, "og:updated_time"))), headline, url);
        String site = first(siteName, title.sitePart());
        return new HtmlMetadata(HtmlText.lineOrNull(headline), byline, published,
                HtmlText.lineOrNull(site), HtmlText.lineOrNull(url));
    }

    /**
     * The content of the first meta tag whose name, property or itemprop is {@code key}; case and the
     * {@code dc.title} / {@code dc:title} spelling do not matter.
     */
    static String meta(Document doc, String key) {
        List<String> all = metaValues(doc, key);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every distinct value of a repeatable meta tag (several {@code dc:creator}s), joined with ", ". */
    static String metaAll(Document doc, String key) {
        List<String> all = metaValues(doc, key);
        return all.isEmpty() ? null : String.join(", ", all);
    }

    private static List<String> metaValues(Document doc, String key) {
        List<String> values = new ArrayList<>();
        String wanted = key.replace('.', ':');
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                // Some sites put several space-separated names in one property attribute.
                for (String name : meta.attr(attr).trim().split("\\s+")) {
                    String value = HtmlText.line(org.jsoup.parser.Parser.unescapeEntities(content, true));
                    if (name.replace('.', ':').equalsIgnoreCase(wanted) && !value.isEmpty() && !values.contains(value)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static String markupByline(Document doc) {
        List<Element> candidates = new ArrayList<>();
        candidates.addAll(doc.select("[rel=author], [itemprop~=\\bauthor\\b]"));
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (BYLINE_HINT.matcher(e.className() + " " + e.id()).find()) {
                candidates.add(e);
            }
        }
        for (Element e : candidates) {
            if (inBoilerplate(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String text = HtmlText.line(name != null ? name.text() : e.text());
            if (!text.isEmpty() && text.length() < MAX_BYLINE && HtmlText.words(text) <= MAX_BYLINE_WORDS) {
                return text;
            }
        }
        return null;
    }

    /** Bylines in sidebars, related lists or footers belong to other articles. */
    private static boolean inBoilerplate(Element e) {
        // The walk stops below <body>: page-wide classes ("has-sidebar") say nothing about one element.
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            String hints = ClassHints.of(p);
            if (tag.equals("nav") || tag.equals("footer")
                    || OTHER_ARTICLES.matcher(hints).find()) {
                return true;
            }
        }
        return false;
    }

    private static String cleanByline(String raw) {
        String line = HtmlText.line(raw);
        line = BY_PREFIX.matcher(line).replaceFirst("");
        return line.isEmpty() || line.length() > MAX_BYLINE || looksLikeUrl(line) ? null : line;
    }

    private static String nonUrl(String value) {
        return value == null || looksLikeUrl(value) ? null : value;
    }

    private static boolean looksLikeUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("//");
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? HtmlText.lineOrNull(e.attr(attr)) : abs;
    }

    private static String absoluteMeta(Document doc, String key) {
        String value = meta(doc, key);
        if (value == null || looksLikeUrl(value) || doc.location().isEmpty()) {
            return value;
        }
        try {
            return java.net.URI.create(doc.location()).resolve(value).toString();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !HtmlText.line(v).isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
