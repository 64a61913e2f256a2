// Over 300 lines: every rule that drops boilerplate from a page's body, each citing its heuristic, read together.
package dev.lede.core.parse.html;

import dev.lede.core.parse.TagNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes out of the chosen content what readers skip: author boxes, sign-up and newsletter blocks, share
 * and follow prompts, "related articles" lists, comment sections, image-enlarge labels, and lines that
 * only repeat the byline or the date. Captions that describe an image stay. One class of over 300 lines: each
 * rule is a few lines asked of the same block in one pass, and the rules that grew into more live apart
 * ({@link AuthorBiography}, {@link PointerLines}, {@link CallToActionBoxes}).
 */
final class BoilerplateBlocks {

    /** Classes and ids of blocks that are never the article's text. */
    private static final Pattern BLOCK_CLASS = Pattern.compile(
            "author[-_]?(?:bio|box|info|card|profile|about|details|wrap)|about[-_]?(?:the[-_]?)?author|(?:^|[\\s_-])bio(?:$|[\\s_-])"
                    + "|newsletter|subscribe|subscription|signup|sign-up|opt-?in|cta(?:$|[\\s_-])|call-to-action|related|recommend"
                    + "|read-?more|more-?(?:from|stories|articles|posts)|share|social|follow|comment|disqus|respond|promo|advert"
                    + "|sponsor|disclosure|affiliate|breadcrumb|toc(?:$|[\\s_-])|table-of-contents|pagination|tags?(?:$|[\\s_-])"
                    // the page's legal notice and a pop-up, each a word of the class, as trafilatura's discard list
                    // names "modal-content" and Readability "popup"; a BEM modifier ("text--disclaimer") says how a
                    // block looks, not what it is
                    + "|(?:^|[\\s_]|(?<!-)-)disclaimer|(?:^|[\\s_-])modal(?:$|[\\s_-])",
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
                    + "|(?:written|reviewed|edited|fact[- ]checked) by |page \\d+ of \\d+$|(?:.*\\W)?\\d+ min(?:ute)?s?\\.? read$"
                    + "|you (?:may|might) (?:also )?be interested|(?:help (?:me|us) )?spread the word"
                    + "|become a (?:paid )?(?:subscriber|member)|(?:was )?this (?:newsletter|e-?mail) (?:was )?forwarded to you"
                    + "|e-?mail (?:the (?:author|reporter|writer|editor)|this (?:story|article))\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A control a news template writes as text for its script to wire up ("Show caption", "Copy link", "Listen to
     * this article · 5 min", "Story continues below advertisement", "Already a subscriber? Log in"), a table of
     * contents' heading ("In this article") and the page's counters ("1,693 views", "Visited 12 times"): Readability
     * drops {@code button} elements by their tag and trafilatura a table of contents by its class, and these are the
     * same controls and labels in a {@code div}, {@code b} or {@code p}.
     * Only a whole line that is the label and nothing more (boilerpipe's short-block rule judges such a block by
     * its words): "Read next week's column" is no label.
     */
    private static final Pattern CONTROL_LABEL = Pattern.compile(
            "^(?:(?:show|hide|toggle) (?:caption|image|photo|transcript)s?|(?:expand|collapse)(?: (?:image|photo|caption|all))?"
                    + "|(?:image|photo|slide|picture) \\d+ (?:of|/) \\d+|(?:read|up) next|(?:see|show|load|view) more|table of contents|contents|on this page|jump to(?: section)?"
                    + "|in this (?:article|story|post|guide|piece)|\\(?visited [\\d,]+ times?.*|republish (?:this|our) (?:article|story)s?\\b.*|copy(?: the)? link|gift (?:this )?(?:article|story)"
                    + "|print(?: this)?(?: article| story| page)?|(?:view|show|load|read) (?:all |the )?(?:\\d+ )?comments?"
                    + "|listen(?: to (?:this|the) (?:article|story))?(?:\\W+\\d+(?::\\d+)? ?min(?:ute)?s?)?"
                    + "|(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: ad(?:vertisement)?)?"
                    + "|already (?:a )?(?:subscriber|member|registered)\\??(?: (?:log|sign) ?in)?"
                    + "|related (?:post|article|story|link)|(?:click|tap) to (?:enlarge|expand|zoom)|zoom(?: image| in)?|full ?screen"
                    + "|(?:open|view|launch) (?:the )?gallery(?: \\(\\d+ (?:photos|images)\\))?|view (?:larger|full[- ]size) (?:image|photo)"
                    + "|\\d+ (?:comments?|thoughts|responses|replies)(?: (?:on|to) [“\"‘'].*)?|trending now|(?:next|previous) (?:article|story|post)"
                    + "|save (?:this )?(?:article|story)|bookmark(?: this)?(?: article| story)?|(?:font|text) size"
                    + "|(?:estimated )?reading time:? \\d+ min(?:ute)?s?|(?:skip )?advertisement|(?:video )?ad feedback|supported by|comments are closed"
                    + "|(?:posted|filed) (?:in|under):? (?-i:\\p{Lu})[^.,]{0,30}(?:, (?-i:\\p{Lu})[^.,]{0,30}){0,5}|have a (?:news )?tip\\?.*|(?:advertiser|advertising) disclosure|[\\d,.]+[km]? views"
                    + "|thanks? (?:you )?for (?:subscribing|signing up)(?: to [\\w' ]{1,40})?"
                    + "|(?:contact|reach|e-?mail|write to) [^@]{1,40}? (?:at|via|on|:) ?[^\\s@]+@[^\\s@]+?)[.!:]?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The site's notice that it earns from links, wherever it stands: a notice about the page, not the
     * article (Readability drops "sponsor" blocks by class; this catches the same text without one).
     */
    private static final Pattern AFFILIATE_NOTICE =
            Pattern.compile("\\b(?:commissions?|affiliate links?|qualifying purchases)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The site's disclaimer of its contributors' views ("The views expressed here are not necessarily those
     * of …"): like the affiliate notice, about the page and not the article.
     */
    private static final Pattern VIEWS_DISCLAIMER = Pattern.compile(
            "\\b(?:views|opinions)(?: and opinions)? expressed\\b.{0,80}?\\b(?:not necessarily|do not (?:necessarily )?reflect)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A sign-up box's consent line ("By signing up, you agree to our Terms of Use…", "By subscribing, I accept…"): the
     * box's legal small print, about the reader's subscription, not the article. The class rule takes the box when
     * its class says newsletter or subscribe (as Readability's and trafilatura's class lists do); this line is what
     * stays of a box without such a class.
     */
    private static final Pattern SIGNUP_CONSENT = Pattern.compile(
            "^by (?:signing up|subscribing|registering|clicking[^,.]{0,30}|submitting[^,.]{0,30}"
                    + "|(?:entering|providing) your (?:e-?mail|phone)[^,.]{0,20}),? (?:you|i) (?:agree|consent|acknowledge|accept)",
            Pattern.CASE_INSENSITIVE);
    /**
     * The page's rights notice ("Copyright © 2025 Acme. All rights reserved. Visit our permissions page…"),
     * longer than the short lines the prompt rule reads but, like trafilatura's footer rules, about the page.
     */
    private static final Pattern RIGHTS_NOTICE =
            Pattern.compile("^(?:copyright\\s*)?©|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    /** A notice is a few sentences; a paragraph that says "all rights reserved" among much else is the article's. */
    private static final int RIGHTS_MAX_WORDS = 40;
    /** What such a notice is about: the reader's purchases through the page's links. */
    private static final Pattern NOTICE_SUBJECT =
            Pattern.compile("\\b(?:links?|purchases?|buy|earn)\\b", Pattern.CASE_INSENSITIVE);
    /** What follows a name in an "about" blurb (several languages: "is a", "ist eine", "est un"). */
    static final Pattern ABOUT = Pattern.compile(
            "(?:,? (?:LLC|Inc\\.?|Ltd\\.?|GmbH),?)? (?:is|ist|est|es|è) (?:a|an|the|ein|eine|un|une|una|uno)\\b");
    /** A person's name as a byline gives it: two to four capitalised words ("Ann Lee", "Ann-Marie Lee Park"). */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3}");
    /** After the author's name on a card: a separator or a capitalised title ("Ann Lee | Editor", "Ann Lee Senior Editor"). */
    private static final Pattern CARD_REST = Pattern.compile("\\s*[,|·•–—-]\\s*\\S|\\s+\\p{Lu}");
    /** A request to follow the site or the author on social networks, or to pass the article on. */
    private static final Pattern SOCIAL_PROMPT = Pattern.compile(
            "\\bfollow (?:us|me|[^.!?]{1,40}) on (?:facebook|twitter|instagram|pinterest|youtube|tiktok|linkedin|threads|bluesky)\\b"
                    + "|\\bif you (?:liked|enjoyed|found) this (?:article|post|story|piece)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A line that only credits a picture ("Image source: Getty Images", "Photo: Ann Lee", "Courtesy of Acme",
     * "Ann Lee / Reuters"): it names who made the image, not what it shows, so unlike a describing caption it
     * is not the article's. Judged only on lines of a few words, so a caption that describes and then credits stays.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?(?:(?:feature[d]? |header |hero |top |lead |cover )?(?:image|photo|picture|illustration)s?"
                    + "(?: source| credit)?s?\\s*(?::|by\\b|via\\b|courtesy\\b)|(?:photo |image )?credits?\\s*:|photographer\\s*:"
                    + "|(?:image |photo |picture )?courtesy(?: of)?\\b)"
                    // the agency after a slash, a rights sign, or "via" (Getty's own form: "Ann Lee/Collection via
                    // Getty
                    // Images")
                    + "|(?:^|[/|©]\\s*|\\bvia\\s+)(?:getty images|shutterstock|istock(?:photo)?|depositphotos|unsplash|pexels|adobe stock"
                    + "|reuters|ap photo|afp)\\s*[.)\\]]?$|/\\s*ap\\s*[.)\\]]?$"
                    // the agency first, the photographer after it, as agencies' own credit lines read ("Getty Images /
                    // Ann Lee")
                    + "|^(?:getty images|shutterstock|istock(?:photo)?|reuters|ap photo|afp)\\s*[/|]",
            Pattern.CASE_INSENSITIVE);
    /** A credit's label printed in an element of its own before the name ("Credit", "Photo:", "Image credit"). */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?:(?:photo|image|picture) )?(?:credits?|photo|image|picture)\\s*:?", Pattern.CASE_INSENSITIVE);
    /** A class or id that names a picture's caption. */
    private static final Pattern CAPTION_CLASS = Pattern.compile("caption", Pattern.CASE_INSENSITIVE);
    /** A credit is a label and a name or two ("Photo: Ann Lee for the Courier"). */
    private static final int CREDIT_MAX_WORDS = 8;
    /** An author's biography or the site's own blurb is a paragraph, not a page. */
    private static final int BIO_MAX_WORDS = 80;
    /** Images the page names as its logo or a banner decorate the site, not the story. */
    private static final Pattern DECORATION =
            Pattern.compile("\\b(?:logo|banner|call-to-action)\\b", Pattern.CASE_INSENSITIVE);
    /** boilerpipe's short-block rule: blocks of fewer words than this are judged by their context and words. */
    private static final int SHORT_WORDS = 15;
    /** boilerpipe's link-density cut for short blocks (it uses one third; half keeps lists of sources). */
    private static final double NAV_LINK_DENSITY = 0.5;
    /** An author box or sign-up block is short; a long block with such a class is more likely the article itself. */
    private static final int MAX_BLOCK_CHARS = 1500;

    private static final Set<String> LINE_TAGS = TagNames.setOf(
            TagNames.HEADINGS, "p", "div", "li", "section", "header", "figcaption", "dt", "dd", "td", "blockquote");
    /** A heading is a few words; the rule looks at no more than a few lines back. */
    private static final int TRAILING_WORDS = 8;

    private static final int MAX_TRAILING = 4;
    /** A line that ends a sentence with a full stop or an exclamation is prose, even when it is all link. */
    private static final Pattern PROSE_END = Pattern.compile("[.!。！][\"”’)\\]]?$");

    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Set<String> CODE_TAGS = Set.of("pre", "code");
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl");
    /** A line whose every word is linked (Readability's link density, counted in characters). */
    private static final double ALL_LINK = 0.95;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)\\]。！？」』]$");

    private BoilerplateBlocks() {}

    /**
     * Readability's retry rule: when every attempt comes out short it keeps the longest; so a page that
     * these rules would empty keeps its unstripped text. Only a short page can be emptied.
     */
    private static final int MAX_RETRY_CHARS = 2000;

    /**
     * No line longer than this is boilerplate: the longest these rules read is 150 words ({@link AuthorBiography}),
     * and the longest they took on the wcxb-dev and Readability corpora was 684 characters (105 words). A longer
     * block is passed over without its text being built, which for each level of a deeply nested page would cost
     * the page's whole text (docs/performance.md, "Hostile pages").
     */
    static final int MAX_LINE_CHARS = 4000;

    /** Removes boilerplate blocks from {@code content}, in place, unless that leaves nothing. */
    static void strip(Element content, String byline, String headline, String site) {
        int before = NodeTrees.textLength(content);
        Element whole = before < MAX_RETRY_CHARS ? content.clone() : null;
        stripInPlace(content, byline, headline, site);
        int left = NodeTrees.textLength(content);
        if (whole != null && left == 0 && before > 0) {
            // Put the original nodes back inside the page, where their links still resolve.
            content.empty();
            content.insertChildren(0, whole.childNodes());
        }
    }

    private static void stripInPlace(Element content, String byline, String headline, String site) {
        Pattern siteCredit = siteCredit(site);
        for (Element e : new ArrayList<>(content.getAllElements())) {
            if (e == content
                    || e.parent() == null
                    || isCode(e)
                    || e.normalName().equals("a")) {
                continue; // Readability too never removes a link by its class: a link is inside some block
            }
            if (BLOCK_CLASS.matcher(ClassHints.of(e)).find()
                    && NodeTrees.textLength(e) < MAX_BLOCK_CHARS
                    && !e.normalName().equals("body")
                    && !holdsHeadline(e, headline)) {
                NodeTrees.remove(e);
            }
        }
        ProseSpan article = ProseSpan.of(content);
        List<Element> blocks = content.select(
                "p, div, li, h2, h3, h4, h5, h6, span, figcaption, section, a, strong, b, em, dt, dd, td, time");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            if (e.parent() == null
                    || blockChildren(e) > 3
                    || isCode(e)
                    || NodeTrees.textLongerThan(e, MAX_LINE_CHARS)) {
                continue;
            }
            String text = HtmlText.line(e.text());
            if (text.isEmpty()) {
                continue;
            }
            boolean isShort = HtmlText.words(text) < SHORT_WORDS;
            boolean repeatsByline = byline != null && TitleRules.normal(text).equals(TitleRules.normal(byline));
            // boilerpipe: a short block that is mostly link text is navigation, not content.
            boolean navigation = isShort
                    && !e.normalName().equals("a")
                    && NodeTrees.linkDensity(e) > NAV_LINK_DENSITY
                    && !inParagraph(e)
                    && !endsSentenceOutsideLinks(e, text)
                    && !inListWithinProse(e, article)
                    && !headsProse(e, content)
                    && !inDataTable(e);
            if (repeatsByline
                    || isShort && (PROMPT.matcher(text).find() || isCredit(text) || creditsSite(text, siteCredit))
                    || isShort && CONTROL_LABEL.matcher(text).matches() && (aloneOnItsLine(e) || inCaption(e, content))
                    || isShort && BylineDateLines.only(text, byline) && aloneOnItsLine(e)
                    || navigation
                    || isNotice(text)
                    || PointerLines.target(e, text) != null
                    || isAbout(text, byline, isShort)
                    || byPartOfName(text, byline)
                    || AuthorBiography.is(text, byline)
                    || isAbout(text, site, false)
                    || HtmlText.words(text) <= BIO_MAX_WORDS
                            && SOCIAL_PROMPT.matcher(text).find()) {
                Element cell = dataCell(e);
                if (cell == null) {
                    NodeTrees.remove(wholeLine(e, text, content));
                } else if (e.normalName().equals("a")) {
                    NodeTrees.remove(wholeLine(e, text, cell));
                }
            } else if (isShort) {
                Element portrait = portraitBefore(e);
                if (portrait != null
                        && isAbout(text, portrait.selectFirst("img").attr("alt").strip(), true)) {
                    NodeTrees.remove(portrait);
                    NodeTrees.remove(wholeLine(e, text, content));
                }
            }
        }
        for (Element img : content.getElementsByTag("img")) {
            if (DECORATION.matcher(img.attr("alt")).find()) {
                NodeTrees.remove(img);
            }
        }
        dropTrailingHeadings(content);
        RedundantImages.strip(content, headline);
    }

    /**
     * The cell of a data table that {@code e} stands in, or null. A cell holds data, its words as much as a link
     * alone in it ({@link #inDataTable}): the rules take out only a link they judge (a "Read more" after the cell's
     * own words), never the words beside it, and never the cell, without which the row's later cells would stand
     * under the wrong headers.
     */
    private static Element dataCell(Element e) {
        Element cell = e.closest("td, th");
        return cell != null && inDataTable(cell) ? cell : null;
    }

    /**
     * Whether {@code e} is, or is inside, a cell of a data table: a cell that is one link (a country, a
     * product) is data, and without it the row's cells would stand under the wrong headers.
     */
    private static boolean inDataTable(Element e) {
        Element table = e.closest("table");
        return table != null && DataTables.looksLikeData(table);
    }

    /**
     * boilerpipe's trailing-headline rule: a heading with no text after it heads a list the extraction left
     * out ("You might also like", "What others are reading"), so it is not the article's. A short last line
     * that does not end a sentence is such a heading without the tag, and a last list of nothing but links
     * is such a list the extraction kept.
     */
    private static void dropTrailingHeadings(Element content) {
        for (int round = 0; round < MAX_TRAILING; round++) {
            Element line = lastLine(content);
            if (line == null) {
                return;
            }
            Element links = linkList(line);
            if (links != null) {
                NodeTrees.remove(links);
                continue;
            }
            String text = HtmlText.line(line.text());
            boolean heading = line.normalName().matches("h[1-6]")
                    || HtmlText.words(text) <= TRAILING_WORDS
                            && !SENTENCE_END.matcher(text).find()
                            && line.select("a, img").isEmpty();
            if (!heading) {
                return;
            }
            NodeTrees.remove(line);
        }
    }

    /**
     * The list that {@code line} ends when every item of it is a link and nothing else: at the end of the
     * content, boilerpipe's link-dense trailing block, a list of other articles ("Good articles to read
     * together"), or null.
     */
    private static Element linkList(Element line) {
        Element list = line.parent();
        if (!line.normalName().equals("li") || list == null || !LIST_TAGS.contains(list.normalName())) {
            return null;
        }
        for (Element item : list.children()) {
            if (NodeTrees.linkDensity(item) < ALL_LINK) {
                return null;
            }
        }
        return list;
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

    private static boolean isCredit(String text) {
        return HtmlText.words(text) <= CREDIT_MAX_WORDS && CREDIT.matcher(text).find();
    }

    /**
     * A staff photographer's credit names the site itself where an agency's names the agency ("Ann Lee/Wexmoor
     * Courier", "Ann Lee for the Wexmoor Courier", "Wexmoor Courier / Ann Lee"): the same credit line as
     * {@link #CREDIT}'s, with the page's own name in the agency's place. Only a line that is a name and the site's
     * name and nothing more: a caption that describes, then credits, stays.
     */
    private static boolean creditsSite(String text, Pattern siteCredit) {
        return siteCredit != null
                && HtmlText.words(text) <= CREDIT_MAX_WORDS
                && siteCredit.matcher(text).matches();
    }

    /** {@link #creditsSite}'s pattern for the page's site, made once for the page; null without a site. */
    private static Pattern siteCredit(String site) {
        if (site == null || site.isBlank()) {
            return null;
        }
        String name = "(?i:(?:the )?" + Pattern.quote(site.strip()) + ")";
        String person = PERSON.pattern();
        return Pattern.compile("^[(\\[]?(?:" + person + "\\s*/\\s*" + name + "|" + person + " (?i:for) " + name + "|"
                + name + "\\s*/\\s*" + person + ")[)\\]]?\\.?$");
    }

    /**
     * A control inside a picture's caption ("hide caption", "Expand" beside the caption's text): the caption's own
     * button, written as text, as Readability drops a {@code button} wherever it stands; the caption stays.
     */
    private static boolean inCaption(Element e, Element content) {
        for (Element at = e.parent(); at != null && at != content; at = at.parent()) {
            if (at.normalName().equals("figcaption")
                    || CAPTION_CLASS.matcher(ClassHints.of(at)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line just before {@code e} when it holds only a portrait: one image whose alt text is a person's
     * name. Followed by a line that starts with that name and a title ("Ann Lee Senior Editor"), it is an
     * author's card without a class to say so.
     */
    private static Element portraitBefore(Element e) {
        Element before = e.previousElementSibling();
        if (before == null || !before.text().isBlank()) {
            return null;
        }
        List<Element> images = before.normalName().equals("img") ? List.of(before) : before.getElementsByTag("img");
        return images.size() == 1
                        && BylineChoice.NAME
                                .matcher(images.get(0).attr("alt").strip())
                                .matches()
                ? before
                : null;
    }

    /**
     * Whether {@code e} is a line of its own, with no words beside it in the phrasing around it: a rule on
     * lines must not take a word out of a sentence ("more time <span>on</span> screens", "The board met on
     * <time>June 4</time>").
     */
    private static boolean aloneOnItsLine(Element e) {
        for (Element at = e; at.parent() != null; at = at.parent()) {
            for (Node sibling : at.parent().childNodes()) {
                if (sibling != at && isWords(sibling)) {
                    return false;
                }
            }
            if (!isPhrasing(at.parent())) {
                return true;
            }
        }
        return true;
    }

    private static boolean isWords(Node node) {
        return node instanceof TextNode t && !t.isBlank()
                || node instanceof Element el && isPhrasing(el) && !el.text().isBlank();
    }

    private static boolean isPhrasing(Element e) {
        return Phrasing.TAGS.contains(e.normalName()) || e.normalName().equals("a");
    }

    /** Children that are blocks of their own: a paragraph with many links or emphases is still one line. */
    private static int blockChildren(Element e) {
        int blocks = 0;
        for (Element child : e.children()) {
            String tag = child.normalName();
            blocks += Phrasing.TAGS.contains(tag) || tag.equals("a") ? 0 : 1;
        }
        return blocks;
    }

    /**
     * A link inside a paragraph's running text is part of a sentence, however many inline wrappers
     * ({@code <span><span><a>}) stand between them: Readability judges link density on blocks, not phrases.
     */
    private static boolean inParagraph(Element e) {
        Element block = e.parent();
        while (block != null
                && (Phrasing.TAGS.contains(block.normalName())
                        || block.normalName().equals("a"))) {
            block = block.parent();
        }
        return block != null && block.normalName().equals("p");
    }

    /**
     * A line that ends a sentence and says some of it outside its links is prose ("<a>With kings</a>,"
     * murmured I.); a link alone that ends in a full stop ("Shop Acme.") is still a button.
     */
    private static boolean endsSentenceOutsideLinks(Element e, String text) {
        return PROSE_END.matcher(text).find() && NodeTrees.linkDensity(e) < ALL_LINK;
    }

    /**
     * Readability exempts lists from its link-density cut, judging them whole: a list of links inside the
     * article is the article's (its sources, a ranking, the products it names). Inside means, as boilerpipe
     * judges a block by the blocks around it, with the article's running text before and after it; a list
     * at the content's edge is more often the site's (a sidebar, more stories).
     */
    private static boolean inListWithinProse(Element e, ProseSpan article) {
        Element list = e;
        while (list != null && !LIST_TAGS.contains(list.normalName())) {
            list = list.parent();
        }
        return list != null && article.surrounds(list);
    }

    /** Where the content's running text starts and ends, in document order. */
    private record ProseSpan(Map<Element, Integer> order, int first, int last) {

        static ProseSpan of(Element content) {
            Map<Element, Integer> order = new IdentityHashMap<>();
            int first = -1;
            int last = -1;
            for (Element e : content.getAllElements()) {
                int at = order.size();
                order.put(e, at);
                if (e.normalName().equals("p") && isProse(e)) {
                    first = first < 0 ? at : first;
                    last = at;
                }
            }
            return new ProseSpan(order, first, last);
        }

        /** Whether running text comes both before {@code e} and after everything inside it. */
        boolean surrounds(Element e) {
            Integer start = order.get(e);
            List<Element> inside = e.getAllElements();
            Integer end = order.get(inside.get(inside.size() - 1));
            return start != null && end != null && first >= 0 && first < start && last > end;
        }
    }

    /**
     * A heading (or the link in it) that opens running text among the article's paragraphs heads a section
     * of the article, whatever links it holds: boilerpipe judges a heading by the block after it. A card
     * ("more stories": a linked title and one teaser) holds one such paragraph, a section sits among several.
     */
    private static boolean headsProse(Element e, Element content) {
        Element heading = e;
        while (heading != null
                && heading != content
                && !HEADING.matcher(heading.normalName()).matches()) {
            heading = heading.parent();
        }
        if (heading == null || heading == content || !isProse(neighbour(heading, 1))) {
            return false;
        }
        int prose = 0;
        for (Element sibling : heading.parent().children()) {
            if (isProse(sibling) && ++prose >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The nearest element sibling with text before ({@code step} -1) or after (+1) {@code e}, or null. */
    private static Element neighbour(Element e, int step) {
        for (Element at = step < 0 ? e.previousElementSibling() : e.nextElementSibling();
                at != null;
                at = step < 0 ? at.previousElementSibling() : at.nextElementSibling()) {
            if (!at.text().isBlank()) {
                return at;
            }
        }
        return null;
    }

    /** Running text: no heading, a sentence's worth of words (boilerpipe's short-block size), few of them linked. */
    private static boolean isProse(Element e) {
        return e != null
                && !HEADING.matcher(e.normalName()).matches()
                && HtmlText.words(HtmlText.line(e.text())) >= SHORT_WORDS
                && NodeTrees.linkDensity(e) <= NAV_LINK_DENSITY;
    }

    /**
     * Code is the article's however it reads: a highlighter's "comment" span, a log line that starts with a
     * date. Readability leaves whatever sits inside {@code code} out of its cleaning for the same reason.
     */
    private static boolean isCode(Element e) {
        return CODE_TAGS.contains(e.normalName()) || NodeTrees.hasAncestor(e, CODE_TAGS, -1);
    }

    private static boolean isNotice(String text) {
        int words = HtmlText.words(text);
        return words <= BIO_MAX_WORDS
                        && (AFFILIATE_NOTICE.matcher(text).find()
                                        && NOTICE_SUBJECT.matcher(text).find()
                                || VIEWS_DISCLAIMER.matcher(text).find()
                                || SIGNUP_CONSENT.matcher(text).find())
                || words <= RIGHTS_MAX_WORDS && RIGHTS_NOTICE.matcher(text).find();
    }

    /**
     * An author's or the site's "about" blurb without the box's class: a name of the byline's or the site's,
     * then "is a …" ("Ann Lee is a reporter…", "Acme is a full-service agency…"); with {@code card}, a short
     * line that starts with the author's name ("Ann Lee, Senior Editor") too.
     */
    private static boolean isAbout(String text, String name, boolean card) {
        if (name == null || name.isBlank() || HtmlText.words(text) > BIO_MAX_WORDS) {
            return false;
        }
        // Each name a byline joins: a co-author's blurb follows the story as the first author's does. After the
        // first, only a person's name counts ("Ann Lee, Privacy Expert" joins a role, not a co-author).
        String[] parts = name.split(",| and | & ");
        for (int i = 0; i < parts.length; i++) {
            String one = parts[i].strip();
            if (one.length() <= 3
                    || !text.startsWith(one)
                    || i > 0 && !BylineChoice.NAME.matcher(one).matches()) {
                continue;
            }
            String rest = text.substring(one.length());
            if (ABOUT.matcher(rest).lookingAt()
                    || card && CARD_REST.matcher(rest).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A biography often calls its author by one name ("Ann is a reporter…", "Lee is an editor…"): when the
     * byline is a person's name (two to four capitalised words), either end of it, then "is a …", is the
     * author's blurb. An organisation's byline ("Acme – Partner for …") is no such name.
     */
    private static boolean byPartOfName(String text, String byline) {
        if (byline == null || HtmlText.words(text) > BIO_MAX_WORDS) {
            return false;
        }
        String name = byline.split(",| and ")[0].strip();
        if (!PERSON.matcher(name).matches()) {
            return false;
        }
        String[] parts = name.split(" ");
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            if (part.length() > 2
                    && text.startsWith(part)
                    && ABOUT.matcher(text.substring(part.length())).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The outermost element that holds nothing but {@code e}'s text: the whole line, not a word inside it. */
    private static Element wholeLine(Element e, String text, Element content) {
        Element line = e;
        String lineText = text;
        for (Element p = e.parent(); p != null && p != content; p = p.parent()) {
            String whole = HtmlText.line(p.text());
            if (!whole.equals(lineText) && !labels(whole, lineText)) {
                break;
            }
            line = p;
            lineText = whole;
        }
        return line;
    }

    /** Whether {@code whole} is {@code text} after a credit's label of its own ("Credit", "Photo:"), which goes with it. */
    private static boolean labels(String whole, String text) {
        return whole.endsWith(text)
                && CREDIT_LABEL
                        .matcher(whole.substring(0, whole.length() - text.length())
                                .strip())
                        .matches();
    }

    private static boolean holdsHeadline(Element e, String headline) {
        return headline != null
                && e.getElementsByTag("h1").stream()
                        .anyMatch(h -> TitleRules.normal(h.text()).equals(TitleRules.normal(headline)));
    }
}
