// Over 250 lines: every block kind's wrapping at a width in display columns, sharing one line builder.
package dev.lede.core.text;

import dev.lede.core.article.Block;
import dev.lede.core.article.CellMark;
import dev.lede.core.article.LinkMark;
import java.util.ArrayList;
import java.util.List;

/**
 * Article blocks to lines at a width, measured in display columns ({@link Columns#width}): paragraphs
 * wrap at spaces (and between Chinese and Japanese characters), list items hang under their marker, quotes
 * carry a bar, preformatted text keeps its lines and is cut, a table too wide wraps its cells inside their
 * columns, or sets them out one under the other when its words would not stay whole. Link numbers {@code [n]} are written after their {@link LinkMark}s; soft hyphens are not drawn.
 * One class of over 300 lines: every kind of block is set out by the same line breaker and the same widths.
 */
public final class Wrap {

    /** What a wrapped line came from, so the view can style it. */
    public enum Role {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        PREFORMATTED,
        TABLE,
        IMAGE,
        CAPTION,
        BLANK
    }

    /** A run of characters {@code start}..{@code end} (exclusive) of a line's text: a {@code [n]} link label. */
    public record Mark(int start, int end) {}

    /**
     * One wrapped line. {@code block} and {@code offset} say where in the block's decorated text the line
     * starts: the same point can be found again at another width, which keeps the top line on resize.
     */
    public record Line(String text, Role role, int block, int offset, List<Mark> links) {
        public Line {
            links = List.copyOf(links);
        }

        public static Line blank(int block) {
            return new Line("", Role.BLANK, block, 0, List.of());
        }
    }

    private static final String QUOTE_BAR = "│ ";

    private Wrap() {}

