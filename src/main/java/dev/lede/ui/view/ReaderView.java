package dev.lede.ui.view;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import dev.lede.ui.AlsoRelated;
import dev.lede.ui.ArticleSearch;
import dev.lede.ui.Geometry;
import dev.lede.ui.Hyperlink;
import dev.lede.ui.ReaderLayout;
import dev.lede.ui.ReaderLine;
import dev.lede.ui.ReaderPage;
import dev.lede.ui.ShownText;
import dev.lede.ui.UiState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader pane: the laid-out article from its top line, with link labels, search matches and the
 * related headlines marked. Before an article is opened it previews the selected headline and lede.
 */
final class ReaderView {

    private final UiState state;
    private final Geometry geometry;
    private final List<ReaderLine> placeholder;
    private final Optional<ReaderPage> reader;
    private final boolean hyperlinks;
    /** Link number (as written in its label) to its hyperlink target, when hyperlinks are drawn. */
    private final java.util.Map<String, String> numberedTargets;

    ReaderView(UiState state) {
        this.state = state;
        this.geometry = state.geometry();
        this.reader = state.reader().filter(ReaderPage::isLoaded);
        this.placeholder = reader.isPresent() ? List.of() : placeholder(state, geometry.textWidth());
        this.hyperlinks = state.options().hyperlinks() && reader.isPresent();
        this.numberedTargets = new java.util.HashMap<>();
        if (hyperlinks) {
            for (dev.lede.core.article.Link link : reader.get().article().get().links()) {
                numberedTargets.putIfAbsent(String.valueOf(link.number()), Hyperlink.target(link.url()));
            }
        }
    }

    /** Draws body row {@code row} of the reader into {@code out}, exactly {@code width} columns. */
    void draw(int row, Row out, int width) {
        int end = out.used() + width;
        int left = out.used() + (geometry.textLeft() - geometry.readerLeft());
        out.padTo(left, Style.NORMAL);
        if (reader.isEmpty()) {
            if (row < placeholder.size()) {
                drawLine(placeholder.get(row), -1, Optional.empty(), out, end);
            }
        } else {
            ReaderPage page = reader.get();
            ReaderLayout layout = page.layout().get();
            int index = page.top() + row;
            if (index < layout.size()) {
                ReaderLine line = layout.line(index);
                if (line.kind() == ReaderLine.Kind.RELATED) {
                    // Related headlines are one line each: cut at the text column, like the text above them.
                    drawRelated(page, line, out, Math.min(end, left + geometry.textWidth()));
                } else {
                    drawLine(line, index, page.search(), out, end);
                }
            }
        }
        out.padTo(end, Style.NORMAL);
    }

