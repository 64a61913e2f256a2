package dev.lede.ui.config;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's configuration section, made from the same tables the parser uses, so a test keeps the
 * documentation in step: the settings, then every action name with its context, default keys and help.
 */
public final class ConfigReference {

    private ConfigReference() {}

    /** Where the configuration is read from and what happens to a line lede does not understand. */
    public static final String INTRO =
            "lede reads `$XDG_CONFIG_HOME/lede/config` (by default `~/.config/lede/config`), "
                    + "or the file given with `--config FILE`. One setting a line; `#` starts a comment, also after a setting (`set width 72  # narrower`). A line lede does "
                    + "not understand is reported on stderr as `file:line: reason` and skipped; lede still starts. So is a line "
                    + "a later one undoes (`width is set again on line 9, which wins`, a key bound again or unbound), and "
                    + "one holding bytes that are not UTF-8 outside a comment (a byte-order mark is allowed). A "
                    + "misspelt action or setting name is answered with the one name clearly meant (`unknown action "
                    + "‘next-artcle’ (did you mean next-article?)`; a word as near to two names keeps the plain hint). "
                    + "A `path` that names nothing is said with the config's file and line too (`lede: "
                    + "~/.config/lede/config:3: /srv/news: no such file`) and counts as a skipped input (the exit "
                    + "status, the reader's `P` list). A "
                    + "`--config FILE` that is missing or unreadable is one line too (`lede: FILE: no such file; "
                    + "defaults used`), and the defaults are used. Neither is a usage error: the exit status stays "
                    + "what reading the inputs earned. The reader (also where it prints the list instead) always reads "
                    + "the file, and its `R` goes by that reading's `set keep`; `fetch` and `prune` always read it for "
                    + "`set keep` (`lede fetch --config FILE`, or `--config FILE` before the name); `list`, `show`, `export` and `stories` read it when a "
                    + "setting of it has a say (no input named: its `path` entries are their inputs; `show` on a "
                    + "terminal: `set hyperlinks`) or when it is named with `--config FILE`, which they take after "
                    + "their name or before it (`lede --config FILE list`).";

    /** How keys are written in {@code bind} and {@code unbind}. */
    public static final String KEY_SYNTAX = "Keys are written as in vi: `j`, `G`, `'`, `<enter>`, `<esc>`, `<tab>`, "
            + "`<s-tab>`, `<bs>`, `<space>`, `<up>`, `<down>`, `<left>`, `<right>`, `<pgup>`, `<pgdn>`, `<home>`, "
            + "`<end>`, `<f1>`…`<f19>`, and with modifiers `<c-d>` (Ctrl), `<a-x>` (Alt), in any order and case (`<A-C-x>` is "
            + "`<c-a-x>`, `<F2>` is `<f2>`; a character keeps its case). A key no terminal sends as "
            + "one of its own is refused with the reason, as a binding of it would do nothing: `<c-h>`, `<c-i>`, "
            + "`<c-j>`, `<c-m>` and `<c-[>` arrive as `<bs>`, `<tab>`, `<enter>`, `<enter>` and `<esc>` (the same "
            + "byte), Ctrl with a character other than a letter or space \\ ] ^ _ and Shift with a character "
            + "send nothing of their own, nor do Enter, Tab, Backspace, Esc, Delete and Insert with a modifier "
            + "(`<s-tab>` aside).";

    /** One row of a reference table: what to write or set, and what it does. Markdown inline code allowed. */
    public record Row(String what, String does) {}

