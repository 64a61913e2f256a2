package dev.lede.ui.view;

import dev.lede.ui.OverlayRows;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.util.ArrayList;
import java.util.List;

/** The help screen: every key, grouped by where it works, made from the same table as the hints. */
final class HelpView {

    private HelpView() {}

    /** The help screen's rows, at {@code width} columns. */
    static List<FrameLine> lines(Keymap keymap, int width) {
        KeyTable table = new KeyTable(keymap);
        List<FrameLine> lines = new ArrayList<>();
        List<String> closers = new ArrayList<>();
        KeyLabel.of(keymap, Action.BACK_OR_QUIT).ifPresent(closers::add);
        KeyLabel.of(keymap, Action.CANCEL).ifPresent(closers::add);
        String close = closers.isEmpty() ? "" : " — " + String.join(" or ", closers) + " closes this";
        lines.add(new Row(width).cut(" Keys" + close, Style.BOLD).line(Style.NORMAL));
        int keyColumn = OverlayRows.helpKeyColumn(width);
        for (Context context : Context.values()) {
            lines.add(new Row(width).line(Style.NORMAL));
            lines.add(new Row(width).cut(" " + context.title(), Style.HEADING).line(Style.NORMAL));
            for (KeyTable.Row row : table.rows(context)) {
                for (String[] part : OverlayRows.helpRows(row, width)) {
                    Row out = new Row(width);
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
