package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headlines a page prints: its {@code <h1>} texts, without a site-name part, leaving out those in navigation,
 * sidebars, footers and pop-ups and those naming the site.
 */
final class PrintedHeadings {

    private static final int MAX_HEADLINE_CHARS = 300;

    /** Class or id words of a block that holds other articles or the site's chrome (PageRegions reads the same). */
    private static final Pattern OTHER_ARTICLES = Pattern.compile(
            "related|sidebar|comment|disqus|footer|promo|recommend|popular|trending|more-stories|teaser"
                    + "|menu|modal|popup|breadcrumb",
            Pattern.CASE_INSENSITIVE);

    private PrintedHeadings() {}

    /** @param siteParts the site parts cut from the metadata titles, normalised: an h1 that is one names the site */
    static List<String> of(Document doc, TitleRules.SiteNames site, List<String> siteParts) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        for (Element h1 : doc.body().getElementsByTag("h1")) {
            // Some pages print their title, site name and all, as the h1: a part that names the site goes. (The
            // metadata titles repeat the h1's own words, so a part they share says nothing here.)
            String text = TitleRules.withoutSiteName(HtmlText.line(DoubleEncoding.undone(h1.text())), site, List.of());
            if (text.isEmpty()
                    || text.length() > MAX_HEADLINE_CHARS
                    || outsideArticle(h1)
                    || isLogo(h1)
                    || site.named(text)
                    || siteParts.contains(TitleRules.normal(text))
                    || out.contains(text)) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    /** The text of the page's logo heading ({@link #isLogo}), which names the site; null when it has none. */
    static String logo(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element h1 : doc.body().getElementsByTag("h1")) {
            if (isLogo(h1)) {
                return HtmlText.lineOrNull(h1.text());
            }
        }
        return null;
    }

    /**
     * An {@code h1} whose whole text is a link to the site's home page: the site's name as its header prints it
     * (WordPress themes' {@code site-title}), not the story's headline. A page saved without its address (no
     * location to compare hosts with) takes a link to any site's root as its home page: a story's headline links
     * to the story, never to a bare host.
     */
    static boolean isLogo(Element h1) {
        Element link = h1.selectFirst("a[href]");
        if (link == null || !HtmlText.line(link.text()).equals(HtmlText.line(h1.text()))) {
            return false;
        }
        String href = link.attr("href").strip();
        if (href.equals("/") || href.equals("./")) {
            return true;
        }
        try {
            java.net.URI target = java.net.URI.create(link.absUrl("href"));
            String path = target.getPath();
            if (target.getHost() == null
                    || !(path == null || path.isEmpty() || path.equals("/"))
                    || target.getQuery() != null) {
                return false;
            }
            String here = h1.ownerDocument().location();
            String hereHost = here == null || here.isEmpty()
                    ? null
                    : java.net.URI.create(here).getHost();
            return hereHost == null || target.getHost().equalsIgnoreCase(hereHost);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * Of several printed headlines, the one inside the page's {@code <article>}, when only one is: the others head
     * a carousel, a sign-up overlay or a list of other stories around it. Null when none or several are.
     */
    static String onlyInArticle(Document doc, List<String> printed) {
        String found = null;
        for (Element h1 : doc.body().getElementsByTag("h1")) {
            if (h1.closest("article") == null) {
                continue;
            }
            String h1Text = TitleRules.normal(h1.text());
            for (String text : printed) {
                if (h1Text.contains(TitleRules.normal(text))) {
                    if (found != null && !found.equals(text)) {
                        return null;
                    }
                    found = text;
                }
            }
        }
        return found;
    }

    /**
     * In a nav, a footer or aside outside the article, or a block whose class or id names other articles. As in
     * Readability's unlikely-candidate test, a class that also says the block is the article's ("content", "main",
     * "article", "body", "column") keeps it: {@code content-sidebar-wrap} and {@code ArticleBody_withSidebar} wrap
     * the article beside a sidebar. Looser than {@link PageRegions#inBoilerplate}, which bylines and dates use.
     */
    static boolean outsideArticle(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || (tag.equals("footer") || tag.equals("aside")) && p.closest("article") == null) {
                return true;
            }
            String hints = ClassHints.naming(ClassHints.of(p));
            if (OTHER_ARTICLES.matcher(hints).find()
                    && !ClassHints.MAYBE.matcher(hints).find()) {
                return true;
            }
        }
        return false;
    }
}
