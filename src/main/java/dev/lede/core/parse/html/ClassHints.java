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

    private ClassHints() {}

    /** Class plus id, the string the patterns look at. */
    static String of(Element e) {
        return e.className() + " " + e.id();
    }

    /** +25 for each of class and id that looks like content, −25 for each that looks like boilerplate. */
    static int weight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            weight += NEGATIVE.matcher(cls).find() ? -25 : 0;
            weight += POSITIVE.matcher(cls).find() ? 25 : 0;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            weight += NEGATIVE.matcher(id).find() ? -25 : 0;
            weight += POSITIVE.matcher(id).find() ? 25 : 0;
        }
        return weight;
    }
}
