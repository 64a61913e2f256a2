// Over 300 lines: one iterative walk that lays HTML out as blocks; each element kind is a few lines of it.
package dev.lede.core.parse.html;

import dev.lede.core.article.Block;
import dev.lede.core.article.CellMark;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.parse.TagNames;
import dev.lede.core.text.Columns;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into body blocks, as a browser would lay it out: paragraphs, headings, list
 * items, quotes, preformatted text, data tables, images with alt text and captions. Links keep their
 * text inline and get numbers (one per distinct URL). Traversal is iterative, so nesting depth is no risk.
 */
public final class HtmlBlocks implements NodeVisitor {

    /** The blocks of an element and the links they number, starting at 1. */
    public record Rendered(List<Block> blocks, List<Link> links) {
        public Rendered {
            blocks = List.copyOf(blocks);
            links = List.copyOf(links);
        }
    }

    private enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        CAPTION,
        PRE
    }

    /**
     * An element whose text is laid out as {@code kind}: a heading's {@code level}; for a list item, the columns it
     * stands in from its list's margin before its marker ({@code level}: a definition's 4, an item of a list set
     * straight inside another list's 2, and what its marker is narrower than the list's widest, {@code 9.} beside
     * {@code 10.}) and the marker.
     */
    private record Context(Element element, Kind kind, int level, String marker) {

        /** The columns from the item's list's margin to its text. */
        int textColumn() {
            return level + Columns.width(marker) + (marker.isEmpty() ? 0 : 1);
        }
    }

    private static final class ListState {
        final Element element;
        final boolean ordered;
        /** Set straight inside another list, with no item between: indented as an item's sub-list would be. */
        final boolean bare;
        /**
         * The columns of its widest marker ({@code 10.} in a list of ten): each marker is set right against the
         * text, which starts in the same column for every item, as a browser sets a list's markers outside it.
         */
        final int widest;

        int next;

        ListState(Element element, boolean ordered, int next) {
            this.element = element;
            this.ordered = ordered;
            this.next = next;
            this.bare = inListWithoutItem(element);
            this.widest = ordered ? widestNumber(element, next) : Columns.width(BULLET);
        }

        /** The wider of the first and last numbers of the list's items, with their dot. */
        private static int widestNumber(Element list, int start) {
            int items = 0;
            for (Element li : list.getElementsByTag("li")) {
                if (ownList(li) == list) {
                    items++;
                }
            }
            long last = (long) start + Math.max(0, items - 1);
            return Math.max(Columns.width(start + "."), Columns.width(last + "."));
        }

        /** The list an item is numbered in: the nearest list around it, unless a table stands between. */
        private static Element ownList(Element li) {
            for (Element at = li.parent(); at != null; at = at.parent()) {
                switch (at.normalName()) {
                    case "ul", "ol", "menu", "dir" -> {
                        return at;
                    }
                    case "table" -> {
                        return null;
                    }
                    default -> {
                        // look further out
                    }
                }
            }
            return null;
        }

        private static boolean inListWithoutItem(Element list) {
            for (Element at = list.parent(); at != null; at = at.parent()) {
                switch (at.normalName()) {
                    case "ul", "ol", "menu", "dir" -> {
                        return true;
                    }
                    case "li", "dd", "dt", "blockquote" -> {
                        return false;
                    }
                    default -> {
                        // an element between the lists that is no item (a div): look further out
                    }
                }
            }
            return false;
        }
    }

    private static final String BULLET = "•";

    /** A list item's indent beside its marker's, the width of the marker of a bulleted list and its space. */
    private static final int BARE_LIST_INDENT = 2;
    /** A definition stands this far in from its term, as a browser's 40 pixels are about four columns. */
    private static final int DEFINITION_INDENT = 4;

    private static final Set<String> BLOCK_TAGS = TagNames.setOf(
            TagNames.HEADINGS,
            "address",
            "article",
            "aside",
            "blockquote",
            "center",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "ul",
            "legend");

    private static final Pattern FILE_NAME = Pattern.compile("\\S+\\.(?i:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)");

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Link> linksByUrl = new LinkedHashMap<>();
    private final Deque<Context> contexts = new ArrayDeque<>();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private final InlineText text = new InlineText();
    private Element openLink;
    /** How many {@code <q>} are open: the outer quotation gets double marks, one inside it single ones. */
    private int quotes;

    private Node skipping;

    private HtmlBlocks() {}

    /** Renders the content of {@code root}. */
    public static Rendered render(Element root) {
        HtmlBlocks visitor = new HtmlBlocks();
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return new Rendered(visitor.blocks, new ArrayList<>(visitor.linksByUrl.values()));
    }

    @Override
    public void head(Node node, int depth) {
        if (skipping != null) {
            return;
        }
        if (node instanceof TextNode t) {
            text.append(HtmlText.sanitize(t.getWholeText()), kind() == Kind.PRE);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        switch (tag) {
            case "br" -> {
                if (text.lineBreak(kind() == Kind.PRE)) {
                    flush();
                }
            }
            case "img" -> image(e);
            case "q" -> {
                // An empty quotation quotes nothing: no marks for it, though a browser draws them.
                if (!e.text().isBlank()) {
                    text.append(quotes++ % 2 == 0 ? "\u201C" : "\u2018", kind() == Kind.PRE);
                }
            }
            case "a" -> {
                if (openLink == null) {
                    openLink = e;
                }
            }
            case "ul", "ol", "menu", "dir" -> {
                flush();
                lists.push(new ListState(e, tag.equals("ol"), start(e)));
            }
            case "li" -> {
                flush();
                boolean bare = !lists.isEmpty() && lists.peek().bare;
                String marker = marker();
                int pad = lists.isEmpty() ? 0 : Math.max(0, lists.peek().widest - Columns.width(marker));
                contexts.push(new Context(e, Kind.LIST_ITEM, (bare ? BARE_LIST_INDENT : 0) + pad, marker));
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                contexts.push(new Context(e, Kind.HEADING, tag.charAt(1) - '0', null));
            }
            case "dt", "dd" -> {
                // A term and its definition as a browser sets them out: the term at the list's margin, the
                // definition indented under it, no blank line between them.
                flush();
                contexts.push(new Context(e, Kind.LIST_ITEM, tag.equals("dd") ? DEFINITION_INDENT : 0, ""));
            }
            case "blockquote" -> push(e, Kind.QUOTE);
            case "figcaption" -> push(e, Kind.CAPTION);
            case "pre" -> push(e, Kind.PRE);
            case "table" -> {
                flush();
                if (DataTables.looksLikeData(e)) {
                    table(e);
                    skipping = e;
                }
            }
            default -> {
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (skipping != null) {
            if (skipping == node) {
                skipping = null;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        if (e == openLink) {
            closeLink(e);
            openLink = null;
        }
        String tag = e.normalName();
        if ((tag.equals("sup") || tag.equals("sub")) && kind() != Kind.PRE) {
            String inner = HtmlText.line(e.text());
            String[] labels = RaisedText.labels(e, inner, text.before(inner.length()));
            if (labels != null) {
                text.setApart(inner, labels[0], labels[1]);
            }
            return;
        }
        if (tag.equals("q")) {
            // A browser draws an inline quotation's marks itself; the page's text does not hold them.
            if (!e.text().isBlank()) {
                text.append(--quotes % 2 == 0 ? "\u201D" : "\u2019", kind() == Kind.PRE);
            }
            return;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            return;
        }
        flush();
        if (!contexts.isEmpty() && contexts.peek().element() == e) {
            contexts.pop();
        }
        if (!lists.isEmpty() && lists.peek().element == e) {
            lists.pop();
        }
    }

    private void push(Element e, Kind kind) {
        flush();
        contexts.push(new Context(e, kind, 0, null));
    }

    private Kind kind() {
        // Preformatted text wins over any outer context: its spacing must survive.
        for (Context c : contexts) {
            if (c.kind() == Kind.PRE) {
                return Kind.PRE;
            }
        }
        return contexts.isEmpty() ? Kind.PARAGRAPH : contexts.peek().kind();
    }

    private void image(Element img) {
        if (isPixel(img)) {
            return; // a tracking pixel, common in feeds, whatever its alt text says
        }
        String alt = HtmlText.line(img.attr("alt"));
        if (FILE_NAME.matcher(alt).matches()) {
            return; // "IMG_3886.jpg" tells a reader nothing
        }
        // An image inside running text (a formula, an icon, an emoji) is not a picture of its own.
        if (!alt.isEmpty() && !text.isEmpty()) {
            return;
        }
        if (!alt.isEmpty() && !followedByText(img)) {
            flush();
            add(new Block.Image(alt, PictureAddress.of(img)));
        }
    }

    private static boolean isPixel(Element img) {
        return isTiny(img.attr("width")) || isTiny(img.attr("height"));
    }

    private static boolean isTiny(String size) {
        String value = size.strip();
        return value.equals("0") || value.equals("1") || value.equals("0px") || value.equals("1px");
    }

    private static boolean followedByText(Element img) {
        for (Node next = img.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof TextNode t && !t.isBlank()) {
                return true;
            }
            if (next instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                return false;
            }
        }
        return false;
    }

    private void closeLink(Element a) {
        String label = HtmlText.line(a.text());
        String url = LinkTargets.absolute(a);
        if (label.isEmpty() || url == null || text.isEmpty() || kind() == Kind.PRE) {
            return;
        }
        Link link = linksByUrl.computeIfAbsent(url, u -> new Link(linksByUrl.size() + 1, label, u));
        text.mark(link.number());
    }

    /**
     * Adds {@code block} where it stands, as a browser draws it: under the text of each list item it stands in and
     * inside a quote bar for each quotation, in the order they are nested, outermost first (an item of a list in a
     * quotation in an item: that item's indent, the bar, then the inner item's indent). A list item's own indent is
     * that of the items around it; a quotation's own text draws its own bar.
     */
    private void add(Block block) {
        boolean ownContext = block instanceof Block.ListItem || block instanceof Block.Quote;
        List<int[]> leads = new ArrayList<>(); // {indent, bars}, outermost first
        int indent = 0;
        int index = 0;
        int around = contexts.size() - (ownContext ? 1 : 0);
        for (var outward = contexts.descendingIterator(); index < around; index++) {
            Context c = outward.next();
            if (c.kind() == Kind.QUOTE) {
                if (indent == 0 && !leads.isEmpty()) {
                    leads.get(leads.size() - 1)[1]++;
                } else {
                    leads.add(new int[] {indent, 1});
                }
                indent = 0;
            } else if (c.kind() == Kind.LIST_ITEM) {
                indent += c.textColumn();
            }
        }
        Block placed = block;
        if (block instanceof Block.ListItem item) {
            placed = new Block.ListItem(item.marker(), indent + contexts.peek().level(), item.text(), item.marks());
        } else if (indent > 0) {
            leads.add(new int[] {indent, 0});
        }
        for (int i = leads.size() - 1; i >= 0; i--) {
            placed = new Block.Quoted(placed, leads.get(i)[1], leads.get(i)[0]);
        }
        blocks.add(placed);
    }

    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        List<CellMark> cellMarks = new ArrayList<>();
        boolean headed = false;
        for (Element tr : table.getElementsByTag("tr")) {
            List<String> cells = new ArrayList<>();
            List<CellMark> marks = new ArrayList<>();
            boolean any = false;
            boolean allHeaders = true;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    String value = HtmlText.line(cell.text());
                    any |= !value.isEmpty();
                    allHeaders &= cell.normalName().equals("th");
                    for (LinkMark mark : cellLinks(cell, value)) {
                        marks.add(new CellMark(rows.size(), cells.size(), mark));
                    }
                    cells.add(value);
                }
            }
            if (any) {
                if (rows.isEmpty()) {
                    headed = allHeaders
                            || tr.parent() != null && tr.parent().normalName().equals("thead");
                }
                rows.add(cells);
                cellMarks.addAll(marks);
            }
        }
        // A browser draws the caption above the table, where the page puts it.
        Element caption = table.selectFirst("caption");
        if (caption != null && !HtmlText.line(caption.text()).isEmpty()) {
            add(new Block.Caption(HtmlText.line(caption.text()), List.of()));
        }
        if (!rows.isEmpty()) {
            add(new Block.Table(rows, cellMarks, headed && rows.size() > 1));
        }
    }

    /**
     * The links of a table cell, numbered like those of the text around the table: each is marked where it ends
     * in the cell's text {@code value}, which is where the cell's text up to it ends (a label the cell also
     * holds as plain text before it is not its place).
     */
    private List<LinkMark> cellLinks(Element cell, String value) {
        List<LinkMark> marks = new ArrayList<>();
        List<Element> anchors = cell.getElementsByTag("a");
        for (int i = 0; i < anchors.size(); i++) {
            Element a = anchors.get(i);
            String label = HtmlText.line(a.text());
            String url = LinkTargets.absolute(a);
            if (label.isEmpty() || url == null) {
                continue;
            }
            String through = textThrough(cell, i);
            if (!value.startsWith(through)) {
                continue; // not where the cell's text has it (never seen; no mark rather than a wrong one)
            }
            Link link = linksByUrl.computeIfAbsent(url, u -> new Link(linksByUrl.size() + 1, label, u));
            marks.add(new LinkMark(through.length(), link.number()));
        }
        return marks;
    }

    /** The text of {@code cell} up to the end of its {@code index}th link, made as the whole cell's text is. */
    private static String textThrough(Element cell, int index) {
        Element copy = cell.clone();
        Node node = copy.getElementsByTag("a").get(index);
        for (; node != copy; node = node.parent()) {
            while (node.nextSibling() != null) {
                node.nextSibling().remove();
            }
        }
        return HtmlText.line(copy.text());
    }

    private String marker() {
        ListState list = lists.peek();
        if (list == null || !list.ordered) {
            return BULLET;
        }
        return (list.next++) + ".";
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").trim()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void flush() {
        if (text.isEmpty()) {
            text.clear();
            return;
        }
        Kind kind = kind();
        if (kind == Kind.PRE) {
            String pre = text.preformatted();
            if (!pre.isBlank()) {
                add(new Block.Preformatted(pre));
            }
            text.clear();
            return;
        }
        String value = text.value();
        List<LinkMark> marks = text.marks();
        text.clear();
        if (value.isEmpty()) {
            return;
        }
        Context c = contexts.peek();
        if (kind == Kind.LIST_ITEM) {
            // The marker goes beside the item's first block only; the rest (after a sub-list, a second
            // paragraph) hangs under it, as a browser draws it.
            contexts.pop();
            contexts.push(new Context(c.element(), kind, c.level(), " ".repeat(Columns.width(c.marker()))));
        }
        add(
                switch (kind) {
                    case HEADING -> new Block.Heading(c.level(), value, marks);
                    case LIST_ITEM -> new Block.ListItem(c.marker(), 0, value, marks); // indented by add
                    case QUOTE -> new Block.Quote(value, marks);
                    case CAPTION -> new Block.Caption(value, marks);
                    default -> new Block.Paragraph(value, marks);
                });
    }
}
