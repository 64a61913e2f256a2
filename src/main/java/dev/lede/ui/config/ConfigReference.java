package dev.lede.ui.config;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.stream.Collectors;

/**
 * The README's configuration section, made from the same tables the parser uses, so a test keeps the
 * documentation in step: the settings, then every action name with its context, default keys and help.
 */
public final class ConfigReference {

    private ConfigReference() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("""
                ## Configuration

                lede reads `$XDG_CONFIG_HOME/lede/config` (by default `~/.config/lede/config`), or the file given \
                with `--config FILE`. One setting a line; `#` starts a comment. A line lede does not understand \
                is reported on stderr as `file:line: reason` and skipped; lede still starts.

                | Line | What it does |
                |---|---|
                | `bind KEY ACTION` | KEY now does ACTION (wherever ACTION applies; it is taken from what it did there before) |
                | `unbind KEY` | KEY does nothing |
                | `set width N` | the reader's text width, %d–%d columns (default 90; `--width` wins) |
                | `set split N\\|off` | list and reader side by side from N columns wide (default %d); `off`: one pane at a time, as `z` does for one article. Side by side, a one-line scroll in the reader rewrites its pane (about 2 KB at 120×40); alone, it sends tens of bytes, like `less` |
                | `set color auto\\|none\\|16\\|256\\|truecolor` | colours to use; `auto` goes by `NO_COLOR`, `TERM` and `COLORTERM` |
                | `set sort file\\|newest\\|title` | the order the list starts in (default `file`) |
                | `set hyperlinks on\\|off` | links as terminal hyperlinks (OSC 8; default `off`): the `[n]` labels and the links list in the reader, the `U` list, and `lede show` when it prints to a terminal. Only http, https and mailto links made of printable ASCII are made hyperlinks (others are shown as text); the text drawn is unchanged, so a terminal without OSC 8 shows the same screen |
                | `path DIR` | what to open when no input is given (repeatable; default `./feeds`, else the samples) |

                Keys are written as in vi: `j`, `G`, `'`, `<enter>`, `<esc>`, `<tab>`, `<s-tab>`, `<bs>`, `<space>`, \
                `<up>`, `<down>`, `<left>`, `<right>`, `<pgup>`, `<pgdn>`, `<home>`, `<end>`, `<f1>`…`<f19>`, \
                and with modifiers `<c-d>` (Ctrl), `<a-x>` (Alt). The help screen (`?`) shows the keys in force.

                Example:

                ```
                set width 72
                set sort newest
                bind <c-j> next-article
                unbind Q
                path ~/news
                ```

                ### Action names

                | Action | Where | Default keys | What it does |
                |---|---|---|---|
                """.formatted(ConfigParser.MIN_WIDTH, ConfigParser.MAX_WIDTH, UiOptions.DEFAULT_SPLIT_WIDTH));
        for (Action action : Action.values()) {
            String keys = Keymap.DEFAULT.keys(action).stream().map(Key::name).map(ConfigReference::code)
                    .collect(Collectors.joining(" "));
            out.append("| `").append(action.id()).append("` | ").append(action.context().title()).append(" | ")
                    .append(keys).append(" | ").append(action.help().replace("|", "\\|")).append(" |\n");
        }
        out.append("""

                ### Reading state

                Read marks, stars and where each article was left are kept in `$XDG_STATE_HOME/lede/state` \
                (by default `~/.local/state/lede/state`), keyed by the article's id, and written within a second \
                of each change. Two lede processes may run at once: each keeps the other's changes. A state file \
                lede cannot read (damaged, or from a newer lede) is renamed `state.unreadable-<time>` with a \
                one-line warning, never overwritten. Nothing is written with `--no-state` or when the only input \
                is stdin. `lede export` adds `"read"` and `"starred"` to each record.
                """);
        return out.toString();
    }

    private static String code(String key) {
        return key.equals("`") ? "`` ` ``" : "`" + key.replace("|", "\\|") + "`";
    }
}
