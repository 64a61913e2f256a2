package dev.lede.core.parse.html;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.parse.RelatedBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Related headlines: links inside sections marked as related, more, read-next or recommended (by
 * class, id, aria-label or a heading's text) whose text looks like a headline. Each keeps its URL.
 */
final class RelatedLinks {

    private static final Pattern MARKED = Pattern.compile(
            "related|read[\\s_-]?next|recommend|more[\\s_-]?(?:stories|news|articles|from|like)|further[\\s_-]?reading"
                    + "|also[\\s_-]?read|see[\\s_-]?also|you[\\s_-]?may[\\s_-]?(?:also[\\s_-]?)?like|most[\\s_-]?(?:read|popular)"
                    + "|up[\\s_-]?next|what[\\s_-]?to[\\s_-]?read",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAID =
            Pattern.compile("sponsor|promoted|outbrain|taboola|zergnet|advert|\\bads?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANK = Pattern.compile("\\d{1,2}\\.?");
    private static final Pattern HEADING = Pattern.compile(
            "^(related|more|read (next|more)|recommended|see also|you (may|might) (also )?like|further reading|"
                    + "also read|up next|what to read next|most (read|popular)|trending)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!;:…][\"'”’»)\\]]*$");
    private static final Set<String> NOT_HEADLINES = Set.of(
            "read more",
            "more",
            "see all",
            "view all",
            "comments",
            "share",
            "next",
            "previous",
            "continue reading",
            "subscribe",
            "sign up",
            "log in",
            "home");
    private static final String POINTER_LINES = "p, li, div, h2, h3, h4, h5, h6";
    private static final Set<String> POINTER_LINE_TAGS = Set.of("p", "li", "div", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_CHARS = 15;
    private static final int MAX_CHARS = 160;
    private static final int MAX_WORDS = 30;

    private RelatedLinks() {}

    /** Related headlines of {@code doc}, in page order, without duplicates or links back to {@code selfUrl}. */
    static List<RelatedHeadline> find(Document doc, String selfUrl) {
        Set<Element> sections = new LinkedHashSet<>();
        List<Element> headedLinks = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String hints = e.className() + " " + e.id() + " " + e.attr("aria-label") + " " + e.attr("data-component");
            if (MARKED.matcher(hints).find() && !isPaid(e)) {
                sections.add(e);
            }
        }
        for (Element h : doc.select("h2, h3, h4, h5, h6, [role=heading]")) {
            String text = HtmlText.line(h.text());
            if (HEADING.matcher(text).find() && text.length() < 60 && h.parent() != null && !isPaid(h)) {
                headedLinks.addAll(linksAfterHeading(h));
            }
        }
        List<Element> links = new ArrayList<>();
        for (Element section : outermost(sections)) {
            links.addAll(section.getElementsByTag("a"));
        }
        links.addAll(headedLinks);
        Set<Element> holdLines = holdingLines(doc);
        for (Element line : doc.select(POINTER_LINES)) {
            // The innermost such block is the line.
            Element target = holdLines.contains(line) ? null : PointerLines.target(line);
            if (target != null) {
                links.add(target);
            }
        }
        List<RelatedHeadline> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element a : links) {
            String url = LinkTargets.absolute(a);
            String headline = headlineText(a);
            if (url == null
                    || headline == null
                    || url.equals(selfUrl)
                    || !seen.add(url)
                    || !seen.add("\n" + headline.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new RelatedHeadline(headline, url));
            if (out.size() == RelatedBlock.MAX_LINES) {
                // As many as a plain-text article's related block holds: a page listing more is an index, not
                // an article's related stories, and its first ones are the nearest.
                break;
            }
        }
        return out;
    }

    /**
     * The elements that hold a block a pointer line may be, each found once from the blocks up: asking each block
     * whether it holds another would walk a nested page once per level (docs/performance.md, "Hostile pages").
     */
    private static Set<Element> holdingLines(Document doc) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.getAllElements()) {
            if (POINTER_LINE_TAGS.contains(e.normalName())) {
                for (Element p = e.parent(); p != null && holding.add(p); p = p.parent()) {
                    // each ancestor once: above one already added, all are
                }
            }
        }
        return holding;
    }

    /**
     * The links under a "Related"-style heading: in the heading's siblings up to the next heading
     * (its parent may be the whole article, as on wikis), or in its parent when it has no siblings.
     */
    private static List<Element> linksAfterHeading(Element heading) {
        List<Element> links = new ArrayList<>();
        Element at = heading;
        while (at.parent() != null && at.nextElementSibling() == null && at.previousElementSibling() == null) {
            at = at.parent(); // a heading wrapped alone in a div: look beside the wrapper
        }
        for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (next.normalName().matches("h[1-6]") || next.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
                break;
            }
            links.addAll(next.getElementsByTag("a"));
        }
        return links;
    }

    /** Sponsored "recommendations" are advertising, not related news. */
    private static boolean isPaid(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (PAID.matcher(p.className() + " " + p.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Drops sections inside other chosen sections, so their links are read once. */
    private static List<Element> outermost(Set<Element> sections) {
        List<Element> out = new ArrayList<>();
        for (Element s : sections) {
            boolean nested = false;
            for (Element p = s.parent(); p != null && !nested; p = p.parent()) {
                nested = sections.contains(p);
            }
            if (!nested) {
                out.add(s);
            }
        }
        return out;
    }

    /** The link's text without a rank number kept in an element of its own ("2" in a most-read list). */
    private static String withoutRank(Element a) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node child : a.childNodes()) {
            if (child instanceof Element e && RANK.matcher(e.text().strip()).matches()) {
                continue;
            }
            out.append(
                    child instanceof Element e
                            ? " " + e.text() + " "
                            : child instanceof org.jsoup.nodes.TextNode t ? t.text() : "");
        }
        return out.toString();
    }

    /** The link's text when it reads like a headline: a few words, not a sentence, not a label. */
    static String headlineText(Element a) {
        Element heading = a.selectFirst("h1, h2, h3, h4, h5, h6");
        String text = HtmlText.line(heading != null ? heading.text() : withoutRank(a));
        if (text.isEmpty() && a.hasAttr("title")) {
            text = HtmlText.line(a.attr("title"));
        }
        int words = HtmlText.words(text);
        if (text.length() < MIN_CHARS
                || text.length() > MAX_CHARS
                || words < 3
                || words > MAX_WORDS
                || NOT_HEADLINES.contains(text.toLowerCase(Locale.ROOT))
                || SENTENCE_END.matcher(text).find() && words > 12) {
            return null;
        }
        return text;
    }
}
