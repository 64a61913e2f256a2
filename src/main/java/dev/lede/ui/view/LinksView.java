package dev.lede.ui.view;

import dev.lede.core.article.Article;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import dev.lede.ui.ArticleLinks;
import dev.lede.ui.Hyperlink;
import dev.lede.ui.Overlay;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.ArrayList;
import java.util.List;

/**
 * The links overlay ({@code U}): the article's own link, then each numbered link with its text, one of
 * them selected. URLs are shown whole, wrapped between characters when longer than the row, never cut.
 */
final class LinksView {

    /** The rows of the overlay and, per entry of {@link ArticleLinks#of}, its first and last row. */
    record Layout(List<FrameLine> lines, int[] first, int[] last) {}

    private static final int TITLE_ROWS = 2;

    private LinksView() {}

    static Layout layout(Article article, Overlay.Links overlay, Keymap keymap, int width, boolean hyperlinks) {
        List<ArticleLinks.Entry> entries = ArticleLinks.of(article);
        List<FrameLine> lines = new ArrayList<>();
        lines.add(new Row(width).cut(title(entries.size(), keymap), Style.BOLD).line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        int[] first = new int[entries.size()];
        int[] last = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            ArticleLinks.Entry entry = entries.get(i);
            boolean selected = i == overlay.selected();
            Style fill = selected ? Style.SELECTED : Style.NORMAL;
            String target = hyperlinks ? Hyperlink.target(entry.url()) : null;
            String label = label(entry);
            String indent = " ".repeat(Columns.width(label));
            int room = Math.max(1, width - indent.length() - 1);
            first[i] = lines.size();
            String text = Sanitizer.sanitizeLine(entry.text());
            if (!entry.isArticle() && !text.isBlank()) {
                for (Wrap.Line line : Wrap.text(text, Wrap.Role.PARAGRAPH, 0, room)) {
                    lines.add(new Row(width)
                            .text(label, fill)
                            .link(line.text(), fill, target)
                            .line(fill));
                    label = indent;
                }
            }
            for (String piece : Wrap.whole(Sanitizer.sanitizeLine(entry.url()), room)) {
                Style labelStyle = selected ? Style.SELECTED : entry.isArticle() ? Style.DIM : Style.NORMAL;
                lines.add(new Row(width)
                        .text(label, labelStyle)
                        .link(piece, selected ? Style.SELECTED : Style.LINK, target)
                        .line(fill));
                label = indent;
            }
            last[i] = lines.size() - 1;
        }
        return new Layout(lines, first, last);
    }

    private static String label(ArticleLinks.Entry entry) {
        return entry.isArticle() ? " article  " : " [" + entry.number() + "] ";
    }

    private static String title(int count, Keymap keymap) {
        String counted = " " + count + (count == 1 ? " link" : " links");
        return new OverlayTitle(keymap)
                .key(Action.NEXT_LINK, Action.PREVIOUS_LINK, "or a number selects")
                .key(Action.OPEN_SELECTED_LINK, "opens")
                .key(Action.COPY_SELECTED_LINK, "copies")
                .key(Action.BACK_OR_QUIT, "closes")
                .after(counted);
    }
}
