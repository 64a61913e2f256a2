package dev.lede.ui.view;

import dev.lede.ui.OverlayRows;
import dev.lede.ui.ShownText;
import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.KeyTable;
import java.util.ArrayList;
import java.util.List;

/** The help screen: every key, grouped by where it works, made from the same table as the hints. */
final class HelpView {

    private HelpView() {}

    /** The help screen's rows, at {@code width} columns. */
    static List<FrameLine> lines(UiOptions options, int width) {
        ShownText shown = options.shown();
        List<FrameLine> lines = new ArrayList<>();
        List<String> closers = new ArrayList<>();
        KeyLabel.of(options, Action.BACK_OR_QUIT).ifPresent(closers::add);
        KeyLabel.of(options, Action.CANCEL).ifPresent(closers::add);
        String close = closers.isEmpty() ? "" : " — " + String.join(" or ", closers) + " closes this";
        lines.add(new Row(width, options.glyphs().cut())
                .cut(shown.line(" Keys" + close), Style.BOLD)
                .line(Style.NORMAL));
        int keyColumn = OverlayRows.helpKeyColumn(width);
        for (Context context : Context.values()) {
            lines.add(new Row(width).line(Style.NORMAL));
            lines.add(new Row(width, options.glyphs().cut())
                    .cut(shown.line(" " + context.title()), Style.HEADING)
                    .line(Style.NORMAL));
            for (KeyTable.Row row : OverlayRows.helpEntries(options, context)) {
                for (String[] part : OverlayRows.helpRows(row, width)) {
                    Row out = new Row(width, options.glyphs().cut());
                    out.text("   ", Style.NORMAL);
                    out.cut(part[0], Style.KEY_HINT, keyColumn - 1);
                    out.padTo(3 + keyColumn, Style.NORMAL);
                    out.cut(part[1], Style.NORMAL);
                    lines.add(out.line(Style.NORMAL));
                }
            }
        }
        return lines;
    }
}
