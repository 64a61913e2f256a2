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
    record Layout(List<FrameLine> lines, int[] first, int[] last) {
    }

    private static final int TITLE_ROWS = 2;

    private LinksView() {
    }

    static Layout layout(Article article, Overlay.Links overlay, Keymap keymap, int width, boolean hyperlinks) {
        List<ArticleLinks.Entry> entries = ArticleLinks.of(article);
        List<FrameLine> lines = new ArrayList<>();
        lines.add(new Row(width).cut(title(entries.size(), keymap), Style.BOLD).line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        int labelWidth = 0;
        for (ArticleLinks.Entry entry : entries) {
            labelWidth = Math.max(labelWidth, Columns.width(label(entry)));
        }
        int[] first = new int[entries.size()];
        int[] last = new int[entries.size()];
        String indent = " ".repeat(labelWidth);
        int room = Math.max(1, width - labelWidth - 1);
        for (int i = 0; i < entries.size(); i++) {
            ArticleLinks.Entry entry = entries.get(i);
            boolean selected = i == overlay.selected();
            String target = hyperlinks ? Hyperlink.target(entry.url()) : null;
            first[i] = lines.size();
            String text = Sanitizer.sanitizeLine(entry.text());
            String label = label(entry);
            if (!entry.isArticle() && !text.isBlank()) {
                for (Wrap.Line line : Wrap.text(text, Wrap.Role.PARAGRAPH, 0, room)) {
                    Row row = new Row(width);
                    row.text(label + " ".repeat(labelWidth - Columns.width(label)), selected ? Style.SELECTED : Style.NORMAL);
                    row.link(line.text(), selected ? Style.SELECTED : Style.NORMAL, target);
                    lines.add(row.line(selected ? Style.SELECTED : Style.NORMAL));
                    label = "";
                }
            }
            for (String piece : Wrap.whole(Sanitizer.sanitizeLine(entry.url()), room)) {
                Row row = new Row(width);
                Style labelStyle = selected ? Style.SELECTED : entry.isArticle() ? Style.DIM : Style.NORMAL;
                row.text(label + " ".repeat(labelWidth - Columns.width(label)), labelStyle);
                row.link(piece, selected ? Style.SELECTED : Style.LINK, target);
                lines.add(row.line(selected ? Style.SELECTED : Style.NORMAL));
                label = "";
            }
            last[i] = lines.size() - 1;
        }
        return new Layout(lines, first, last);
    }

    private static String label(ArticleLinks.Entry entry) {
        return entry.isArticle() ? " article  " : " [" + entry.number() + "] ";
    }

    // The keys come from the key map, so the title never names a key that does something else.
    private static String title(int count, Keymap keymap) {
        String counted = " " + count + (count == 1 ? " link" : " links");
        List<String> parts = new ArrayList<>();
        add(parts, keymap, Action.NEXT_LINK, Action.PREVIOUS_LINK, "or a number selects");
        add(parts, keymap, Action.OPEN_SELECTED_LINK, null, "opens");
        add(parts, keymap, Action.COPY_SELECTED_LINK, null, "copies");
        add(parts, keymap, Action.BACK_OR_QUIT, null, "closes");
        return parts.isEmpty() ? counted : counted + " — " + String.join(", ", parts);
    }

    private static void add(List<String> parts, Keymap keymap, Action action, Action second, String what) {
        if (keymap.keys(action).isEmpty()) {
            return;
        }
        String keys = keymap.keys(action).get(0).label();
        if (second != null && !keymap.keys(second).isEmpty()) {
            keys += "/" + keymap.keys(second).get(0).label();
        }
        parts.add(keys + " " + what);
    }
}
