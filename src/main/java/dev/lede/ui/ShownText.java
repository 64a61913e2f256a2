package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.CellMark;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.text.Transliteration;
import dev.lede.ui.keys.Key;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text as the terminal's charset shows it, before it is laid out. A terminal that is not UTF-8 gets
 * transliterated text ({@link Transliteration}), and some of it is wider than what it stands for ("£14" is
 * drawn "GBP14", "…" "..."): wrapped before, a line would run past its pane and lose its end.
 */
public final class ShownText {

    public static final ShownText UNICODE = new ShownText(StandardCharsets.UTF_8);

    private final Charset charset;
    private final boolean unicode;

    private ShownText(Charset charset) {
        this.charset = charset;
        this.unicode = Transliteration.keepsEverything(charset);
    }

    public static ShownText in(Charset charset) {
        return Transliteration.keepsEverything(charset) ? UNICODE : new ShownText(charset);
    }

    /** {@code text} as the terminal shows it; null stays null. */
    public String line(String text) {
        return unicode || text == null ? text : Transliteration.forCharset(text, charset);
    }

    /**
     * A key as the terminal shows it, for the help, hints and messages: where the charset lacks the arrows' marks,
     * the arrow keys are words ({@code Down}), measured and laid out as drawn.
     */
    public String key(Key key) {
        return unicode ? key.label() : line(key.label(false));
    }

    /** Every text of {@code article} the reader lays out, as the terminal shows it; the same article in UTF-8. */
    public Article article(Article article) {
        if (unicode) {
            return article;
        }
        return new Article(
                article.id(),
                article.source(),
                article.format(),
                line(article.headline()),
                line(article.byline()),
                article.published(),
                article.url(),
                line(article.site()),
                article.body().stream().map(this::block).toList(),
                article.related().stream()
                        .map(related -> new RelatedHeadline(line(related.headline()), related.url()))
                        .toList(),
                article.links().stream()
                        .map(link -> new Link(link.number(), line(link.text()), link.url()))
                        .toList(),
                article.problems(),
                article.addresses());
    }

    private Block block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(line(paragraph.text()), marks(paragraph.text(), paragraph.marks()));
        }
        if (block instanceof Block.Heading heading) {
            return new Block.Heading(heading.level(), line(heading.text()), marks(heading.text(), heading.marks()));
        }
        if (block instanceof Block.ListItem item) {
            return new Block.ListItem(
                    line(item.marker()), item.indent(), line(item.text()), marks(item.text(), item.marks()));
        }
        if (block instanceof Block.Quote quote) {
            return new Block.Quote(line(quote.text()), marks(quote.text(), quote.marks()));
        }
        if (block instanceof Block.Caption caption) {
            return new Block.Caption(line(caption.text()), marks(caption.text(), caption.marks()));
        }
        if (block instanceof Block.Preformatted preformatted) {
            return new Block.Preformatted(line(preformatted.text()));
        }
        if (block instanceof Block.Table table) {
            return new Block.Table(
                    table.rows().stream()
                            .map(row -> row.stream().map(this::line).toList())
                            .toList(),
                    table.cellMarks().stream()
                            .map(cell -> new CellMark(
                                    cell.row(),
                                    cell.column(),
                                    marks(table.rows().get(cell.row()).get(cell.column()), List.of(cell.mark()))
                                            .get(0)))
                            .toList(),
                    table.headed());
        }
        if (block instanceof Block.Quoted quoted) {
            return new Block.Quoted(block(quoted.inner()), quoted.depth(), quoted.indent());
        }
        if (block instanceof Block.Image image) {
            return new Block.Image(line(image.alt()), image.url());
        }
        return block;
    }

    // A link number stands after a character of the text: after the same character of the shown text. Each
    // character is transliterated on its own, so the shown start of the text is the start of the shown text.
    private List<LinkMark> marks(String text, List<LinkMark> marks) {
        return marks.stream()
                .map(mark -> new LinkMark(
                        line(text.substring(0, Math.min(Math.max(mark.end(), 0), text.length())))
                                .length(),
                        mark.number(),
                        line(mark.label())))
                .toList();
    }
}
