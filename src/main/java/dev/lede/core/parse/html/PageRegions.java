package dev.lede.core.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Where an element sits on the page: in the part that belongs to other articles, or to the site. */
final class PageRegions {

    private static final Pattern OTHER_ARTICLES = Pattern.compile(
            "related|sidebar|comment|footer|promo|recommend|popular|trending|more-stories|teaser|widget|newsletter"
            + "|menu|modal|popup|breadcrumb",
            Pattern.CASE_INSENSITIVE);

    private PageRegions() {
    }

    /** In a nav, footer or aside, or in a block whose class names other articles (sidebars, related lists, comments). */
    static boolean inBoilerplate(Element e) {
        // The walk stops below <body>: page-wide classes ("has-sidebar") say nothing about one element.
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("footer") && !insideArticle(p) || tag.equals("aside")
                    || OTHER_ARTICLES.matcher(ClassHints.of(p)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A footer inside an {@code <article>} is the article's own (author, date), not the site's. */
    private static boolean insideArticle(Element footer) {
        for (Element p = footer.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }
}
