package dev.lede.ui;

import dev.lede.core.text.Wrap;
import java.util.List;

/**
 * One line of the reader's layout: its text (without margins), what kind of line it is, where it
 * came from ({@code unit}, {@code offset}: see {@link Anchor}), the {@code [n]} labels in it, for
 * a related headline line which one ({@code related}, 0-based; -1 otherwise), and for a line of the
 * links list or the article's address the URL it stands for ({@code target}, null otherwise).
 */
public record ReaderLine(
        String text,
        Kind kind,
        Wrap.Role role,
        int unit,
        int offset,
        List<Wrap.Mark> links,
        int related,
        String target) {

    /** The parts of the reader page. */
    public enum Kind {
        TITLE,
        META,
        BODY,
        SECTION,
        LINK,
        RELATED,
        BLANK
    }

    public ReaderLine {
        links = List.copyOf(links);
    }

    public ReaderLine(
            String text, Kind kind, Wrap.Role role, int unit, int offset, List<Wrap.Mark> links, int related) {
        this(text, kind, role, unit, offset, links, related, null);
    }

    /** A blank line before {@code unit}: offset -1 puts it before the unit's first line when anchoring. */
    static ReaderLine blank(int unit) {
        return new ReaderLine("", Kind.BLANK, Wrap.Role.BLANK, unit, -1, List.of(), -1);
    }
}