    private void drawLine(ReaderLine line, int index, Optional<ArticleSearch> search, Row out, int end) {
        String text = line.text();
        Style base = baseStyle(line);
        Style[] styles = new Style[text.length()];
        java.util.Arrays.fill(styles, base);
        for (Wrap.Mark mark : line.links()) {
            fill(styles, mark.start(), mark.end(), Style.LINK);
        }
        String[] targets = hyperlinks ? targets(line) : null;
        if (search.isPresent()) {
            List<ArticleSearch.Match> matches = search.get().matches();
            for (int i = 0; i < matches.size(); i++) {
                ArticleSearch.Match match = matches.get(i);
                if (match.line() == index) {
                    fill(
                            styles,
                            match.start(),
                            match.end(),
                            i == search.get().current() ? Style.CURRENT_MATCH : Style.MATCH);
                }
            }
        }
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length()
                    || styles[i] != styles[from]
                    || targets != null && !java.util.Objects.equals(targets[i], targets[from])) {
                int room = end - out.used();
                out.cut(text.substring(from, i), styles[from], room, targets == null ? null : targets[from]);
                from = i;
            }
        }
    }

    /**
     * What each character of a line is a hyperlink to: a whole line of the links list or of the
     * article's address (but its indent), and each {@code [n]} label of the text; null elsewhere.
     */
    private String[] targets(ReaderLine line) {
        String text = line.text();
        String[] targets = new String[text.length()];
        if (line.target() != null) {
            String target = Hyperlink.target(line.target());
            int start = 0;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            java.util.Arrays.fill(targets, start, text.length(), target);
        }
        for (Wrap.Mark mark : line.links()) {
            int start = Math.max(0, mark.start());
            int stop = Math.min(mark.end(), text.length());
            if (stop - start > 2) {
                String target = numberedTargets.get(text.substring(start + 1, stop - 1));
                java.util.Arrays.fill(targets, start, stop, target);
            }
        }
        return targets;
    }

    private void drawRelated(ReaderPage page, ReaderLine line, Row out, int end) {
        int number = line.related() + 1;
        List<RelatedHeadline> own = page.article().get().related();
        // Past the article's own related headlines come the articles linking here: in the library by definition.
        boolean resolved = line.related() >= own.size()
                || state.library()
                        .resolveWithoutWaiting(page.entry(), own.get(line.related()))
                        .isPresent();
        boolean focused = page.relatedFocus() == line.related();
        Style style = focused ? Style.SELECTED : resolved ? Style.RELATED_RESOLVED : Style.RELATED_MISSING;
        String arrow = state.options().glyphs().related();
        String prefix =
                (number < 10 ? " " : "") + number + " " + (resolved ? arrow : " ".repeat(Columns.width(arrow))) + " ";
        // Until the library's related headlines are worked out together (the links built after a load), a line the
        // first pass left may still be found by the wording the library teaches: it is not said to be absent yet.
        String suffix = line.related() >= own.size()
                ? AlsoRelated.note(AlsoRelated.number(
                        own,
                        page.layout().get().linkedFrom().get(line.related() - own.size()),
                        headline -> state.library().resolveWithoutWaiting(page.entry(), headline)))
                : resolved
                        ? ""
                        : state.library().resolvedTogether()
                                ? " (not in library)"
                                : " (matching" + state.options().glyphs().cut() + ")";
        out.text(prefix, style);
        int room = Math.max(1, end - out.used() - Columns.width(suffix));
        out.cut(line.text(), style, room);
        out.cut(suffix, focused ? style : Style.DIM, end - out.used());
    }

    private static Style baseStyle(ReaderLine line) {
        return switch (line.kind()) {
            case TITLE -> Style.BOLD;
            case META -> Style.DIM;
            case SECTION -> Style.HEADING;
            case LINK -> Style.LINK;
            default ->
                switch (line.role()) {
                    case HEADING -> Style.HEADING;
                    case QUOTE -> Style.QUOTE;
                    case CAPTION, IMAGE -> Style.DIM;
                    default -> Style.NORMAL;
                };
        };
    }

    private static void fill(Style[] styles, int start, int end, Style style) {
        for (int i = Math.max(0, start); i < Math.min(end, styles.length); i++) {
            styles[i] = style;
        }
    }

    /** What the pane shows without a loaded article: the selected or opening headline and its lede. */
    private static List<ReaderLine> placeholder(UiState state, int width) {
        Optional<ReaderPage> page = state.reader();
        Optional<LibraryEntry> entry =
                page.map(ReaderPage::entry).or(() -> state.list().selectedEntry());
        List<ReaderLine> lines = new ArrayList<>();
        if (entry.isEmpty()) {
            return lines;
        }
        ShownText shown = state.options().shown();
        for (Wrap.Line line : Wrap.text(shown.line(entry.get().headline()), Wrap.Role.HEADING, 0, width)) {
            lines.add(new ReaderLine(line.text(), ReaderLine.Kind.TITLE, line.role(), 0, 0, List.of(), -1));
        }
        lines.add(new ReaderLine("", ReaderLine.Kind.BLANK, Wrap.Role.BLANK, 0, 0, List.of(), -1));
        if (page.isPresent()) {
            String note = page.get()
                    .unavailable()
                    .map(reason -> "cannot show this article: " + Sanitizer.sanitizeLine(reason))
                    .orElse("loading…");
            for (Wrap.Line line : Wrap.text(shown.line(note), Wrap.Role.CAPTION, 2, width)) {
                lines.add(new ReaderLine(line.text(), ReaderLine.Kind.META, line.role(), 2, 0, List.of(), -1));
            }
            return lines;
        }
        // A preview: no "Enter to read" under it (the status bar's hints say so), so moving through the
        // list rewrites only the headline and lede, never a note that moves with their length.
        String lede = entry.get().lede();
        if (lede != null && !lede.isBlank() && !lede.equals(entry.get().headline())) {
            for (Wrap.Line line : Wrap.text(shown.line(lede), Wrap.Role.PARAGRAPH, 1, width)) {
                lines.add(new ReaderLine(line.text(), ReaderLine.Kind.BODY, line.role(), 1, 0, List.of(), -1));
            }
        }
        return lines;
    }
}