    /** The lines a configuration file may hold. */
    public static List<Row> settings() {
        return List.of(
                new Row(
                        "`bind KEY ACTION`",
                        "KEY now does ACTION (wherever ACTION applies; it is taken from what it did there before)"),
                new Row(
                        "`unbind KEY`",
                        "KEY does nothing (lines that leave no key to quit with keep the first of `<c-c>`, `Q`, `q` "
                                + "free for `quit`, and say so)"),
                new Row(
                        "`set width N`",
                        "the reader's text width, %d–%d columns (default 90; `--width` wins)"
                                .formatted(ConfigParser.MIN_WIDTH, ConfigParser.MAX_WIDTH)),
                new Row(
                        "`set split N|off`",
                        ("list and reader side by side from N columns wide (%d or more; default %d); `off`: one "
                                        + "pane at a time, as `z` does for one article. Side by side, a one-line scroll in the reader "
                                        + "rewrites its pane (about 2 KB at 120×40); alone, it sends tens of bytes, like `less`")
                                .formatted(ConfigParser.MIN_SPLIT, UiOptions.DEFAULT_SPLIT_WIDTH)),
                new Row(
                        "`set color auto|none|16|256|truecolor`",
                        "colours to use; `auto` goes by `NO_COLOR`, `TERM` and `COLORTERM`"),
                new Row("`set sort file|newest|title`", "the order the list starts in (default `file`)"),
                new Row(
                        "`set hyperlinks on|off`",
                        "links as terminal hyperlinks (OSC 8; default `off`): the `[n]` labels and the "
                                + "links list in the reader, the `U` list, and `lede show` when it prints to a terminal. Only http, "
                                + "https and mailto links made of printable ASCII are made hyperlinks (others are shown as text); the "
                                + "text drawn is unchanged, so a terminal without OSC 8 shows the same screen"),
                new Row(
                        "`set keep DAYS`",
                        "how long articles fetched from subscriptions are kept: `lede fetch` and `lede prune` "
                                + "delete those dated more than DAYS days ago, except starred ones (default: kept for ever)"),
                new Row(
                        "`set columns auto|none|source,date`",
                        "columns right of each headline in the list: `source` (the "
                                + "folder the article's file is in — in the fetched library, the subscription's name) and `date` "
                                + "(the day it was published). `auto` (default) shows both when the library's articles come from "
                                + "more than one folder. They are left out, the date first, where the list is too narrow to keep "
                                + "28 columns for the headline"),
                new Row(
                        "`path DIR`",
                        "what to open when no input is given (the reader, `list`, `show`, `export` and `stories` "
                                + "alike), beside the fetched library when there are subscriptions (repeatable; with "
                                + "neither: `./feeds`, else the samples; `~/` is your home folder, a relative one is taken from the "
                                + "folder lede starts in, and `$VARIABLES` are not expanded). Inputs named on the "
                                + "command line, or data piped in, come first and replace them"));
    }

    /** The files lede reads and writes. */
    public static List<Row> files() {
        return List.of(
                new Row(
                        "`$XDG_CONFIG_HOME/lede/config`",
                        "settings and key bindings (default `~/.config/lede/config`; `--config FILE` instead)"),
                new Row(
                        "`$XDG_STATE_HOME/lede/state`",
                        "read marks, stars and places (default `~/.local/state/lede/state`; `state.lock` beside it; not with `--no-state`)"),
                new Row(
                        "`$XDG_CACHE_HOME/lede/`",
                        "what lede can make again (default `~/.cache/lede/`; safe to delete): the library index "
                                + "(`index.db`), the SQLite driver's native library (`native/`), the bundled samples (`samples-VERSION/`), "
                                + "the reader's first screenful of the libraries opened lately (`first-screen/`) "
                                + "and the start-up cache of lede's classes (`startup/`, one per installation or checkout and Java)"),
                new Row(
                        "`$XDG_CONFIG_HOME/lede/subscriptions`",
                        "the feeds `lede fetch` gets, one a line (default "
                                + "`~/.config/lede/subscriptions`; see Subscriptions)"),
                new Row(
                        "`$XDG_DATA_HOME/lede/library/`",
                        "what `lede fetch` wrote: a folder per subscription of plain-text "
                                + "articles (default `~/.local/share/lede/library/`)"),
                new Row(
                        "`$XDG_STATE_HOME/lede/feeds/`",
                        "each subscription's last fetch: validators, when, the error, the items "
                                + "seen (default `~/.local/state/lede/feeds/`; `fetch.lock` beside it)"),
                new Row(
                        "`./feeds`",
                        "what lede opens when no input is given, no `path` is set and nothing is fetched"));
    }

