package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Phrasing (inline) content: runs of it loose inside a {@code <div>} are wrapped into paragraphs. */
final class Phrasing {

    static final Set<String> TAGS = Set.of(
            "abbr",
            "audio",
            "b",
            "bdo",
            "br",
            "button",
            "cite",
            "code",
            "data",
            "datalist",
            "dfn",
            "em",
            "embed",
            "i",
            "img",
            "input",
            "kbd",
            "label",
            "mark",
            "math",
            "meter",
            "noscript",
            "object",
            "output",
            "progress",
            "q",
            "ruby",
            "samp",
            "script",
            "select",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "textarea",
            "time",
            "var",
            "wbr",
            "u",
            "s",
            "strike",
            "tt",
            "big",
            "font",
            "picture",
            "svg");
    private static final Set<String> TRANSPARENT = Set.of("a", "del", "ins");

    private Phrasing() {}

    /** Whether {@code node} is inline content: text, an inline tag, or a link holding only inline content. */
    static boolean is(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        if (!TRANSPARENT.contains(tag)) {
            return false;
        }
        for (Element inner : e.getAllElements()) {
            if (inner != e && !TAGS.contains(inner.normalName()) && !TRANSPARENT.contains(inner.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Wraps each run of inline children of {@code div} that holds text into a new {@code <p>}. */
    static void wrapRuns(Element div) {
        List<Node> children = new ArrayList<>(div.childNodes());
        Element paragraph = null;
        for (Node child : children) {
            if (child instanceof org.jsoup.nodes.Comment) {
                continue;
            }
            if (is(child)) {
                if (paragraph != null) {
                    paragraph.appendChild(child);
                } else if (!NodeTrees.isBlankText(child)) {
                    paragraph = new Element("p");
                    child.before(paragraph);
                    paragraph.appendChild(child);
                }
            } else if (paragraph != null) {
                trimTrailingBlank(paragraph);
                paragraph = null;
            }
        }
        if (paragraph != null) {
            trimTrailingBlank(paragraph);
        }
    }

    private static void trimTrailingBlank(Element paragraph) {
        while (paragraph.childNodeSize() > 0
                && NodeTrees.isBlankText(paragraph.childNode(paragraph.childNodeSize() - 1))) {
            paragraph.childNode(paragraph.childNodeSize() - 1).remove();
        }
    }
}
