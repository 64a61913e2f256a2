// Over 300 lines: every score Readability-style extraction gives a node, kept in one place to be weighed together.
package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds a page's main content: paragraphs are scored by length and commas, their scores flow to
 * parents and grandparents (weighted by class and id hints and discounted by link density), the best
 * candidate is widened to a common ancestor when rivals agree, and siblings that look like content
 * are merged in. When too little text survives, it retries with fewer exclusions. Over 300 lines in one class:
 * scoring, widening and merging are the three steps of one published algorithm over the same scores.
 */
final class ContentScorer {

    private static final int MIN_ARTICLE_CHARS = 500;
    private static final int TOP_CANDIDATES = 5;
    private static final Set<String> TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> BLOCK_CHILDREN =
            Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> TABLE_OR_CODE = Set.of("table", "code");
    private static final Set<String> EMPTY_CHECKED =
            Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    private final String title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private boolean stripUnlikely;
    private boolean weightClasses;

    private ContentScorer(String title) {
        this.title = title == null ? "" : title;
    }

    /** The main content of {@code prepared} (already cleaned by {@link ContentCleaner#prepare}), as a detached element. */
    static Element mainContent(Document prepared, String title) {
        boolean[][] attempts = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        Element best = null;
        int bestLength = -1;
        for (boolean[] flags : attempts) {
            Document copy = prepared.clone();
            ContentScorer scorer = new ContentScorer(title);
            scorer.stripUnlikely = flags[0];
            scorer.weightClasses = flags[1];
            Element content = scorer.grab(copy);
            ContentCleaner.tidyArticle(content, flags[2], scorer.weightClasses, title);
            int length = NodeTrees.textLength(content);
            if (length >= MIN_ARTICLE_CHARS) {
                return content;
            }
            if (length > bestLength) {
                best = content;
                bestLength = length;
            }
        }
        return best;
    }

