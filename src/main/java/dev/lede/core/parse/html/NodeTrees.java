package dev.lede.core.parse.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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

    /**
     * Whether {@code e.text()} is longer than {@code max} characters, without building the text of a large subtree:
     * jsoup's {@code text()} keeps every character of a text node but white space (collapsed) and the two invisible
     * ones, so counting those characters stops as soon as it passes {@code max}. Only a subtree of at most that many
     * is measured exactly. Asked of every element of a deeply nested page, {@code text()} would cost the page's size
     * times its depth (docs/performance.md, "Hostile pages").
     */
    static boolean textLongerThan(Element e, int max) {
        int[] kept = {0};
        NodeTraversor.filter(
                (node, depth) -> {
                    if (node instanceof TextNode t) {
                        String s = t.getWholeText();
                        for (int i = 0; i < s.length(); i++) {
                            if (surelyKept(s.charAt(i)) && ++kept[0] > max) {
                                return NodeFilter.FilterResult.STOP;
                            }
                        }
                    }
                    return NodeFilter.FilterResult.CONTINUE;
                },
                e);
        return kept[0] > max || e.text().length() > max;
    }

    /**
     * Whether {@code e.text()} is not blank, stopping at the first character that makes it so. Only a subtree of
     * white space, control and invisible characters alone is read whole: a control character is kept, and may stand
     * between two blanks, and a no-break space is kept as it is in a {@code pre}.
     */
    static boolean hasText(Element e) {
        int[] seen = {0}; // 1: a visible character, 2: a character only the whole text can judge
        NodeTraversor.filter(
                (node, depth) -> {
                    if (node instanceof TextNode t) {
                        String s = t.getWholeText();
                        for (int i = 0; i < s.length(); i++) {
                            char c = s.charAt(i);
                            if (surelyKept(c) && !Character.isWhitespace(c)) {
                                seen[0] = 1;
                                return NodeFilter.FilterResult.STOP;
                            }
                            if (c > ' ' || !isCollapsed(c)) {
                                seen[0] = 2;
                            }
                        }
                    }
                    return NodeFilter.FilterResult.CONTINUE;
                },
                e);
        return seen[0] == 1 || seen[0] == 2 && !e.text().isBlank();
    }

    /**
     * A character jsoup's {@code text()} keeps whatever surrounds it and its final trim leaves: above the space
     * (trim takes those below from the ends), neither the no-break space it collapses nor the zero-width space and
     * soft hyphen it drops.
     */
    private static boolean surelyKept(char c) {
        return c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD';
    }

    /** White space jsoup collapses into one space. */
    private static boolean isCollapsed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Share of the text that sits in links; in-page links ({@code #...}) count less. */
    static double linkDensity(Element e) {
        // The links first: a block without any has no density to measure, however long its text.
        Elements anchors = e.getElementsByTag("a");
        if (anchors.isEmpty()) {
            return 0;
        }
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : anchors) {
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