    /** The environment variables lede reads. */
    public static List<Row> environment() {
        return List.of(
                new Row(
                        "`XDG_CONFIG_HOME`, `XDG_STATE_HOME`, `XDG_CACHE_HOME`, `XDG_DATA_HOME`",
                        "where the files above live"),
                new Row(
                        "`TERM`, `COLORTERM`",
                        "the colours `set color auto` uses (only a colour terminal's `TERM` gets any); "
                                + "`TERM=dumb` or no `TERM`: no full-screen reader, the list is printed"),
                new Row(
                        "`NO_COLOR`",
                        "set and not empty: no colours (a `set color` other than `auto` wins, as no-color.org asks)"),
                new Row("`BROWSER`", "the program `o` opens links with"),
                new Row("`LEDE_OPTS`", "extra JVM options for the launchers (`./lede` too)"),
                new Row(
                        "`LEDE_NO_STARTUP_CACHE`",
                        "`1`: the launchers (`./lede` too) use no start-up cache (neither one of their own nor the image's shipped AOT caches)"),
                new Row("`LEDE_DEBUG`", "`1`: an internal error prints its stack trace"));
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("""
                ## Configuration

                %s

                """.formatted(INTRO));
        table(out, "Line", settings());
        out.append("""

                %s The help screen (`?`) shows the keys in force.

                Example:

                ```
                set width 72
                set sort newest
                bind <c-n> next-article
                unbind Q
                path ~/news
                ```

                ### Action names

                | Action | Where | Default keys | What it does |
                |---|---|---|---|
                """.formatted(KEY_SYNTAX));
        for (Action action : Action.values()) {
            String keys = Keymap.DEFAULT.keys(action).stream()
                    .map(Key::name)
                    .map(ConfigReference::code)
                    .collect(Collectors.joining(" "));
            out.append("| `")
                    .append(action.id())
                    .append("` | ")
                    .append(action.context().title())
                    .append(" | ")
                    .append(keys)
                    .append(" | ")
                    .append(action.help().replace("|", "\\|"))
                    .append(" |\n");
        }
        out.append("""

                ### Reading state

                Read marks, stars and where each article was left are kept in `$XDG_STATE_HOME/lede/state` \
                (by default `~/.local/state/lede/state`), keyed by the article's id, and written within a second \
                of each change. Two lede processes may run at once: each keeps the other's changes. A state file \
                lede cannot read (damaged, or from a newer lede) is renamed `state.unreadable-<time>` (the UTC time, `20261205T033131Z`, as the index's) with a \
                one-line warning, never overwritten; `lede prune`, and `lede fetch` with `set keep`, delete \
                nothing while it cannot be read, since its stars say what to keep (`lede: nothing pruned: \
                FILE could not be read (REASON), and the stars in it say what to keep`; prune exits 1), nor \
                while a `state.unreadable-<time>` file is there, whose stars are still yours (move it back or \
                delete it to prune again). A \
                state lede cannot write is said on the status line when \
                it first fails (a state known at the start not to be kept, a file it cannot read or a folder it \
                cannot write, by the first mark: `marked read — kept for this run only: …`) and once more on \
                stderr after you quit; the exit status is what the inputs earned. \
                Nothing is written with `--no-state` or when the only input \
                is stdin (a reader of stdin alone still shows the marks, and says so when the file cannot be \
                read). `lede export` adds `"read"` and `"starred"` to each record (both false, and one line saying \
                so, when the state file cannot be read).

                ### Files

                """);
        table(out, "File", files());
        out.append("\n### Environment\n\n");
        table(out, "Variable", environment());
        return out.toString();
    }

    private static void table(StringBuilder out, String heading, List<Row> rows) {
        out.append("| ").append(heading).append(" | What it does |\n|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(row.what().replace("|", "\\|"))
                    .append(" | ")
                    .append(row.does().replace("|", "\\|"))
                    .append(" |\n");
        }
    }

    private static String code(String key) {
        return key.equals("`") ? "`` ` ``" : "`" + key.replace("|", "\\|") + "`";
    }
}