    private Element grab(Document doc) {
        Element body = doc.body();
        List<Element> toScore = new ArrayList<>();
        boolean bylineSeen = false;
        Element node = body;
        while (node != null) {
            String match = ClassHints.of(node);
            String tag = node.normalName();
            if (!bylineSeen && isByline(node, match)) {
                bylineSeen = true;
                node = removeAndNext(node);
                continue;
            }
            if ((tag.equals("h1") || tag.equals("h2")) && duplicatesTitle(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely && node != body && isUnlikely(node, match, tag)) {
                node = removeAndNext(node);
                continue;
            }
            if (EMPTY_CHECKED.contains(tag) && isEmpty(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                Phrasing.wrapRuns(node);
                Element only = singleChild(node, "p");
                if (only != null && NodeTrees.linkDensity(node) < 0.25) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!hasBlockDescendant(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = NodeTrees.next(node, false);
        }
        score(toScore);
        return pickAndMerge(doc);
    }

    private static Element removeAndNext(Element node) {
        Element next = NodeTrees.next(node, true);
        NodeTrees.remove(node);
        return next;
    }

    private boolean isUnlikely(Element node, String match, String tag) {
        if (tag.equals("a") || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (tag.equals("nav") || UNLIKELY_ROLES.contains(node.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!ClassHints.UNLIKELY.matcher(match).find()) {
            return false; // most elements: taking the describing words out can add no match
        }
        // A class that describes the page ("main-with-sidebar", "has-comments") names no block of boilerplate.
        String naming = ClassHints.naming(match);
        return ClassHints.UNLIKELY.matcher(naming).find()
                && !ClassHints.MAYBE.matcher(naming).find()
                && !NodeTrees.hasAncestor(node, TABLE_OR_CODE, 3);
    }

    private static boolean isByline(Element node, String match) {
        boolean hinted = node.attr("rel").equals("author")
                || node.attr("itemprop").contains("author")
                || ClassHints.BYLINE.matcher(match).find();
        if (!hinted) {
            return false;
        }
        return NodeTrees.textLongerThan(node, 0) && !NodeTrees.textLongerThan(node, 99);
    }

    private boolean duplicatesTitle(Element heading) {
        String text = HtmlText.line(heading.text());
        return !title.isEmpty() && text.equalsIgnoreCase(title);
    }

    private static boolean isEmpty(Element node) {
        if (NodeTrees.hasText(node)) {
            return false;
        }
        int brOrHr =
                node.getElementsByTag("br").size() + node.getElementsByTag("hr").size();
        return node.childrenSize() == 0 || node.childrenSize() == brOrHr;
    }

    private static Element singleChild(Element node, String tag) {
        if (node.childrenSize() != 1 || !node.child(0).normalName().equals(tag)) {
            return null;
        }
        for (Node child : node.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return node.child(0);
    }

    private static boolean hasBlockDescendant(Element node) {
        for (Element e : node.getAllElements()) {
            if (e != node && BLOCK_CHILDREN.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void score(List<Element> toScore) {
        for (Element e : toScore) {
            if (e.parent() == null) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double points = 1 + (NodeTrees.commas(text) + 1) + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element ancestor = e.parent(); ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
                if (ancestor.parent() == null) {
                    break;
                }
                initialise(ancestor);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
            }
        }
    }

    private void initialise(Element e) {
        if (scores.containsKey(e)) {
            return;
        }
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        scores.put(e, base + (weightClasses ? ClassHints.weight(e) : 0));
    }

    private Element pickAndMerge(Document doc) {
        List<Element> top = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - NodeTrees.linkDensity(candidate));
            entry.setValue(score);
        }
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            int at = 0;
            while (at < top.size() && scores.get(top.get(at)) >= entry.getValue()) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                top.add(at, entry.getKey());
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(top.size() - 1);
                }
            }
        }
        Element body = doc.body();
        Element best = top.isEmpty() ? null : outsideQuotations(top.get(0));
        if (best == null || best == body) {
            Element all = doc.createElement("div");
            for (Node child : new ArrayList<>(body.childNodes())) {
                all.appendChild(child);
            }
            body.appendChild(all);
            initialise(all);
            best = all;
        } else {
            best = widen(best, top, body);
        }
        return mergeSiblings(doc, best);
    }

    /**
     * The element holding the quotation {@code candidate} is in, or {@code candidate} when it is in none. A quotation
     * is part of the text that quotes it, never the article itself: on a short article a long quote can outscore the
     * article's own container (a {@code blockquote} starts with a bonus in Readability's scoring), and the siblings
     * merged around it are only paragraphs, so the article's lists, tables and headings were lost.
     */
    private static Element outsideQuotations(Element candidate) {
        Element outside = candidate;
        for (Element at = candidate; at != null; at = at.parent()) {
            if (at.normalName().equals("blockquote") && at.parent() != null) {
                outside = at.parent();
            }
        }
        return outside;
    }

    /** Moves up to a common ancestor shared by strong rivals, or to a parent that scores higher. */
    private Element widen(Element best, List<Element> top, Element body) {
        double bestScore = scores.get(best);
        List<List<Element>> rivalAncestors = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / bestScore >= 0.75) {
                rivalAncestors.add(top.get(i).parents());
            }
        }
        if (rivalAncestors.size() >= 3) {
            for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (List<Element> ancestors : rivalAncestors) {
                    containing += ancestors.contains(parent) ? 1 : 0;
                }
                if (containing >= 3) {
                    best = parent;
                    break;
                }
            }
        }
        initialise(best);
        double last = scores.get(best);
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                best = parent;
                break;
            }
            last = parentScore;
        }
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        initialise(best);
        return best;
    }

    private Element mergeSiblings(Document doc, Element best) {
        Element article = doc.createElement("div");
        Element parent = best.parent();
        if (parent == null) {
            article.appendChild(best);
            return article;
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.className();
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean append = sibling == best;
            if (!append) {
                double bonus = !bestClass.isEmpty() && sibling.className().equals(bestClass) ? bestScore * 0.2 : 0;
                Double score = scores.get(sibling);
                if (score != null && score + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = NodeTrees.linkDensity(sibling);
                    String text = sibling.text();
                    append = (text.length() > 80 && density < 0.25)
                            || (text.length() > 0
                                    && text.length() <= 80
                                    && density == 0
                                    && text.matches("(?s).*\\.( .*|$)"));
                }
            }
            if (append) {
                article.appendChild(sibling);
            }
        }
        return article;
    }
}
