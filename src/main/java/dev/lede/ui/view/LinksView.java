package dev.lede.ui.view;

import dev.lede.ui.Hyperlink;
import dev.lede.ui.LinkRows;
import dev.lede.ui.Overlay;
import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The links overlay ({@code U}): the article's own link, then each numbered link with its text, one of
 * them selected; the rows are {@link LinkRows}', which the update scrolls by. URLs are shown whole,
 * wrapped between characters when longer than the row, never cut.
 */
final class LinksView {

    private LinksView() {}

    static List<FrameLine> lines(
            LinkRows rows, Overlay.Links overlay, UiOptions options, int width, boolean hyperlinks) {
        List<FrameLine> lines = new ArrayList<>();
        lines.add(new Row(width)
                .cut(title(rows.entries().size(), options), Style.BOLD)
                .line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        for (int i = 0; i < rows.entries().size(); i++) {
            LinkRows.Entry entry = rows.entries().get(i);
            boolean selected = i == overlay.selected();
            Style fill = selected ? Style.SELECTED : Style.NORMAL;
            String target = hyperlinks ? Hyperlink.target(entry.link().url()) : null;
            String label = entry.label();
            for (String line : entry.text()) {
                lines.add(new Row(width)
                        .text(label, fill)
                        .link(line, fill, target)
                        .line(fill));
                label = entry.indent();
            }
            for (String piece : entry.url()) {
                Style labelStyle = selected ? Style.SELECTED : entry.link().isArticle() ? Style.DIM : Style.NORMAL;
                lines.add(new Row(width)
                        .text(label, labelStyle)
                        .link(piece, selected ? Style.SELECTED : Style.LINK, target)
                        .line(fill));
                label = entry.indent();
            }
        }
        return lines;
    }

    private static String title(int count, UiOptions options) {
        String counted = " " + count + (count == 1 ? " link" : " links");
        return new OverlayTitle(options)
                .key(Action.NEXT_LINK, Action.PREVIOUS_LINK, "or a number selects")
                .key(Action.OPEN_SELECTED_LINK, "opens")
                .key(Action.COPY_SELECTED_LINK, "copies")
                .key(Action.BACK_OR_QUIT, "closes")
                .after(counted);
    }
}
