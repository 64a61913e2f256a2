// Over 300 lines, not split: every kind of configuration line, each with its one-line error, writes the one set of
// settings parsed so far; split, the parts would pass that state back and forth (how a key is written is WrittenKeys).
package dev.lede.ui.config;

import dev.lede.core.article.Problem;
import dev.lede.ui.ListColumns;
import dev.lede.ui.Sort;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the configuration text, one setting a line ({@code #} starts a comment, also after a setting):
 * {@code bind KEY ACTION}, {@code unbind KEY}, {@code set width N}, {@code set color auto|none|16|256|truecolor},
 * {@code set sort file|newest|title}, {@code set split N|off}, {@code set hyperlinks on|off}, {@code set keep DAYS}, {@code set columns auto|none|source,date}, {@code path DIR}. A bad line becomes a
 * {@link Problem} naming {@code file:line} and is skipped; the rest still applies. Never throws.
 *
 * <p>Over 300 lines because every kind of line has its own short method with its own check and message (most of
 * the file), all writing one set of settings so far; split into classes they would pass that state around for a
 * few lines each.
 */
public final class ConfigParser {

    public static final int MIN_WIDTH = 20;
    public static final int MAX_WIDTH = 500;
    public static final int MIN_SPLIT = 40;
    /** {@code set keep}: up to about a hundred years. */
    public static final int MAX_KEEP_DAYS = 36_500;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final char REPLACEMENT = '\uFFFD';
    /** The names a {@code set} line takes ({@code colour} too, as {@code color}). */
    private static final List<String> SETTINGS =
            List.of("width", "split", "color", "sort", "hyperlinks", "keep", "columns");

    private static final Map<String, Sort> SORTS =
            Map.of("file", Sort.FILE_ORDER, "newest", Sort.NEWEST, "title", Sort.TITLE);

    private ConfigParser() {}

    /** Parses {@code text} read from {@code file} (as the problems name it) over the default key map. */
    public static Config parse(String file, String text) {
        Settings settings = new Settings();
        // A byte-order mark (as Notepad writes one) is no part of the first line's first word.
        String unmarked = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        String[] lines = unmarked.split("\r?\n|\r", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = uncommented(lines[number - 1].strip());
            if (line.isEmpty()) {
                continue;
            }
            settings.line = number;
            if (line.indexOf(REPLACEMENT) >= 0) {
                // ConfigFile puts U+FFFD for bytes that are not UTF-8: such a line would name the wrong key or
                // folder. A comment may hold them (a Latin-1 "café"), and the other lines still apply.
                settings.problem(number, "not UTF-8 text; line ignored");
                continue;
            }
            String[] words = line.split("\\s+");
            String verb = words[0];
            String wrong = switch (verb) {
                case "bind" -> settings.bind(words);
                case "unbind" -> settings.unbind(words);
                case "set" -> settings.set(words);
                case "path" -> settings.path(line.substring(verb.length()).strip());
                default -> "unknown command " + quoted(verb) + " (bind, unbind, set, path)";
            };
            if (wrong != null) {
                settings.problem(number, wrong + "; line ignored");
            }
        }
        return settings.config(file);
    }

    /**
     * The line without its comment: a word opening with {@code #} starts one, at the line's start or after a
     * setting, except where a key is written ({@code bind # quit}, {@code unbind #}).
     */
    static String uncommented(String line) {
        Matcher word = WORD.matcher(line);
        boolean keyed = false;
        for (int index = 0; word.find(); index++) {
            if (index == 0) {
                keyed = word.group().equals("bind") || word.group().equals("unbind");
            }
            if (word.group().startsWith("#") && !(keyed && index == 1)) {
                return line.substring(0, word.start()).strip();
            }
        }
        return line;
    }

    /**
     * What the lines set so far, one method per kind of line; each returns why its line is wrong, or null
     * when it applied.
     */
    private static final class Settings {
        private final Map<Action, List<Key>> bindings = new LinkedHashMap<>();
        /** Each bad line's number and why, in line order once sorted (an overridden line is found later). */
        private final Map<Integer, String> problems = new TreeMap<>();
        /** The line a setting was last set on, by its name. */
        private final Map<String, Integer> setOn = new HashMap<>();
        /** The line each key was bound on, by key and action: a later line may take it away again. */
        private final Map<Key, Map<Action, Integer>> boundOn = new HashMap<>();
        /** The line being read. */
        private int line;
        /** The last line that took a key from quit or back-or-quit. */
        private int lastQuitTakenOn;

        private OptionalInt width = OptionalInt.empty();
        private OptionalInt split = OptionalInt.empty();
        private ColorChoice color = ColorChoice.AUTO;
        private Optional<Sort> sort = Optional.empty();
        private boolean hyperlinks;
        private Optional<ListColumns> columns = Optional.empty();
        private final List<String> paths = new ArrayList<>();
        private final List<Integer> pathLines = new ArrayList<>();
        private OptionalInt keep = OptionalInt.empty();

        Settings() {
            Keymap.DEFAULT.bindings().forEach((action, keys) -> bindings.put(action, new ArrayList<>(keys)));
        }

        Config config(String file) {
            keepAWayOut();
            List<Problem> named = new ArrayList<>();
            problems.forEach((number, why) -> named.add(new Problem(file + ":" + number, why)));
            List<String> pathsOn =
                    pathLines.stream().map(number -> file + ":" + number).toList();
            return new Config(
                    new Keymap(bindings), width, split, color, sort, hyperlinks, paths, pathsOn, keep, columns, named);
        }

        /**
         * Lines that leave no key to quit with ({@code unbind q}, {@code unbind Q}, {@code unbind <c-c>}) would hold
         * the terminal in the reader until it is killed from elsewhere: the first of Ctrl-C, Q, q that does nothing
         * else quits still, and the line that took the last one says so.
         */
        private void keepAWayOut() {
            if (!bindings.getOrDefault(Action.QUIT, List.of()).isEmpty()
                    || !bindings.getOrDefault(Action.BACK_OR_QUIT, List.of()).isEmpty()) {
                return;
            }
            Stream.of("<c-c>", "Q", "q")
                    .map(Key::of)
                    .filter(key -> bindings.values().stream().noneMatch(keys -> keys.contains(key)))
                    .findFirst()
                    .ifPresent(key -> {
                        bindings.computeIfAbsent(Action.QUIT, a -> new ArrayList<>())
                                .add(key);
                        problem(
                                lastQuitTakenOn,
                                "no key would quit lede after this line; " + key.label() + " still does");
                    });
        }

        void problem(int number, String why) {
            problems.putIfAbsent(number, why);
        }

        /**
         * An earlier line that a later one undid does nothing: it is said as ignored, as a wrong line is,
         * rather than left to look as if it applied.
         */
        private void overridden(Integer earlier, String how) {
            if (earlier != null) {
                problem(earlier, how + " on line " + line + ", which wins; line ignored");
            }
        }

        /** A {@code set} line whose value was taken: the same setting on an earlier line no longer counts. */
        private String applied(String name) {
            overridden(setOn.put(name, line), name + " is set again");
            return null;
        }

        /** {@code key} is no longer {@code action}'s: the line that bound it there, if any, did nothing. */
        private void taken(Key key, Action action, String how) {
            if (action == Action.QUIT || action == Action.BACK_OR_QUIT) {
                lastQuitTakenOn = line;
            }
            Map<Action, Integer> lines = boundOn.get(key);
            if (lines != null) {
                overridden(lines.remove(action), quoted(key.name()) + how);
            }
        }

        String bind(String[] words) {
            if (words.length != 3) {
                return "bind takes a key and an action, as in: bind J next-article";
            }
            String wrongKey = wrongKey(words[1]);
            if (wrongKey != null) {
                return wrongKey;
            }
            Optional<Action> action = action(words[2]);
            if (action.isEmpty()) {
                return "unknown action " + quoted(words[2]) + " ("
                        + NearestName.of(words[2], actionNames())
                                .map(name -> "did you mean " + name + "?")
                                .orElse("see the action names in the README")
                        + ")";
            }
            Key key = Key.of(WrittenKeys.canonical(words[1]));
            ConfigParser.bind(bindings, key, action.get()).forEach(other -> taken(key, other, " is bound again"));
            boundOn.computeIfAbsent(key, k -> new HashMap<>()).put(action.get(), line);
            return null;
        }

        String unbind(String[] words) {
            if (words.length != 2) {
                return "unbind takes one key, as in: unbind J";
            }
            String wrongKey = wrongKey(words[1]);
            if (wrongKey != null) {
                return wrongKey;
            }
            Key key = Key.of(WrittenKeys.canonical(words[1]));
            bindings.forEach((action, keys) -> {
                if (keys.remove(key)) {
                    taken(key, action, " is unbound");
                }
            });
            return null;
        }

        /** Why {@code written} is no key a terminal sends lede, or null when it is one. */
        private static String wrongKey(String written) {
            String name = WrittenKeys.canonical(written);
            if (name == null) {
                return quoted(written) + " names a modifier twice";
            }
            if (!WrittenKeys.isKey(name)) {
                return unknownKey(written);
            }
            return TerminalKeys.unsent(name).orElse(null);
        }

        private static String unknownKey(String key) {
            return "unknown key " + quoted(key) + " (keys are written j, G, <c-d>, <enter>, <f1>…)";
        }

        String path(String path) {
            if (path.isEmpty()) {
                return "path takes a folder, file or URL";
            }
            paths.add(path);
            pathLines.add(line);
            return null;
        }

        String set(String[] words) {
            if (words.length < 3) {
                return "set takes a name and a value, as in: set width 80";
            }
            // The rest of the line: "source, date" is a list of columns, and "72 columns" no width, said as such.
            String value =
                    String.join(" ", Arrays.copyOfRange(words, 2, words.length)).toLowerCase(Locale.ROOT);
            return switch (words[1]) {
                case "width" -> width(value);
                case "split" -> split(value);
                case "color", "colour" -> color(value);
                case "sort" -> sort(value);
                case "hyperlinks" -> hyperlinks(value);
                case "keep" -> keep(value);
                case "columns" -> columns(value);
                default ->
                    "unknown setting " + quoted(words[1]) + " ("
                            + NearestName.of(words[1], SETTINGS)
                                    .map(name -> "did you mean " + name + "?")
                                    .orElse(String.join(", ", SETTINGS))
                            + ")";
            };
        }

        private String width(String value) {
            OptionalInt parsed = number(value);
            if (parsed.isEmpty() || parsed.getAsInt() < MIN_WIDTH || parsed.getAsInt() > MAX_WIDTH) {
                return "width must be a number of columns from " + MIN_WIDTH + " to " + MAX_WIDTH;
            }
            width = parsed;
            return applied("width");
        }

        private String split(String value) {
            OptionalInt parsed = value.equals("off") ? OptionalInt.of(Integer.MAX_VALUE) : number(value);
            if (parsed.isEmpty() || parsed.getAsInt() < MIN_SPLIT) {
                return "split must be off or a number of columns from " + MIN_SPLIT;
            }
            split = parsed;
            return applied("split");
        }

        private String color(String value) {
            Optional<ColorChoice> choice = ColorChoice.of(value);
            if (choice.isEmpty()) {
                return "color must be auto, none, 16, 256 or truecolor";
            }
            color = choice.get();
            return applied("color");
        }

        private String sort(String value) {
            if (!SORTS.containsKey(value)) {
                return "sort must be file, newest or title";
            }
            sort = Optional.of(SORTS.get(value));
            return applied("sort");
        }

        private String hyperlinks(String value) {
            if (!value.equals("on") && !value.equals("off")) {
                return "hyperlinks must be on or off";
            }
            hyperlinks = value.equals("on");
            return applied("hyperlinks");
        }

        private String keep(String value) {
            OptionalInt parsed = number(value);
            if (parsed.isEmpty() || parsed.getAsInt() < 1 || parsed.getAsInt() > MAX_KEEP_DAYS) {
                return "keep must be a number of days from 1 to " + MAX_KEEP_DAYS;
            }
            keep = parsed;
            return applied("keep");
        }

        private String columns(String value) {
            Optional<ListColumns> parsed = ListColumns.of(value);
            if (parsed.isEmpty()) {
                return "columns must be auto, none, or source and date joined by a comma";
            }
            columns = parsed;
            return applied("columns");
        }
    }

    /** Every action name a {@code bind} line accepts, in table order. */
    public static List<String> actionNames() {
        return Arrays.stream(Action.values()).map(Action::id).toList();
    }

    /**
     * The key now means {@code action} wherever the action applies: it is taken from every other action
     * that would be looked up before it (same context, or a more specific one that falls back to it), and
     * those actions are returned.
     */
    private static List<Action> bind(Map<Action, List<Key>> bindings, Key key, Action action) {
        List<Action> taken = new ArrayList<>();
        bindings.forEach((other, keys) -> {
            if (other != action && Keymap.chain(other.context()).contains(action.context()) && keys.remove(key)) {
                taken.add(other);
            }
        });
        List<Key> keys = bindings.computeIfAbsent(action, a -> new ArrayList<>());
        if (!keys.contains(key)) {
            keys.add(key);
        }
        return taken;
    }

    private static Optional<Action> action(String id) {
        return Arrays.stream(Action.values()).filter(a -> a.id().equals(id)).findFirst();
    }

    private static OptionalInt number(String value) {
        try {
            return value.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static String quoted(String word) {
        String shown = word.length() > 40 ? word.substring(0, 40) + "…" : word;
        return "‘" + shown + "’";
    }
}
