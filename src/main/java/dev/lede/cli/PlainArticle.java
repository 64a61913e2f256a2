package dev.lede.cli;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import dev.lede.ui.AlsoRelated;
import dev.lede.ui.Hyperlink;
import dev.lede.ui.ReaderLayout;
import dev.lede.ui.ReaderLine;
import dev.lede.ui.config.ConfigParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** An article laid out as plain text lines, as the reader lays it out: what {@code lede show} prints. */
final class PlainArticle {

    private PlainArticle() {}

    /**
     * The article as {@code show} prints it at {@code width} columns. URLs are never cut: they wrap
     * between characters. With {@code hyperlinks}, link labels, the links list and the article's address
     * are terminal hyperlinks (OSC 8) to the whole URL; the text is the same either way.
     */
    static List<String> lines(Article article, Library library, int width, boolean hyperlinks) {
        int textWidth = Math.max(ConfigParser.MIN_WIDTH, width); // a terminal narrower than any --width
        Map<Integer, String> numbered = new HashMap<>();
        if (hyperlinks) {
            article.links().forEach(link -> numbered.putIfAbsent(link.number(), Hyperlink.target(link.url())));
        }
        List<String> out = new ArrayList<>();
        Optional<LibraryEntry> entry = library.find(article.id());
        // As the reader does: below "Related", the articles whose related headlines lead here ("Linked from").
        List<LibraryEntry> linkedFrom =
                entry.map(at -> LinkGraph.of(library).linkedFrom(at)).orElse(List.of());
        ReaderLayout layout = ReaderLayout.of(article, textWidth, linkedFrom);
        int own = article.related().size();
        for (ReaderLine line : layout.lines()) {
            if (line.kind() == ReaderLine.Kind.RELATED) {
                // Past the article's own related headlines come the articles linking here: in the library.
                boolean found = line.related() >= own
                        || entry.flatMap(from ->
                                        library.resolve(from, article.related().get(line.related())))
                                .isPresent();
                String prefix = String.format("%2d %s ", line.related() + 1, found ? "->" : "  ");
                String text = line.text()
                        + (line.related() >= own
                                ? AlsoRelated.note(entry.map(from -> AlsoRelated.number(
                                                article.related(),
                                                linkedFrom.get(line.related() - own),
                                                headline -> library.resolve(from, headline)))
                                        .orElse(OptionalInt.empty()))
                                : found ? "" : " (not in library)");
                String indent = "";
                for (Wrap.Line wrapped : Wrap.text(text, Wrap.Role.PARAGRAPH, 0, textWidth - prefix.length())) {
                    out.add(Sanitizer.sanitizeLine(
                            indent.isEmpty() ? prefix + wrapped.text() : indent + wrapped.text()));
                    indent = " ".repeat(prefix.length());
                }
            } else {
                // Parsers clean every string already; cleaned again here, as the painter does, since this goes to a
                // terminal.
                out.add(hyperlinks ? linked(line, numbered) : Sanitizer.sanitizeLine(line.text()));
            }
        }
        return out;
    }

    /** A line with OSC 8 around what it links to: a line of the links list or address, or each [n] label. */
    private static String linked(ReaderLine line, Map<Integer, String> numbered) {
        String text = Sanitizer.sanitizeLine(line.text());
        if (line.target() != null) {
            int start = text.length() - text.stripLeading().length();
            return text.substring(0, start) + Hyperlink.wrap(text.substring(start), Hyperlink.target(line.target()));
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Wrap.Mark mark : line.links()) {
            if (mark.start() < from || mark.end() > text.length() || mark.end() - mark.start() < 3) {
                continue;
            }
            String label = text.substring(mark.start(), mark.end());
            String number = label.substring(1, label.length() - 1);
            String target = number.matches("\\d{1,9}") ? numbered.get(Integer.parseInt(number)) : null;
            out.append(text, from, mark.start()).append(Hyperlink.wrap(label, target));
            from = mark.end();
        }
        return out.append(text.substring(from)).toString();
    }
}
