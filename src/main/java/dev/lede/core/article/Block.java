package dev.lede.core.article;

import java.util.List;

/**
 * One block of an article body. {@link #text()} is plain, sanitized text without link numbers;
 * blocks that can hold links carry {@link LinkMark}s saying where the reader shows {@code [n]}.
 */
public sealed interface Block {

    String text();

    /** Where link numbers go inside {@link #text()}; empty for blocks without links. */
    default List<LinkMark> marks() {
        return List.of();
    }

    record Paragraph(String text, List<LinkMark> marks) implements Block {
        public Paragraph {
            marks = List.copyOf(marks);
        }

        public Paragraph(String text) {
            this(text, List.of());
        }
    }

    /** A heading inside the body; {@code level} 1–6 as in HTML. */
    record Heading(int level, String text, List<LinkMark> marks) implements Block {
        public Heading {
            marks = List.copyOf(marks);
        }
    }

    /**
     * A list item; {@code marker} is {@code "•"} for bulleted lists or {@code "3."} for numbered ones, and
     * {@code indent} the columns before it: an item of a list nested in another item stands under that item's text,
     * as a browser sets it, so the indent is the outer items' markers and spaces, however wide each is.
     */
    record ListItem(String marker, int indent, String text, List<LinkMark> marks) implements Block {
        public ListItem {
            marks = List.copyOf(marks);
        }
    }

    record Quote(String text, List<LinkMark> marks) implements Block {
        public Quote {
            marks = List.copyOf(marks);
        }
    }

    /**
     * A block set in from the margin: {@code indent} columns under the text of the list item it stands in, then
     * a quote bar for each of {@code depth} quotations beyond any it draws itself (a list item, a table, a
     * picture or a nested quotation inside a {@code <blockquote>}). The reader draws the indent and the bars on
     * its every line; a Quoted inside another comes after the outer one's bars (a quotation in a list item in
     * a quotation). The text is the inner block's: the indent and the bars are layout only.
     */
    record Quoted(Block inner, int depth, int indent) implements Block {

        /** Inside {@code depth} quotations, at no list item's indent. */
        public Quoted(Block inner, int depth) {
            this(inner, depth, 0);
        }

        @Override
        public String text() {
            return inner.text();
        }

        @Override
        public List<LinkMark> marks() {
            return inner.marks();
        }
    }

    /** The block as written, without the indent and bars it is set in with ({@link Quoted}). */
    static Block own(Block block) {
        Block own = block;
        while (own instanceof Quoted quoted) {
            own = quoted.inner();
        }
        return own;
    }

    /** Preformatted text: line breaks and spacing are kept, never re-wrapped. */
    record Preformatted(String text) implements Block {}

    /**
     * A table as rows of cell texts; rendered as aligned text. {@code cellMarks} are the link marks of its
     * cells; {@code headed} says that the first row is the table's header cells, which name each column.
     */
    record Table(List<List<String>> rows, List<CellMark> cellMarks, boolean headed) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            cellMarks = List.copyOf(cellMarks);
        }

        /** A table without links or header row. */
        public Table(List<List<String>> rows) {
            this(rows, List.of(), false);
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(String.join(" | ", row));
            }
            return out.toString();
        }
    }

    /**
     * A picture, shown as {@code [image: alt]} where it stands; {@code url} is where the picture itself is
     * (absolute), or null when the input does not say. The export lists pictures apart from the text
     * (README, "Formats").
     */
    record Image(String alt, String url) implements Block {

        /** A picture whose address is not known. */
        public Image(String alt) {
            this(alt, null);
        }

        @Override
        public String text() {
            return "[image: " + alt + "]";
        }
    }

    record Caption(String text, List<LinkMark> marks) implements Block {
        public Caption {
            marks = List.copyOf(marks);
        }
    }
}
