package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never content before scoring (scripts, styles, hidden elements), and tidies the
 * chosen content after it: forms, share bars, asides, footers, and lists, tables or divs that are
 * mostly links, images or inputs.
 */
final class ContentCleaner {

    private static final Set<String> NEVER_CONTENT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "link",
            "meta",
            "object",
            "embed",
            "iframe",
            "input",
            "textarea",
            "select",
            "button",
            "svg",
            "canvas",
            "dialog");
    private static final Set<String> AFTER_CHOSEN = Set.of("footer", "aside", "form", "fieldset", "nav");
    private static final Set<String> FIGURE = Set.of("figure");
    private static final Set<String> CODE = Set.of("code", "pre");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOADING_WORDS =
            Pattern.compile("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$", Pattern.CASE_INSENSITIVE);
    /** A "share" block longer than this is content that says "share": Readability's share-element threshold. */
    private static final int SHARE_MAX_CHARS = 500;

    private ContentCleaner() {}

    /** Strips elements that never hold readable content from {@code doc}, in place. */
    static void prepare(Document doc) {
        CallToActionBoxes.strip(doc);
        // before the <noscript> copies of lazy pictures go with the rest
        NoscriptPictures.unwrap(doc);
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            String tag = e.normalName();
            if (NEVER_CONTENT.contains(tag) || isHidden(e)) {
                NodeTrees.remove(e);
            } else if (tag.equals("font")) {
                e.tagName("span");
            }
        }
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden")
                || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image"));
    }

    /** Cleans the chosen {@code content}, in place. */
    static void tidyArticle(Element content, boolean conditionally, boolean weightClasses, String title) {
        DataTables tables = DataTables.mark(content);
        for (String tag : AFTER_CHOSEN) {
            content.getElementsByTag(tag).forEach(NodeTrees::remove);
        }
        for (Element top : new ArrayList<>(content.children())) {
            for (Element e : new ArrayList<>(top.getAllElements())) {
                if (ClassHints.SHARE.matcher(ClassHints.of(e)).find() && NodeTrees.textLength(e) < SHARE_MAX_CHARS) {
                    NodeTrees.remove(e);
                }
            }
        }
        for (Element h : content.select("h1, h2")) {
            if (weightClasses && ClassHints.weight(h) < 0) {
                NodeTrees.remove(h);
            }
        }
        if (conditionally) {
            for (String tag : List.of("table", "ul", "ol", "div")) {
                List<Element> found = new ArrayList<>(content.getElementsByTag(tag));
                for (int i = found.size() - 1; i >= 0; i--) {
                    Element e = found.get(i);
                    if (e != content && shouldRemove(e, tag, tables, weightClasses)) {
                        NodeTrees.remove(e);
                    }
                }
            }
        }
        for (Element p : new ArrayList<>(content.getElementsByTag("p"))) {
            if (p.text().isBlank() && p.select("img, picture, video").isEmpty()) {
                NodeTrees.remove(p);
            }
        }
    }

    /**
     * Readability.js's conditional cleaning (`_cleanConditionally`), with its thresholds: a block that is
     * mostly lists (list text over 90 % of its text) is judged as a list; a negative class weight removes;
     * ten commas or more mark prose and keep; then it goes when it has more than one image and fewer than
     * half as many paragraphs, more list items than paragraphs (beyond the first 100 items), under 25
     * characters with links and without many images (unless mostly a heading, 90 %), a link density over
     * 0.2 with a class weight under 25 or over 0.5 with one of 25 or more, or no text at all. The one
     * addition of ours: a list whose items each hold one picture is a gallery, kept.
     */
    private static boolean shouldRemove(Element e, String tag, DataTables tables, boolean weightClasses) {
        if (tables.isData(e) || tables.inside(e) || NodeTrees.hasAncestor(e, CODE, -1)) {
            return false;
        }
        String text = e.text();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && !text.isEmpty()) {
            int listChars = 0;
            for (Element list : e.select("ul, ol")) {
                listChars += list.text().length();
            }
            isList = (double) listChars / text.length() > 0.9;
        }
        int weight = weightClasses ? ClassHints.weight(e) : 0;
        if (weight < 0) {
            return true;
        }
        if (NodeTrees.commas(text) >= 10) {
            return false;
        }
        int p = e.getElementsByTag("p").size();
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int headingChars = 0;
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
            headingChars += h.text().length();
        }
        double headingDensity = text.isEmpty() ? 0 : (double) headingChars / text.length();
        String trimmed = text.strip();
        if (AD_WORDS.matcher(trimmed).matches()
                || LOADING_WORDS.matcher(trimmed).matches()) {
            return true;
        }
        int length = text.length();
        double linkDensity = NodeTrees.linkDensity(e);
        boolean inFigure = NodeTrees.hasAncestor(e, FIGURE, -1);
        double textDensity = textishDensity(e, length);
        boolean remove = (!inFigure && img > 1 && (double) p / img < 0.5)
                || (!isList && li > p)
                || (!isList
                        && !inFigure
                        && headingDensity < 0.9
                        && length < 25
                        && (img == 0 || img > 2)
                        && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (img == 0 && textDensity == 0 && length > 0);
        if (isList && remove) {
            for (Element child : e.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            // A list of pictures is content (a gallery), not boilerplate.
            return img != e.getElementsByTag("li").size();
        }
        return remove;
    }

    private static double textishDensity(Element e, int length) {
        if (length == 0) {
            return 0;
        }
        int chars = 0;
        for (Element child : e.select("span, li, td, blockquote, dl, div, img, ol, p, pre, table, ul")) {
            if (child != e) {
                chars += child.text().length();
            }
        }
        return (double) chars / length;
    }
}
