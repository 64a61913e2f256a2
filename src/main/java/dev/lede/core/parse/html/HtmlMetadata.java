// Over 250 lines: every metadata source of a page for its five fields, in trust order.
package dev.lede.core.parse.html;

import dev.lede.core.parse.PlausibleDates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline, byline, published date, site and canonical URL, each taken from the most
 * trusted source that has it: JSON-LD, then Open Graph / Twitter / other meta tags, then the markup
 * ({@code <time>}, byline elements, {@code <h1>}, {@code <title>}). Unknown values are null. A page that names
 * no author at all is signed by its site ({@code signedBySite}): its stated name stands as the byline.
 * {@code addresses} are all the page states as its own (canonical, {@code og:url}, JSON-LD), {@code url} the first.
 * {@code state} is the story in the page's script state, whose fields stand in only for what nothing else gives.
 */
record HtmlMetadata(
        String headline,
        String byline,
        String published,
        String site,
        String url,
        boolean signedBySite,
        List<String> addresses,
        EmbeddedState state) {

    /** A meta date may carry a time or a weekday beside it, not a sentence. */
    private static final int MAX_DATE_EXTRA = 20;
    /** {@code 20250602}, with or without a time after it: htmldate's date without separators. */
    private static final Pattern COMPACT_DATE =
            Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[T ]?\\d{4,6}Z?)?");

    /** Reads the metadata of {@code doc}; never throws. */
    static HtmlMetadata read(Document doc, PlausibleDates dates) {
        // The page's meta tags, found once: each of the sixty names asked below would walk the whole page again.
        List<Element> metas = doc.getElementsByTag("meta");
        JsonLdArticle ld = JsonLdArticle.find(doc, first(meta(metas, "og:title"), doc.title()));
        EmbeddedState state = EmbeddedState.find(doc);
        String canonical = absolute(doc.selectFirst("link[rel=canonical]"), "href");
        String ogUrl = absoluteMeta(doc, metas, "og:url");
        String url = first(canonical, ogUrl, ld.url());
        String siteName = first(meta(metas, "og:site_name"), ld.publisher(), meta(metas, "application-name"));
        TitleRules.SiteNames siteNames = TitleRules.SiteNames.of(
                Arrays.asList(
                        siteName,
                        ld.publisher(),
                        meta(metas, "application-name"),
                        ld.website(),
                        PrintedHeadings.logo(doc)),
                first(url, doc.location()));
        ParselyPage parsely = ParselyPage.of(doc);
        // A page that states no site name still names its owner in its footer's copyright notice, as its title may.
        TitleRules.SiteNames titleSite = siteNames.stated()
                ? siteNames
                : TitleRules.SiteNames.of(Arrays.asList(CopyrightHolder.holder(doc)), first(url, doc.location()));
        // Readability's order of trust: Dublin Core before Open Graph.
        HeadlineChoice.Choice title = HeadlineChoice.choose(
                doc,
                Arrays.asList(
                        ld.headline(),
                        meta(metas, "dc:title"),
                        meta(metas, "dcterm:title"),
                        meta(metas, "og:title"),
                        meta(metas, "twitter:title"),
                        meta(metas, "parsely-title"),
                        parsely.title(),
                        meta(metas, "weibo:article:title"),
                        meta(metas, "title"),
                        doc.title()),
                titleSite);
        // A page its script renders may state its fields only in the script's state.
        String headline = title.headline() != null ? title.headline() : state.headline();
        String byline = BylineChoice.choose(
                doc,
                Arrays.asList(
                        ld.author(),
                        metaAll(metas, "dc:creator"),
                        metaAll(metas, "dcterm:creator"),
                        metaAll(metas, "author"),
                        meta(metas, "parsely-author"),
                        parsely.author(),
                        meta(metas, "sailthru:author"),
                        meta(metas, "article:author"),
                        meta(metas, "og:article:author"),
                        labelledMeta(metas, "Written by")),
                siteNames,
                headline);
        String published = PageDate.choose(
                doc,
                Arrays.asList(
                        IsoDates.normalise(ld.published()),
                        IsoDates.normalise(meta(metas, "article:published_time")),
                        IsoDates.normalise(meta(metas, "parsely-pub-date")),
                        IsoDates.normalise(parsely.published()),
                        IsoDates.normalise(meta(metas, "datepublished")),
                        IsoDates.normalise(meta(metas, "dc:date")),
                        IsoDates.normalise(meta(metas, "dcterms:created")),
                        metaDate(metas, "date"),
                        metaDate(metas, "pubdate"),
                        IsoDates.normalise(meta(metas, "sailthru:date")),
                        // Names other publishing systems use, from htmldate's list of publication-date attributes.
                        metaDate(metas, "published"),
                        metaDate(metas, "publish-date"),
                        metaDate(metas, "publish_date"),
                        metaDate(metas, "publishdate"),
                        metaDate(metas, "published_date"),
                        metaDate(metas, "publication_date"),
                        metaDate(metas, "article:published"),
                        metaDate(metas, "citation_publication_date"),
                        metaDate(metas, "citation_date"),
                        metaDate(metas, "w-published-date"),
                        // More of htmldate's publication-date names (and of article-date-extractor's, where they
                        // agree): the issue date of Dublin Core's terms, and the names news systems give it.
                        metaDate(metas, "dc.date.issued"),
                        metaDate(metas, "dcterms.issued"),
                        metaDate(metas, "dcterms.date"),
                        metaDate(metas, "published-date"),
                        metaDate(metas, "date_published"),
                        metaDate(metas, "article.created"),
                        metaDate(metas, "article:post_date"),
                        metaDate(metas, "og:published_time"),
                        metaDate(metas, "og:article:published_time"),
                        metaDate(metas, "dc.date.created"),
                        metaDate(metas, "originalpublicationdate")),
                // Last resorts: when the page was changed says little about when it was published.
                Arrays.asList(
                        IsoDates.normalise(ld.modified()),
                        IsoDates.normalise(meta(metas, "article:modified_time")),
                        IsoDates.normalise(meta(metas, "og:updated_time"))),
                headline,
                Arrays.asList(url, absoluteMeta(doc, metas, "og:url"), doc.location()),
                dates);
        if (byline == null) {
            byline = BylineChoice.clean(state.byline());
        }
        if (published == null && dates.iso(state.published())) {
            published = state.published();
        }
        String site = first(siteName, title.sitePart());
        // A blog or a company page that names nobody is signed by the site whose name it states (not by a domain).
        String signature = byline == null ? BylineChoice.clean(site) : null;
        if (byline == null && signature == null) {
            // A personal site that states neither: the person its footer's copyright names wrote it.
            byline = CopyrightHolder.person(doc);
        }
        return new HtmlMetadata(
                HtmlText.lineOrNull(headline),
                signature != null ? signature : byline,
                published,
                HtmlText.lineOrNull(site),
                HtmlText.lineOrNull(url),
                signature != null,
                lines(canonical, ogUrl, ld.url()),
                state);
    }

    /** The values that are not blank, each as one line. */
    private static List<String> lines(String... values) {
        List<String> lines = new ArrayList<>(values.length);
        for (String value : values) {
            String line = HtmlText.lineOrNull(value);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The content of the first meta tag whose name, property or itemprop is {@code key}; case and the
     * {@code dc.title} / {@code dc:title} spelling do not matter.
     */
    static String meta(Document doc, String key) {
        return meta(doc.getElementsByTag("meta"), key);
    }

    /** As {@link #meta(Document, String)}, among the page's meta tags {@code metas}, found once. */
    private static String meta(List<Element> metas, String key) {
        List<String> all = metaValues(metas, key);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A meta tag's date, ISO or written for people ("July 17, 2025", "2025/12/18"), or null. */
    private static String metaDate(List<Element> metas, String key) {
        String value = meta(metas, key);
        String iso = IsoDates.normalise(value);
        if (iso != null || value == null) {
            return iso;
        }
        Matcher compact = COMPACT_DATE.matcher(value.strip());
        if (compact.matches()) {
            try {
                return java.time.LocalDate.of(
                                Integer.parseInt(compact.group(1)),
                                Integer.parseInt(compact.group(2)),
                                Integer.parseInt(compact.group(3)))
                        .toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        DateText.Found found = DateText.find(value);
        return found == null || value.length() > found.end() - found.at() + MAX_DATE_EXTRA
                ? null
                : found.date().toString();
    }

    /** Every distinct value of a repeatable meta tag (several {@code dc:creator}s), joined with ", ". */
    private static String metaAll(List<Element> metas, String key) {
        List<String> all = metaValues(metas, key);
        return all.isEmpty() ? null : String.join(", ", all);
    }

    /** The {@code twitter:dataN} whose {@code twitter:labelN} is {@code label} (how many blogs state their author). */
    private static String labelledMeta(List<Element> metas, String label) {
        for (int i = 1; i <= 4; i++) {
            if (label.equalsIgnoreCase(meta(metas, "twitter:label" + i))) {
                return meta(metas, "twitter:data" + i);
            }
        }
        return null;
    }

    private static List<String> metaValues(List<Element> metas, String key) {
        List<String> values = new ArrayList<>();
        String wanted = metaKey(key);
        // property (RDFa, as Open Graph and Dublin Core define them) before name, as Readability reads them.
        for (String attr : new String[] {"property", "name", "itemprop"}) {
            for (Element meta : metas) {
                String content = meta.attr("content");
                if (content.isBlank()) {
                    continue;
                }
                // Some sites put several space-separated names in one property attribute.
                for (String name : meta.attr(attr).trim().split("\\s+")) {
                    String value = HtmlText.line(org.jsoup.parser.Parser.unescapeEntities(content, true));
                    if (metaKey(name).equals(wanted) && !value.isEmpty() && !values.contains(value)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /**
     * A meta name as compared: sites write one name with any separator or none ({@code dc.date} and {@code dc:date},
     * {@code publish-date}, {@code publish_date} and {@code publishdate}), and in any case.
     */
    private static String metaKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != '.' && c != ':') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
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

    private static String absoluteMeta(Document doc, List<Element> metas, String key) {
        String value = meta(metas, key);
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
