package dev.lede.core.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What class and id names say about an element: likely boilerplate, likely content, or neither. */
final class ClassHints {

    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
                    + "|pagination|pager|popup|yom-remote|cookie|consent|newsletter-signup|share-?bar",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE =
            Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|cookie|consent|footer|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    static final Pattern SHARE = Pattern.compile("share|sharing|social", Pattern.CASE_INSENSITIVE);

    /**
     * Class words that describe the post or the page rather than name the block: WordPress's {@code post_class()}
     * adds the post's taxonomy ({@code tag-recommended}, {@code category-popular-posts}), themes add states
     * ({@code has-sidebar}, {@code has-comments}), BEM adds modifiers ({@code hero--sidebar}), and a layout names
     * what it holds after "with" ({@code main-with-sidebar}, {@code ArticleBody_withSidebar}: the article beside a
     * sidebar; {@code sidebar-with-ads} is still a sidebar).
     */
    private static final Pattern DESCRIBING =
            Pattern.compile("(?:^|\\s)(?:tag-|category-|has-|with-|\\S*--)\\S*|(?<=[_-])(?:with|has)(?=[-_A-Z])\\S*");

    /** Longer ids are no anchor made from a heading (a heading of about twenty words at most). */
    private static final int ANCHOR_MAX = 160;

    private ClassHints() {}

    /** Class plus id without the words that describe rather than name the block ({@link #DESCRIBING}). */
    static String naming(String classAndId) {
        return DESCRIBING.matcher(classAndId).replaceAll(" ");
    }

    /** Class plus id, the string the patterns look at. */
    static String of(Element e) {
        return e.className() + " " + id(e);
    }

    /**
     * The element's id, unless it only names the element's own text: an anchor that a wiki or a table of contents
     * made from a heading ({@code id="Ad_campaign_promotion_controversy"} on the heading "Ad campaign promotion
     * controversy") says what the section is called, not what kind of block it is, and its words are the
     * article's.
     */
    static String id(Element e) {
        String id = e.id();
        if (id.length() < 3 || id.length() > ANCHOR_MAX) {
            return id;
        }
        String tag = e.normalName();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        String text = heading ? e.text() : e.ownText();
        return letters(id).equals(letters(text)) ? "" : id;
    }

    /** Letters and digits only, lower case: how an anchor is compared with the text it was made from. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** +25 for each of class and id that looks like content, −25 for each that looks like boilerplate. */
    static int weight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            weight += NEGATIVE.matcher(cls).find() ? -25 : 0;
            weight += POSITIVE.matcher(cls).find() ? 25 : 0;
        }
        String id = id(e);
        if (!id.isEmpty()) {
            weight += NEGATIVE.matcher(id).find() ? -25 : 0;
            weight += POSITIVE.matcher(id).find() ? 25 : 0;
        }
        return weight;
    }
}
