package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
            + "|sponsored|in partnership with|this (?:post|article) (?:may )?contains? affiliate"
            + "|follow \\p{Lu}|pin (?:for later|me)|join \\p{Lu}\\w* for free|this (?:story|article) is (?:funded|exclusive)"
            + "|(?:written|reviewed|edited|fact[- ]checked) by |page \\d+ of \\d+$|(?:.*\\W)?\\d+ min(?:ute)?s? read$)",
            Pattern.CASE_INSENSITIVE);
    /**
     * The site's notice that it earns from links, wherever it stands: a notice about the page, not the
     * article (Readability drops "sponsor" blocks by class; this catches the same text without one).
     */
    private static final Pattern AFFILIATE_NOTICE = Pattern.compile(
            "\\b(?:commissions?|affiliate links?|qualifying purchases)\\b", Pattern.CASE_INSENSITIVE);
    /** What such a notice is about: the reader's purchases through the page's links. */
    private static final Pattern NOTICE_SUBJECT = Pattern.compile("\\b(?:links?|purchases?|buy|earn)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What follows a name in an "about" blurb (several languages: "is a", "ist eine", "est un"). */
    private static final Pattern ABOUT = Pattern.compile(
            "(?:,? (?:LLC|Inc\\.?|Ltd\\.?|GmbH),?)? (?:is|ist|est|es|è) (?:a|an|the|ein|eine|un|une|una|uno)\\b");
    /** After the author's name on a card: a separator or a capitalised title ("Ann Lee | Editor", "Ann Lee Senior Editor"). */
    private static final Pattern CARD_REST = Pattern.compile("\\s*[,|·•–—-]\\s*\\S|\\s+\\p{Lu}");
    /** A request to follow the site or the author on social networks, or to pass the article on. */
    private static final Pattern SOCIAL_PROMPT = Pattern.compile(
            "\\bfollow (?:us|me|[^.!?]{1,40}) on (?:facebook|twitter|instagram|pinterest|youtube|tiktok|linkedin|threads|bluesky)\\b"
            + "|\\bif you (?:liked|enjoyed|found) this (?:article|post|story|piece)", Pattern.CASE_INSENSITIVE);
    /** An author's biography or the site's own blurb is a paragraph, not a page. */
    private static final int BIO_MAX_WORDS = 80;
    /** Images the page names as its logo or a banner decorate the site, not the story. */
    private static final Pattern DECORATION = Pattern.compile("\\b(?:logo|banner|call-to-action)\\b",
            Pattern.CASE_INSENSITIVE);
    /** boilerpipe's short-block rule: blocks of fewer words than this are judged by their context and words. */
    private static final int SHORT_WORDS = 15;
    /** boilerpipe's link-density cut for short blocks (it uses one third; half keeps lists of sources). */
    private static final double NAV_LINK_DENSITY = 0.5;
    /** An author box or sign-up block is short; a long block with such a class is more likely the article itself. */
    private static final int MAX_BLOCK_CHARS = 1500;

    private static final Set<String> LINE_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "section", "header", "figcaption", "dt", "dd", "td", "blockquote");
    /** A heading is a few words; the rule looks at no more than a few lines back. */
    private static final int TRAILING_WORDS = 8;
    private static final int MAX_TRAILING = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)\\]。！？」』]$");

    private BoilerplateBlocks() {
    }

    /**
     * Readability's retry rule: when every attempt comes out short it keeps the longest; so a page that
     * these rules would empty keeps its unstripped text. Only a short page can be emptied.
     */
    private static final int MAX_RETRY_CHARS = 2000;

    /** Removes boilerplate blocks from {@code content}, in place, unless that leaves nothing. */
    static void strip(Element content, String byline, String headline, String site) {
        int before = DomWalk.textLength(content);
        Element whole = before < MAX_RETRY_CHARS ? content.clone() : null;
        stripInPlace(content, byline, headline, site);
        int left = DomWalk.textLength(content);
        if (whole != null && left == 0 && before > 0) {
            // Put the original nodes back inside the page, where their links still resolve.
            content.empty();
            content.insertChildren(0, whole.childNodes());
        }
    }

    private static void stripInPlace(Element content, String byline, String headline, String site) {
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
            if (repeatsByline || isShort && (PROMPT.matcher(text).find() || isDateLine(text)) || navigation
                    || isNotice(text) || isAbout(text, byline, isShort) || isAbout(text, site, false)
                    || HtmlText.words(text) <= BIO_MAX_WORDS && SOCIAL_PROMPT.matcher(text).find()) {
                DomWalk.remove(wholeLine(e, text, content));
            }
        }
        for (Element img : content.getElementsByTag("img")) {
            if (DECORATION.matcher(img.attr("alt")).find()) {
                DomWalk.remove(img);
            }
        }
        dropTrailingHeadings(content);
    }

    /**
     * boilerpipe's trailing-headline rule: a heading with no text after it heads a list the extraction left
     * out ("You might also like", "What others are reading"), so it is not the article's. A short last line
     * that does not end a sentence is such a heading without the tag.
     */
    private static void dropTrailingHeadings(Element content) {
        for (int round = 0; round < MAX_TRAILING; round++) {
            Element line = lastLine(content);
            if (line == null) {
                return;
            }
            String text = HtmlText.line(line.text());
            boolean heading = line.normalName().matches("h[1-6]")
                    || HtmlText.words(text) <= TRAILING_WORDS && !SENTENCE_END.matcher(text).find()
                    && line.select("a, img").isEmpty();
            if (!heading) {
                return;
            }
            DomWalk.remove(line);
        }
    }

    /** The block that holds the content's last text, or null. */
    private static Element lastLine(Element content) {
        List<Element> all = content.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) {
                continue;
            }
            Element block = e;
            while (block.parent() != null && block.parent() != content && !LINE_TAGS.contains(block.normalName())) {
                block = block.parent();
            }
            return hasTextAfter(block, content) ? null : block;
        }
        return null;
    }

    private static boolean hasTextAfter(Element e, Element content) {
        for (Element at = e; at != null && at != content; at = at.parent()) {
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                String text = next instanceof Element el ? el.text() : next instanceof TextNode t ? t.text() : "";
                if (!text.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNotice(String text) {
        return HtmlText.words(text) <= BIO_MAX_WORDS && AFFILIATE_NOTICE.matcher(text).find()
                && NOTICE_SUBJECT.matcher(text).find();
    }

    /**
     * An author's or the site's "about" blurb without the box's class: the byline's name or the site's,
     * then "is a …" ("Ann Lee is a reporter…", "Acme is a full-service agency…"); with {@code card}, a short
     * line that starts with the author's name ("Ann Lee, Senior Editor") too.
     */
    private static boolean isAbout(String text, String name, boolean card) {
        if (name == null || name.isBlank() || HtmlText.words(text) > BIO_MAX_WORDS) {
            return false;
        }
        String first = name.split(",| and ")[0].strip();
        if (first.length() <= 3 || !text.startsWith(first)) {
            return false;
        }
        String rest = text.substring(first.length());
        return ABOUT.matcher(rest).lookingAt() || card && CARD_REST.matcher(rest).lookingAt();
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
