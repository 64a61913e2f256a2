package dev.lede.ui.config;

import dev.lede.core.article.Problem;
import dev.lede.ui.ListColumns;
import dev.lede.ui.Sort;
import dev.lede.ui.keys.Keymap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a configuration file asked for. Settings it did not mention are empty, so the command line and
 * the built-in defaults decide them.
 *
 * @param keymap     the default key map with the file's {@code bind} and {@code unbind} lines applied
 * @param width      {@code set width N}: the reader's text width
 * @param split      {@code set split N|off}: the narrowest terminal that shows list and reader side by side
 *                   ({@link Integer#MAX_VALUE} for never)
 * @param paths      {@code path DIR} lines: what to open when no input is given
 * @param pathLines  where each of {@code paths} was given, {@code file:line}, to name it by where it says what is wrong
 * @param keep       {@code set keep DAYS}: how long fetched articles are kept (empty: for ever)
 * @param columns    {@code set columns auto|none|source,date}: the list's columns beside the headline
 * @param problems   one per bad line, named {@code file:line}
 */
public record Config(
        Keymap keymap,
        OptionalInt width,
        OptionalInt split,
        ColorChoice color,
        Optional<Sort> sort,
        boolean hyperlinks,
        List<String> paths,
        List<String> pathLines,
        OptionalInt keep,
        Optional<ListColumns> columns,
        List<Problem> problems) {

    public Config {
        paths = List.copyOf(paths);
        pathLines = List.copyOf(pathLines);
        if (pathLines.size() != paths.size()) {
            throw new IllegalArgumentException("a line for each path");
        }
        problems = List.copyOf(problems);
    }

    /** No file: the defaults. */
    public static Config defaults() {
        return new Config(
                Keymap.DEFAULT,
                OptionalInt.empty(),
                OptionalInt.empty(),
                ColorChoice.AUTO,
                Optional.empty(),
                false,
                List.of(),
                List.of(),
                OptionalInt.empty(),
                Optional.empty(),
                List.of());
    }

    /** The defaults and one problem (a file that could not be read). */
    public static Config unreadable(Problem problem) {
        Config none = defaults();
        return new Config(
                none.keymap(),
                none.width(),
                none.split(),
                none.color(),
                none.sort(),
                false,
                List.of(),
                List.of(),
                none.keep(),
                none.columns(),
                List.of(problem));
    }
}
