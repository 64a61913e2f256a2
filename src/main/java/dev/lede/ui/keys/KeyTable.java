package dev.lede.ui.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The key table as people read it, made from the {@link Keymap}: rows of keys and help text grouped by
 * context. The help screen draws the rows; the README's key table is {@link #markdown()}.
 */
public final class KeyTable {

    /** One row: the keys (as labels) and what they do. Actions with the same help share a row. */
    public record Row(List<String> keys, String help) {
        public Row {
            keys = List.copyOf(keys);
        }
    }

    private final Keymap keymap;
    private final Function<Key, String> label;

    public KeyTable(Keymap keymap) {
        this(keymap, Key::label);
    }

    /** The table with each key written by {@code label} (as a terminal that cannot show an arrow writes it). */
    public KeyTable(Keymap keymap, Function<Key, String> label) {
        this.keymap = keymap;
        this.label = label;
    }

    /** The rows of one context, in table order. */
    public List<Row> rows(Context context) {
        List<Row> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            if (action.context() != context || keymap.keys(action).isEmpty()) {
                continue;
            }
            List<String> labels = keymap.keys(action).stream().map(label).toList();
            Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.help().equals(action.help())) {
                List<String> merged = new ArrayList<>(last.keys());
                merged.addAll(labels);
                rows.set(rows.size() - 1, new Row(merged, last.help()));
            } else {
                rows.add(new Row(labels, action.help()));
            }
        }
        return rows;
    }

    /** The README key table: a {@code ###} heading and a two-column table per context. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (Context context : Context.values()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("### ").append(context.title()).append("\n| Keys | Action |\n|---|---|\n");
            for (Row row : rows(context)) {
                String keys = row.keys().stream().map(KeyTable::code).collect(Collectors.joining(" "));
                out.append("| ")
                        .append(keys)
                        .append(" | ")
                        .append(row.help().replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String code(String label) {
        return label.equals("`") ? "`` ` ``" : "`" + label.replace("|", "\\|") + "`";
    }
}
