// Over 250 lines: every block kind's wrapping at a width in display columns, sharing one line builder.
package dev.lede.core.text;

import dev.lede.core.article.Block;
import dev.lede.core.article.LinkMark;
import java.util.ArrayList;
import java.util.List;

/**
 * Article blocks to lines at a width, measured in display columns ({@link Columns#width}): paragraphs
 * wrap at spaces, list items hang under their marker, quotes carry a bar, preformatted text and tables
 * keep their lines and are cut. Link numbers {@code [n]} are written after their {@link LinkMark}s.
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
            boolean continuesList =
                    block instanceof Block.ListItem && i > 0 && blocks.get(i - 1) instanceof Block.ListItem;
            if (i > 0 && !continuesList) {
                out.add(Line.blank(i));
            }
            out.addAll(block(block, i, width));
        }
        return out;
    }

    /** The lines of one block, which is number {@code index} of its article. */
    public static List<Line> block(Block block, int index, int width) {
        if (block instanceof Block.Preformatted pre) {
            return preformatted(pre.text(), index, width);
        }
        if (block instanceof Block.Table table) {
            return table(table.rows(), index, width);
        }
        if (block instanceof Block.ListItem item) {
            String indent = " ".repeat(2 * Math.max(0, item.depth()));
            String first = indent + item.marker() + " ";
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

    /** Where the grapheme cluster that starts at {@code k} ends; a Latin character alone is the fast path. */
    private static int clusterEnd(String text, int k) {
        char c = text.charAt(k);
        if (c < 0x300 && (k + 1 == text.length() || text.charAt(k + 1) < 0x300)) {
            return k + 1;
        }
        return Graphemes.nextBoundary(text, k);
    }

    private static List<Line> preformatted(String text, int index, int width) {
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            out.add(new Line(LineFit.cut(Tabs.expand(line), width), Role.PREFORMATTED, index, offset, List.of()));
            offset += line.length() + 1;
        }
        return out;
    }

    private static List<Line> table(List<List<String>> rows, int index, int width) {
        List<Integer> columns = new ArrayList<>();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                int w = Columns.width(row.get(c).strip());
                if (c == columns.size()) {
                    columns.add(w);
                } else {
                    columns.set(c, Math.max(columns.get(c), w));
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).strip();
                line.append(c == row.size() - 1 ? cell : LineFit.pad(cell, columns.get(c)) + "  ");
            }
            out.add(new Line(LineFit.cut(line.toString().stripTrailing(), width), Role.TABLE, index, r, List.of()));
        }
        return out;
    }

    /** A block's text with {@code [n]} written after each link mark, and where those labels are. */
    private record Decorated(String text, List<Mark> links) {}

    private static Decorated decorate(String text, List<LinkMark> marks) {
        String plain = text.replace('\t', ' ');
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
            String label = "[" + mark.number() + "]";
            // The label is joined to the word before it so that a line never starts with a bare [n].
            links.add(new Mark(out.length(), out.length() + label.length()));
            out.append(label);
            from = end;
        }
        out.append(plain, from, plain.length());
        return new Decorated(out.toString(), links);
    }
}
