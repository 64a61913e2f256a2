package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.ReadableDate;
import dev.lede.core.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * An article laid out at one text width: title, metadata, body, the numbered links, the related
 * headlines and the articles whose related headlines lead here ("Linked from"). Built once per article
 * and width (when it arrives, on resize, and when the library's links are worked out again), never per key.
 *
 * @param relatedCount how many related headlines the article names
 * @param linkedStart  the line of the first "Linked from" article, -1 when none
 * @param linkedFrom   the articles linking here; numbered after the related headlines, so each is one key away
 */
public record ReaderLayout(
        int width,
        List<ReaderLine> lines,
        int relatedStart,
        int relatedCount,
        int linkedStart,
        List<LibraryEntry> linkedFrom) {

    private static final int TITLE_UNIT = 0;
    private static final int META_UNIT = 1;
    private static final int FIRST_BODY_UNIT = 2;

    public ReaderLayout {
        lines = List.copyOf(lines);
        linkedFrom = List.copyOf(linkedFrom);
    }

    public static ReaderLayout of(Article article, int width) {
        return of(article, width, List.of());
    }

    public static ReaderLayout of(Article article, int width, List<LibraryEntry> linkedFrom) {
        return of(article, width, linkedFrom, ShownText.UNICODE);
    }

    /** The layout of {@code article} as {@code shown}: wrapped as the terminal will draw it. */
    public static ReaderLayout of(Article original, int width, List<LibraryEntry> linkedFrom, ShownText shown) {
        Article article = shown.article(original);
        List<ReaderLine> lines = new ArrayList<>();
        for (Wrap.Line line : Wrap.text(article.headline(), Wrap.Role.HEADING, TITLE_UNIT, width)) {
            lines.add(new ReaderLine(
                    line.text(), ReaderLine.Kind.TITLE, line.role(), TITLE_UNIT, line.offset(), List.of(), -1));
        }
        List<String> meta = new ArrayList<>();
        addIfPresent(meta, article.byline());
        addIfPresent(meta, ReadableDate.of(article.published()).orElse(null));
        addIfPresent(meta, article.site());
        int metaLine = 0;
        for (String value : meta) {
            for (Wrap.Line line : Wrap.text(value, Wrap.Role.PARAGRAPH, META_UNIT, width)) {
                lines.add(new ReaderLine(
                        line.text(), ReaderLine.Kind.META, Wrap.Role.PARAGRAPH, META_UNIT, metaLine++, List.of(), -1));
            }
        }
        if (article.url() != null && !article.url().isBlank()) {
            // A URL is never cut: it wraps between characters, and every piece stands for the whole of it.
            String url = article.url().strip();
            for (String piece : Wrap.whole(url, width)) {
                lines.add(new ReaderLine(
                        piece, ReaderLine.Kind.META, Wrap.Role.PARAGRAPH, META_UNIT, metaLine++, List.of(), -1, url));
            }
        }
        int bodyUnits = article.body().size();
        // A plain-text lede doubles as the headline: shown once, as the title.
        int skipped = ledeIsHeadline(article) ? 1 : 0;
        if (bodyUnits > skipped) {
            lines.add(ReaderLine.blank(FIRST_BODY_UNIT + skipped));
        }
        for (Wrap.Line line : Wrap.blocks(article.body().subList(skipped, bodyUnits), width)) {
            if (line.role() == Wrap.Role.BLANK) {
                lines.add(ReaderLine.blank(FIRST_BODY_UNIT + skipped + line.block()));
            } else {
                lines.add(new ReaderLine(
                        line.text(),
                        ReaderLine.Kind.BODY,
                        line.role(),
                        FIRST_BODY_UNIT + skipped + line.block(),
                        line.offset(),
                        line.links(),
                        -1));
            }
        }
        int linksUnit = FIRST_BODY_UNIT + bodyUnits;
        if (!article.links().isEmpty()) {
            lines.add(ReaderLine.blank(linksUnit));
            lines.add(section("Links", linksUnit));
            for (Link link : article.links()) {
                String label = "[" + link.number() + "] ";
                String indent = " ".repeat(label.length());
                boolean untitled = link.text() == null || link.text().isBlank();
                if (!untitled) {
                    for (Wrap.Line line : Wrap.text(label + link.text(), Wrap.Role.PARAGRAPH, linksUnit, width)) {
                        lines.add(new ReaderLine(
                                line.text(),
                                ReaderLine.Kind.LINK,
                                line.role(),
                                linksUnit,
                                lines.size(),
                                List.of(),
                                -1,
                                link.url()));
                    }
                }
                if (link.url() != null) {
                    String prefix = untitled ? label : indent;
                    for (String piece : Wrap.whole(link.url(), width - indent.length())) {
                        lines.add(new ReaderLine(
                                prefix + piece,
                                ReaderLine.Kind.LINK,
                                Wrap.Role.PARAGRAPH,
                                linksUnit,
                                lines.size(),
                                List.of(),
                                -1,
                                link.url()));
                        prefix = indent;
                    }
                }
            }
        }
        int relatedUnit = linksUnit + 1;
        int relatedStart = -1;
        if (!article.related().isEmpty()) {
            lines.add(ReaderLine.blank(relatedUnit));
            lines.add(section("Related", relatedUnit));
            relatedStart = lines.size();
            for (int i = 0; i < article.related().size(); i++) {
                // One line each; the view adds the number and whether it is in the library.
                lines.add(new ReaderLine(
                        article.related().get(i).headline(),
                        ReaderLine.Kind.RELATED,
                        Wrap.Role.PARAGRAPH,
                        relatedUnit,
                        i + 1,
                        List.of(),
                        i));
            }
        }
        int related = article.related().size();
        int linkedStart = -1;
        if (!linkedFrom.isEmpty()) {
            int linkedUnit = relatedUnit + 1;
            lines.add(ReaderLine.blank(linkedUnit));
            lines.add(section("Linked from", linkedUnit));
            linkedStart = lines.size();
            for (int i = 0; i < linkedFrom.size(); i++) {
                lines.add(new ReaderLine(
                        shown.line(linkedFrom.get(i).headline()),
                        ReaderLine.Kind.RELATED,
                        Wrap.Role.PARAGRAPH,
                        linkedUnit,
                        i + 1,
                        List.of(),
                        related + i));
            }
        }
        return new ReaderLayout(width, lines, relatedStart, related, linkedStart, linkedFrom);
    }

    /** How many articles are one key away: the related headlines, then the articles linking here. */
    public int jumpCount() {
        return relatedCount + linkedFrom.size();
    }

    /** The first line of the jumps: the "Related" list, else the "Linked from" one; -1 when there is neither. */
    public int jumpsStart() {
        return relatedStart >= 0 ? relatedStart : linkedStart;
    }

    public int size() {
        return lines.size();
    }

    public ReaderLine line(int index) {
        return lines.get(index);
    }

    /** The line jump {@code jump} (0-based: related headlines first, then the articles linking here) is on. */
    public int relatedLine(int jump) {
        return jump < relatedCount ? relatedStart + jump : linkedStart + jump - relatedCount;
    }

    /** Where line {@code index} starts, as a place that survives re-wrapping. */
    public Anchor anchorAt(int index) {
        if (lines.isEmpty()) {
            return Anchor.TOP;
        }
        ReaderLine line = lines.get(Math.max(0, Math.min(index, lines.size() - 1)));
        return new Anchor(line.unit(), line.offset());
    }

    /** The line that shows {@code anchor}: the last line starting at or before it. */
    public int lineOf(Anchor anchor) {
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            ReaderLine line = lines.get(i);
            if (line.unit() < anchor.unit() || (line.unit() == anchor.unit() && line.offset() <= anchor.offset())) {
                found = i;
            } else {
                break;
            }
        }
        return found;
    }

    private static ReaderLine section(String title, int unit) {
        return new ReaderLine(title, ReaderLine.Kind.SECTION, Wrap.Role.HEADING, unit, 0, List.of(), -1);
    }

    private static void addIfPresent(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value.strip());
        }
    }

    private static boolean ledeIsHeadline(Article article) {
        return !article.body().isEmpty()
                && article.body().get(0) instanceof Block.Paragraph first
                && first.text().equals(article.headline());
    }
}
