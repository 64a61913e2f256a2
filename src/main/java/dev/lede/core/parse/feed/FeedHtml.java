package dev.lede.core.parse.feed;

import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML fragment from a feed (item content or summary) into body blocks and numbered links.
 * A stand-in with the same job as the page block renderer, kept small so it can be swapped for it.
 */
final class FeedHtml {

    /** The blocks of a fragment and the links they number, 1-based in reading order. */
    record Rendered(List<Block> blocks, List<Link> links) {
        Rendered {
            blocks = List.copyOf(blocks);
            links = List.copyOf(links);
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer",
            "main", "aside", "nav", "figure", "ul", "ol", "dl", "dt", "dd", "hr", "address", "center",
            "details", "summary", "form", "fieldset");
    private static final Set<String> CONTEXTS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "head", "title", "button", "select", "input", "textarea");

    private FeedHtml() {
    }

    static Rendered render(String html, String baseUri) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        Renderer renderer = new Renderer();
        NodeTraversor.filter(renderer, document.body());
        renderer.flush();
        return new Rendered(renderer.blocks, renderer.links);
    }

    /** Walks the fragment once (iteratively, so deep nesting cannot overflow the stack). */
    private static final class Renderer implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final List<LinkMark> marks = new ArrayList<>();
        private final Deque<Element> contexts = new ArrayDeque<>();
        private final Deque<int[]> listCounters = new ArrayDeque<>();
        private final Deque<Boolean> listOrdered = new ArrayDeque<>();
        private Element markedItem;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.text());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (SKIPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (name) {
                case "br" -> flush();
                case "img" -> {
                    flush();
                    String alt = FeedText.oneLine(element.attr("alt"));
                    // Images without alt text are mostly tracking pixels or decoration.
                    if (alt != null) {
                        blocks.add(new Block.Image(alt));
                    }
                }
                case "pre" -> {
                    flush();
                    String pre = FeedText.sanitise(element.wholeText()).stripTrailing();
                    pre = pre.startsWith("\n") ? pre.substring(1) : pre;
                    if (!pre.isBlank()) {
                        blocks.add(new Block.Preformatted(pre));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "table" -> {
                    flush();
                    addTable(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "ul", "ol" -> {
                    flush();
                    listCounters.push(new int[] {startOf(element)});
                    listOrdered.push(name.equals("ol"));
                }
                default -> {
                    if (CONTEXTS.contains(name)) {
                        flush();
                        contexts.push(element);
                    } else if (BLOCKS.contains(name)) {
                        flush();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (name.equals("a")) {
                addLink(element);
            } else if (name.equals("ul") || name.equals("ol")) {
                flush();
                listCounters.pop();
                listOrdered.pop();
            } else if (CONTEXTS.contains(name)) {
                flush();
                contexts.remove(element);
            } else if (BLOCKS.contains(name)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw) {
            String text = FeedText.sanitise(raw);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                        line.append(' ');
                    }
                } else {
                    line.append(c);
                }
            }
        }

        private void addLink(Element anchor) {
            String url = anchor.absUrl("href");
            if (url.isEmpty()) {
                url = anchor.attr("href").strip();
            }
            String lower = url.toLowerCase(Locale.ROOT);
            if (url.isEmpty() || url.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("data:")) {
                return;
            }
            String text = FeedText.oneLine(anchor.text());
            int number = links.size() + 1;
            links.add(new Link(number, text == null ? url : text, FeedText.oneLine(url)));
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            marks.add(new LinkMark(end, number));
        }

        private void addTable(Element table) {
            List<List<String>> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        String text = FeedText.oneLine(cell.text());
                        cells.add(text == null ? "" : text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new Block.Table(rows));
            }
        }

        /** Ends the current run of inline text as a block of the innermost context's kind. */
        void flush() {
            // appendText never starts a line with a space, so only the end needs trimming.
            String text = line.toString().stripTrailing();
            List<LinkMark> shifted = new ArrayList<>();
            for (LinkMark mark : marks) {
                shifted.add(new LinkMark(Math.min(text.length(), mark.end()), mark.number()));
            }
            line.setLength(0);
            marks.clear();
            if (text.isEmpty()) {
                return;
            }
            blocks.add(blockOf(text, shifted));
        }

        private Block blockOf(String text, List<LinkMark> marks) {
            Element context = contexts.peek();
            String name = context == null ? "" : context.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h') {
                return new Block.Heading(name.charAt(1) - '0', text, marks);
            }
            if (name.equals("blockquote")) {
                return new Block.Quote(text, marks);
            }
            if (name.equals("figcaption")) {
                return new Block.Caption(text, marks);
            }
            if (name.equals("li") && context != markedItem) {
                // Only an item's first block carries its marker; later ones continue it as paragraphs.
                markedItem = context;
                return new Block.ListItem(nextMarker(), Math.max(0, listCounters.size() - 1), text, marks);
            }
            return new Block.Paragraph(text, marks);
        }

        private String nextMarker() {
            if (listCounters.isEmpty() || !listOrdered.peek()) {
                return "•";
            }
            int[] counter = listCounters.peek();
            return (counter[0]++) + ".";
        }

        private static int startOf(Element list) {
            try {
                return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
