package dev.lede.core.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Where an element sits on the page: in the part that belongs to other articles, or to the site. */
final class PageRegions {

    private static final Pattern OTHER_ARTICLES = Pattern.compile(
            "related|sidebar|comment|disqus|footer|promo|recommend|popular|trending|more-stories|most-?read|teaser"
                    + "|menu|modal|popup|breadcrumb",
            Pattern.CASE_INSENSITIVE);

    /** The readers' comments under an article (WordPress's {@code comments-area}, Disqus's {@code disqus_thread}). */
    /**
     * Class words of a block that lists other stories (a subset of the above). Not "sidebar", nor {@code aside}: an
     * article's own byline stands in a column so named on many pages, and an unclosed {@code aside} banner can hold
     * the whole page.
     */
    private static final Pattern OTHER_STORIES = Pattern.compile(
            "related|recommend|popular|trending|more-stories|most-?read|teaser", Pattern.CASE_INSENSITIVE);

    /** Readers' comments, also as "replies" or, Medium's word, "responses". */
    private static final Pattern COMMENTS =
            Pattern.compile("comment|disqus|repl(?:y|ies)|responses", Pattern.CASE_INSENSITIVE);

    private static final Pattern MODIFIER = Pattern.compile("\\S*--\\S*");

    private PageRegions() {}

    /**
     * In a nav, or a footer or aside outside the article (by tag or by ARIA role), or in a block whose class names
     * other articles (sidebars, related lists, comments).
     */
    static boolean inBoilerplate(Element e) {
        // The walk stops below <body>: page-wide classes ("has-sidebar") say nothing about one element.
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            // ARIA's landmark roles say the same of a div as the tags do: "navigation" is a nav, "complementary" an
            // aside, "contentinfo" the page's footer.
            String role = p.attr("role").strip().toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("nav")
                    || role.equals("navigation")
                    || (tag.equals("footer")
                                    || tag.equals("aside")
                                    || role.equals("complementary")
                                    || role.equals("contentinfo"))
                            && !insideArticle(p)
                    || namesOtherArticles(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside a block whose class says it lists other stories (related posts, recommended reading): the names there
     * head other stories, whatever a banner or pop-up by the headline may hold.
     */
    static boolean inOtherStories(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (OTHER_STORIES
                    .matcher(MODIFIER.matcher(ClassHints.of(p)).replaceAll(" "))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** In a block whose class or id names the readers' comments: whoever is named there wrote a comment. */
    static boolean inComments(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (COMMENTS.matcher(MODIFIER.matcher(ClassHints.of(p)).replaceAll(" "))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element's class or id names a region of other articles. A BEM modifier ({@code node--promoted}, {@code m-article--sidebar-right}) names a variant of its block,
     * not a region, and is not read.
     */
    private static boolean namesOtherArticles(Element e) {
        String hints = MODIFIER.matcher(ClassHints.of(e)).replaceAll(" ");
        return OTHER_ARTICLES.matcher(hints).find();
    }

    /** Where the article starts among {@code all}: the h1 that holds the headline, else the first h1, else {@code <article>}. */
    static int headlineIndex(java.util.List<Element> all, String headline) {
        String wanted = headline == null ? "" : TitleRules.normal(headline);
        int firstH1 = -1;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e.normalName().equals("h1")) {
                if (TitleRules.normal(e.text()).equals(wanted)) {
                    return i;
                }
                firstH1 = firstH1 < 0 ? i : firstH1;
            }
        }
        if (firstH1 >= 0) {
            return firstH1;
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).normalName().equals("article")) {
                return i;
            }
        }
        return 0;
    }

    /** A footer or aside inside an {@code <article>} is the article's own (author, date), not the site's. */
    private static boolean insideArticle(Element footer) {
        for (Element p = footer.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }
}
