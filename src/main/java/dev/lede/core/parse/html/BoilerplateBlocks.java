package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes out of the chosen content what readers skip: author boxes, sign-up and newsletter blocks, share
 * and follow prompts, "related articles" lists, comment sections, image-enlarge labels, and lines that
 * only repeat the byline or the date. Captions that describe an image stay.
 */
final class BoilerplateBlocks {

    /** Classes and ids of blocks that are never the article's text. */
    private static final Pattern BLOCK_CLASS = Pattern.compile(
            "author[-_]?(?:bio|box|info|card|profile|about|details|wrap)|about[-_]?(?:the[-_]?)?author|(?:^|[\\s_-])bio(?:$|[\\s_-])"
            + "|newsletter|subscribe|subscription|signup|sign-up|opt-?in|cta(?:$|[\\s_-])|call-to-action|related|recommend"
            + "|read-?more|more-?(?:from|stories|articles|posts)|share|social|follow|comment|disqus|respond|promo|advert"
            + "|sponsor|disclosure|affiliate|breadcrumb|toc(?:$|[\\s_-])|table-of-contents|pagination|tags?(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Short lines readers skip. Like trafilatura's and jusText's treatment of short blocks, only short text
     * is judged by its words: a long paragraph that says "subscribe" is still prose.
     */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:subscribe|sign up|sign in|log ?in|join (?:our|the)|get (?:our|the) (?:newsletter|latest)|follow (?:us|me)"
            + "|share(?: this| on|:|$)|pin (?:this|it)|enlarge|advertisement|continue reading|article continues|read more"
            + "|related(?: articles| posts| stories| reading|:|$)|you (?:may|might) (?:also )?(?:like|enjoy)|more from|recommended"
            + "|about the author|leave a (?:comment|reply)|be the first to comment|what do you think|comments?(?:$| \\()"
            + "|disclosure|affiliate disclosure|privacy policy|terms of (?:use|service)|all rights reserved|©|copyright"
            + "|request a (?:quote|demo)|book a (?:demo|call)|get in touch|contact us|click here|download (?:the|our)"
            + "|jump to|skip to|back to top|loading|stay connected|don't miss|never miss|want (?:more|to)|ready to"
            + "|sponsored|in partnership with|this (?:post|article) (?:may )?contains? affiliate)",
            Pattern.CASE_INSENSITIVE);
    /** boilerpipe's short-block rule: blocks of fewer words than this are judged by their context and words. */
    private static final int SHORT_WORDS = 15;
    /** boilerpipe's link-density cut for short blocks (it uses one third; half keeps lists of sources). */
    private static final double NAV_LINK_DENSITY = 0.5;
    /** An author box or sign-up block is short; a long block with such a class is more likely the article itself. */
    private static final int MAX_BLOCK_CHARS = 1500;

    private BoilerplateBlocks() {
    }

    /** Removes boilerplate blocks from {@code content}, in place. */
    static void strip(Element content, String byline, String headline) {
        for (Element e : new ArrayList<>(content.getAllElements())) {
            if (e == content || e.parent() == null) {
                continue;
            }
            if (BLOCK_CLASS.matcher(ClassHints.of(e)).find() && DomWalk.textLength(e) < MAX_BLOCK_CHARS
                    && !e.normalName().equals("body") && !holdsHeadline(e, headline)) {
                DomWalk.remove(e);
            }
        }
        List<Element> blocks = content.select("p, div, li, h2, h3, h4, h5, h6, span, figcaption, section, a, strong, b, em, dt, dd, td");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            if (e.parent() == null || e.childrenSize() > 3) {
                continue;
            }
            String text = HtmlText.line(e.text());
            if (text.isEmpty()) {
                continue;
            }
            boolean isShort = HtmlText.words(text) < SHORT_WORDS;
            boolean repeatsByline = byline != null && TitleRules.normal(text).equals(TitleRules.normal(byline));
            // boilerpipe: a short block that is mostly link text is navigation, not content.
            boolean navigation = isShort && !e.normalName().equals("a") && DomWalk.linkDensity(e) > NAV_LINK_DENSITY
                    && !e.parent().normalName().equals("p");
            if (repeatsByline || isShort && (PROMPT.matcher(text).find() || isDateLine(text)) || navigation) {
                DomWalk.remove(wholeLine(e, text, content));
            }
        }
    }

    /** The outermost element that holds nothing but {@code e}'s text: the whole line, not a word inside it. */
    private static Element wholeLine(Element e, String text, Element content) {
        Element line = e;
        for (Element p = e.parent(); p != null && p != content && HtmlText.line(p.text()).equals(text); p = p.parent()) {
            line = p;
        }
        return line;
    }

    /** A line that is a date and a few words ("Published June 23, 2025 10:39AM"), not a sentence. */
    private static boolean isDateLine(String text) {
        DateText.Found date = DateText.find(text);
        if (date == null) {
            return false;
        }
        String rest = (text.substring(0, date.at()) + " " + text.substring(date.end())).strip();
        return rest.length() <= 30 && !rest.matches(".*[.!?]$");
    }

    private static boolean holdsHeadline(Element e, String headline) {
        return headline != null && e.getElementsByTag("h1").stream()
                .anyMatch(h -> TitleRules.normal(h.text()).equals(TitleRules.normal(headline)));
    }
}
