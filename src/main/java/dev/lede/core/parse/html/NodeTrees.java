package dev.lede.core.parse.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Iterative tree helpers (no recursion, so any nesting depth is safe) and text measures used in scoring. */
final class NodeTrees {

    private NodeTrees() {}

    /** The element after {@code e} in document order, descending into it unless {@code skipChildren}. */
    static Element next(Element e, boolean skipChildren) {
        if (!skipChildren && e.childrenSize() > 0) {
            return e.child(0);
        }
        Element at = e;
        while (at != null) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            at = at.parent();
        }
        return null;
    }

    /** Whether an ancestor of {@code e} (within {@code maxDepth} levels, all when negative) has a tag in {@code tags}. */
    static boolean hasAncestor(Element e, Set<String> tags, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth >= 0 && depth++ >= maxDepth) {
                return false;
            }
            if (tags.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text length as a reader sees it: white space collapsed, ends trimmed. */
    static int textLength(Element e) {
        return e.text().length();
    }

    /** Share of the text that sits in links; in-page links ({@code #...}) count less. */
    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            double weight = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += a.text().length() * weight;
        }
        return links / total;
    }

    /** Counts commas of any script, the way the scorer weighs prose. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                default -> {}
            }
        }
        return n;
    }

    /** True for a text node holding only white space. */
    static boolean isBlankText(Node node) {
        return node instanceof TextNode t && t.isBlank();
    }

    /** Detaches {@code e} if it is still attached. */
    static void remove(Node e) {
        if (e.parentNode() != null) {
            e.remove();
        }
    }
}