    /** Wraps every block at {@code width} columns, a blank line between blocks (not between list items). */
    public static List<Line> blocks(List<Block> blocks, int width) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // Items of one list follow each other without a blank line; a list in a quotation ends with one, and
            // so does a definition list before a list of marked items, or after one (two lists, as a browser
            // sets them apart).
            boolean continuesList = i > 0
                    && isListItem(block)
                    && isListItem(blocks.get(i - 1))
                    && definesTerms(block) == definesTerms(blocks.get(i - 1))
                    && lead(block).equals(lead(blocks.get(i - 1)));
            if (i > 0 && !continuesList) {
                // Between two blocks of one quotation its bar runs on through the blank line (and the indent
                // of a list item both stand in before it).
                String shared = sharedLead(lead(blocks.get(i - 1)), lead(block));
                out.add(
                        shared.contains(QUOTE_BAR)
                                ? new Line(shared.stripTrailing(), Role.QUOTE, i, 0, List.of())
                                : Line.blank(i));
            }
            out.addAll(block(block, i, width));
        }
        return out;
    }

    /** What stands before the text of every line of {@code block}: a list item's indent and quote bars. */
    private static String lead(Block block) {
        if (block instanceof Block.Quoted quoted) {
            return " ".repeat(quoted.indent()) + QUOTE_BAR.repeat(quoted.depth()) + lead(quoted.inner());
        }
        return block instanceof Block.Quote ? QUOTE_BAR : "";
    }

    /** The longest start of both leads that ends after a quote bar: the bars two blocks share. */
    private static String sharedLead(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        int end = a.lastIndexOf(QUOTE_BAR, common - QUOTE_BAR.length());
        return end < 0 ? "" : a.substring(0, end + QUOTE_BAR.length());
    }

    private static boolean isListItem(Block block) {
        return (block instanceof Block.Quoted quoted ? quoted.inner() : block) instanceof Block.ListItem;
    }

    /** Whether a list item is a definition list's term or definition, which have no marker. */
    private static boolean definesTerms(Block block) {
        return (block instanceof Block.Quoted quoted ? quoted.inner() : block) instanceof Block.ListItem item
                && item.marker().isEmpty();
    }

    /** The lines of one block, which is number {@code index} of its article. */
    public static List<Line> block(Block block, int index, int width) {
        if (block instanceof Block.Quoted quoted) {
            return quoted(quoted, index, width);
        }
        if (block instanceof Block.Preformatted pre) {
            return preformatted(pre.text(), index, width);
        }
        if (block instanceof Block.Table table) {
            return table(table, index, width);
        }
        if (block instanceof Block.ListItem item) {
            String indent = " ".repeat(Math.max(0, item.indent()));
            // A definition list's term and definition have no marker, nor the space after one.
            String first = indent + item.marker() + (item.marker().isEmpty() ? "" : " ");
            return hanging(
                    decorate(item.text(), item.marks()),
                    Role.LIST_ITEM,
                    index,
                    width,
                    first,
                    " ".repeat(Columns.width(first)));
        }
        if (block instanceof Block.Quote quote) {
            return hanging(decorate(quote.text(), quote.marks()), Role.QUOTE, index, width, QUOTE_BAR, QUOTE_BAR);
        }
        Role role = block instanceof Block.Heading
                ? Role.HEADING
                : block instanceof Block.Image
                        ? Role.IMAGE
                        : block instanceof Block.Caption ? Role.CAPTION : Role.PARAGRAPH;
        return hanging(decorate(block.text(), block.marks()), role, index, width, "", "");
    }

    /**
     * A block's own lines under a list item's text and inside a quote bar for each quotation around it, the
     * indent and the bars on every line.
     */
    private static List<Line> quoted(Block.Quoted quoted, int index, int width) {
        String lead = " ".repeat(quoted.indent()) + QUOTE_BAR.repeat(quoted.depth());
        if (Columns.width(lead) > width / 2) {
            lead = LineFit.fit(lead, width / 2); // deep quotes at a tiny width: the text keeps half the line
        }
        int shift = lead.length();
        List<Line> out = new ArrayList<>();
        for (Line line : block(quoted.inner(), index, Math.max(1, width - Columns.width(lead)))) {
            List<Mark> links = new ArrayList<>();
            for (Mark mark : line.links()) {
                links.add(new Mark(mark.start() + shift, mark.end() + shift));
            }
            // Styled as the quote it stands in; a heading or a caption keeps its own style, and a block only
            // set in under a list item its own.
            Role role = quoted.depth() == 0 || line.role() == Role.HEADING || line.role() == Role.CAPTION
                    ? line.role()
                    : Role.QUOTE;
            out.add(new Line((lead + line.text()).stripTrailing(), role, index, line.offset(), links));
        }
        return out;
    }

    /** Plain text wrapped at {@code width} columns, each line marked {@code role} and as part of block {@code index}. */
    public static List<Line> text(String text, Role role, int index, int width) {
        return hanging(new Decorated(text, List.of()), role, index, width, "", "");
    }

    /**
     * A URL (or any text that must survive whole: nothing dropped, nothing added) in pieces of at most
     * {@code width} columns, broken between grapheme clusters: joined again, the pieces are the text.
     * Spaces are kept where they fall; a cluster wider than the whole width gets a piece of its own.
     */
    public static List<String> whole(String text, int width) {
        int limit = Math.max(1, width);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int columns = 0;
        int i = 0;
        while (i < text.length()) {
            int next = clusterEnd(text, i);
            int w = Columns.clusterWidth(text.subSequence(i, next));
            if (columns + w > limit && i > start) {
                pieces.add(text.substring(start, i));
                start = i;
                columns = 0;
            }
            columns += w;
            i = next;
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    /**
     * Where to break {@code text} into lines of at most {@code width} columns: pairs of start and end
     * indexes. Breaks at spaces and newlines, and between Chinese and Japanese characters ({@link IdeographicBreaks}); a
     * word longer than a line is broken between characters.
     */
    public static List<int[]> breaks(String text, int width) {
        int limit = Math.max(1, width);
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int columns = 0;
            // The last place the line may end (a space, or between two ideographs) and where the next starts.
            int lastBreak = -1;
            int lastResume = -1;
            int previous = -1;
            int k = i;
            int end = n;
            int resume = n;
            while (k < n) {
                int cp = text.codePointAt(k);
                if (cp == '\n') {
                    end = k;
                    resume = k + 1;
                    break;
                }
                if (cp == ' ') {
                    lastBreak = k;
                    lastResume = k + 1;
                } else if (previous >= 0 && previous != ' ' && IdeographicBreaks.between(previous, cp)) {
                    lastBreak = k;
                    lastResume = k;
                }
                // Measured by grapheme cluster, as Columns.width measures the line (U+2764 U+FE0F is two).
                int next = clusterEnd(text, k);
                int w = next == k + Character.charCount(cp)
                        ? Columns.width(cp)
                        : Columns.clusterWidth(text.subSequence(k, next));
                if (columns + w > limit && k > i) {
                    if (lastBreak > i) {
                        end = lastBreak;
                        resume = lastResume;
                    } else {
                        end = k;
                        resume = k;
                    }
                    break;
                }
                columns += w;
                previous = cp;
                k = next;
            }
            int trimmed = end;
            while (trimmed > i && text.charAt(trimmed - 1) == ' ') {
                trimmed--;
            }
            out.add(new int[] {i, trimmed});
            i = resume;
        }
        return out;
    }

    private static List<Line> hanging(Decorated text, Role role, int index, int width, String first, String rest) {
        int prefixWidth = Math.max(Columns.width(first), Columns.width(rest));
        if (prefixWidth > width / 2) {
            // A deep list at a tiny width: the marker gives way so that text still fits beside it.
            first = LineFit.fit(first, width / 2);
            rest = LineFit.fit(rest, width / 2);
            prefixWidth = Math.max(Columns.width(first), Columns.width(rest));
        }
        int available = Math.max(1, width - prefixWidth);
        List<Line> out = new ArrayList<>();
        for (int[] range : breaks(text.text(), available)) {
            String prefix = out.isEmpty() ? first : rest;
            String piece = text.text().substring(range[0], range[1]);
            if (Columns.width(piece) > available) {
                piece = LineFit.fit(
                        piece, available); // one character wider than the whole line (a wide one at width 1)
            }
            List<Mark> marks = new ArrayList<>();
            for (Mark mark : text.links()) {
                if (mark.start() >= range[0] && mark.end() <= range[0] + piece.length()) {
                    marks.add(new Mark(
                            mark.start() - range[0] + prefix.length(), mark.end() - range[0] + prefix.length()));
                }
            }
            out.add(new Line(prefix + piece, role, index, range[0], marks));
        }
        return out;
    }

    private static int clusterEnd(String text, int k) {
        return Graphemes.clusterEnd(text, k);
    }

    private static List<Line> preformatted(String text, int index, int width) {
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            out.add(new Line(
                    LineFit.cut(unhyphenated(Tabs.expand(line)), width), Role.PREFORMATTED, index, offset, List.of()));
            offset += line.length() + 1;
        }
        return out;
    }

    private static final String COLUMN_GAP = "  ";

    /** Between a header and its cell's value, when a table too narrow is set out cell by cell. */
    private static final String HEADER_SEPARATOR = ": ";

    private static List<Line> table(Block.Table table, int index, int width) {
        List<List<Decorated>> rows = cells(table);
        List<Integer> natural = new ArrayList<>();
        List<Integer> longestWord = new ArrayList<>();
        for (List<Decorated> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).text();
                int w = Columns.width(cell);
                int word = 0;
                for (String part : cell.split(" ")) {
                    word = Math.max(word, Columns.width(part));
                }
                if (c == natural.size()) {
                    natural.add(w);
                    longestWord.add(word);
                } else {
                    natural.set(c, Math.max(natural.get(c), w));
                    longestWord.set(c, Math.max(longestWord.get(c), word));
                }
            }
        }
        int available = width - COLUMN_GAP.length() * Math.max(0, natural.size() - 1);
        if (natural.stream().mapToInt(Integer::intValue).sum() <= available) {
            return rowLines(rows, natural, index);
        }
        int[] columns = fitColumns(natural, longestWord, available);
        if (columns == null) {
            return cellLines(rows, table.headed(), index, width);
        }
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Decorated> row = rows.get(r);
            List<List<Decorated>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.size(); c++) {
                Decorated cell = row.get(c);
                List<Decorated> pieces = new ArrayList<>();
                for (int[] range : breaks(cell.text(), columns[c])) {
                    pieces.add(new Decorated(
                            LineFit.fit(cell.text().substring(range[0], range[1]), columns[c]),
                            within(cell.links(), range[0], range[1], -range[0])));
                }
                cells.add(pieces);
                height = Math.max(height, pieces.size());
            }
            if (r > 0) {
                out.add(new Line("", Role.TABLE, index, r, List.of()));
            }
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder();
                List<Mark> links = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    Decorated piece = l < cells.get(c).size() ? cells.get(c).get(l) : new Decorated("", List.of());
                    links.addAll(within(piece.links(), 0, piece.text().length(), line.length()));
                    line.append(
                            c == cells.size() - 1 ? piece.text() : LineFit.pad(piece.text(), columns[c]) + COLUMN_GAP);
                }
                out.add(new Line(line.toString().stripTrailing(), Role.TABLE, index, r, links));
            }
        }
        return out;
    }

    /** The cells of a table as drawn: no soft hyphen, no white space at their ends, {@code [n]} after links. */
    private static List<List<Decorated>> cells(Block.Table table) {
        List<List<List<LinkMark>>> marks = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<List<LinkMark>> rowMarks = new ArrayList<>();
            row.forEach(cell -> rowMarks.add(new ArrayList<>()));
            marks.add(rowMarks);
        }
        for (CellMark mark : table.cellMarks()) {
            if (mark.row() < marks.size()
                    && mark.column() < marks.get(mark.row()).size()) {
                marks.get(mark.row()).get(mark.column()).add(mark.mark());
            }
        }
        List<List<Decorated>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            List<Decorated> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(decorate(row.get(c).strip(), marks.get(r).get(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The link labels of {@code links} that lie within {@code start}..{@code end}, moved by {@code shift}. */
    private static List<Mark> within(List<Mark> links, int start, int end, int shift) {
        List<Mark> out = new ArrayList<>();
        for (Mark mark : links) {
            if (mark.start() >= start && mark.end() <= end) {
                out.add(new Mark(mark.start() + shift, mark.end() + shift));
            }
        }
        return out;
    }

    /**
     * A table whose columns cannot keep their words whole at this width, set out cell by cell: each row's
     * cells one under the other, each after its column's header ("Capital: Paris") when the table has a
     * header row, a blank line between rows. Words broken in the middle, or a table cut at the edge, lose
     * more than the columns' alignment does.
     */
    private static List<Line> cellLines(List<List<Decorated>> rows, boolean headed, int index, int width) {
        List<Decorated> header = headed ? rows.get(0) : List.of();
        List<Line> out = new ArrayList<>();
        for (int r = headed ? 1 : 0; r < rows.size(); r++) {
            if (!out.isEmpty()) {
                out.add(new Line("", Role.TABLE, index, r, List.of()));
            }
            List<Decorated> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Decorated cell = row.get(c);
                if (cell.text().isEmpty()) {
                    continue;
                }
                String name = c < header.size() ? header.get(c).text() : "";
                String prefix = name.isEmpty() ? "" : name + HEADER_SEPARATOR;
                List<Mark> links =
                        new ArrayList<>(within(cell.links(), 0, cell.text().length(), prefix.length()));
                for (Line line :
                        hanging(new Decorated(prefix + cell.text(), links), Role.TABLE, index, width, "", "  ")) {
                    out.add(new Line(line.text(), Role.TABLE, index, r, line.links()));
                }
            }
        }
        return out;
    }

    /**
     * Column widths that fit {@code available} columns, as a browser lays out a table too wide for its
     * page: each column keeps at least its longest word and shares the room left in proportion to how much
     * more its cells would take. Null when even the longest words do not fit side by side.
     */
    private static int[] fitColumns(List<Integer> natural, List<Integer> longestWord, int available) {
        int total = natural.stream().mapToInt(Integer::intValue).sum();
        int least = longestWord.stream().mapToInt(Integer::intValue).sum();
        if (least > available || natural.isEmpty()) {
            return null;
        }
        int[] widths = new int[natural.size()];
        int room = available - least;
        int slack = Math.max(1, total - least);
        int given = 0;
        for (int c = 0; c < widths.length; c++) {
            int share = (int) ((long) room * (natural.get(c) - longestWord.get(c)) / slack);
            widths[c] = longestWord.get(c) + share;
            given += share;
        }
        return spread(widths, natural, room - given);
    }

    /** {@code left} more columns, one each, to the columns whose cells would take the most beyond their width. */
    private static int[] spread(int[] widths, List<Integer> natural, int left) {
        List<Integer> neediestFirst = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            neediestFirst.add(c);
        }
        neediestFirst.sort((a, b) -> Integer.compare(natural.get(b) - widths[b], natural.get(a) - widths[a]));
        for (int c : neediestFirst) {
            if (left > 0 && natural.get(c) > widths[c]) {
                widths[c]++;
                left--;
            }
        }
        return widths;
    }

    private static String unhyphenated(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /** A table that fits, one line a row. */
    private static List<Line> rowLines(List<List<Decorated>> rows, List<Integer> columns, int index) {
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Decorated> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            List<Mark> links = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Decorated cell = row.get(c);
                links.addAll(within(cell.links(), 0, cell.text().length(), line.length()));
                line.append(c == row.size() - 1 ? cell.text() : LineFit.pad(cell.text(), columns.get(c)) + COLUMN_GAP);
            }
            out.add(new Line(line.toString().stripTrailing(), Role.TABLE, index, r, links));
        }
        return out;
    }

    /**
     * A soft hyphen marks where a word may be hyphenated: a browser draws it only where it breaks a line, and
     * lede never hyphenates, so it is never drawn (most terminals draw it as a hyphen, mid-word). The text keeps
     * it, as the page has it; the marks move back by the hyphens before them.
     */
    private static final char SOFT_HYPHEN = '\u00AD';

    private static List<LinkMark> withoutSoftHyphens(String text, List<LinkMark> marks) {
        List<LinkMark> moved = new ArrayList<>(marks.size());
        for (LinkMark mark : marks) {
            int end = Math.min(Math.max(mark.end(), 0), text.length());
            int before = 0;
            for (int i = 0; i < end; i++) {
                before += text.charAt(i) == SOFT_HYPHEN ? 1 : 0;
            }
            moved.add(new LinkMark(end - before, mark.number(), mark.label()));
        }
        return moved;
    }

    /** A block's text with {@code [n]} written after each link mark, and where those labels are. */
    private record Decorated(String text, List<Mark> links) {}

    private static Decorated decorate(String text, List<LinkMark> marks) {
        String plain = text.replace('\t', ' ');
        if (plain.indexOf(SOFT_HYPHEN) >= 0) {
            marks = withoutSoftHyphens(plain, marks);
            plain = unhyphenated(plain);
        }
        if (marks.isEmpty()) {
            return new Decorated(plain, List.of());
        }
        List<LinkMark> sorted = marks.stream()
                .sorted((a, b) -> Integer.compare(a.end(), b.end()))
                .toList();
        StringBuilder out = new StringBuilder();
        List<Mark> links = new ArrayList<>();
        int from = 0;
        for (LinkMark mark : sorted) {
            int end = Math.max(from, Math.min(mark.end(), plain.length()));
            out.append(plain, from, end);
            String label = mark.label();
            // The label is joined to the word before it so that a line never starts with a bare [n].
            if (mark.isLink()) {
                links.add(new Mark(out.length(), out.length() + label.length()));
            }
            out.append(label);
            from = end;
        }
        out.append(plain, from, plain.length());
        return new Decorated(out.toString(), links);
    }
}
