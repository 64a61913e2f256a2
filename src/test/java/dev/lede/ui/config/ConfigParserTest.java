package dev.lede.ui.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.ui.Geometry;
import dev.lede.ui.Sort;
import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static final String FILE = "/home/ana/.config/lede/config";

    @Test
    void noLinesMeansTheDefaults() {
        Config config = ConfigParser.parse(FILE, "# nothing yet\n\n");
        assertEquals(Config.defaults().keymap().bindings(), config.keymap().bindings());
        assertEquals(
                Config.defaults(),
                new Config(
                        Keymap.DEFAULT,
                        config.width(),
                        config.split(),
                        config.color(),
                        config.sort(),
                        config.hyperlinks(),
                        config.paths(),
                        config.pathLines(),
                        config.keep(),
                        config.columns(),
                        config.problems()));
    }

    @Test
    void keepTakesADayCount() {
        assertEquals(OptionalInt.empty(), ConfigParser.parse(FILE, "").keep());
        Config bad = ConfigParser.parse(FILE, "set keep 0\nset keep forever");
        assertEquals(OptionalInt.empty(), bad.keep());
        assertEquals(
                List.of(
                        new Problem(FILE + ":1", "keep must be a number of days from 1 to 36500; line ignored"),
                        new Problem(FILE + ":2", "keep must be a number of days from 1 to 36500; line ignored")),
                bad.problems());
    }

    @Test
    void columnsTakeAutoNoneOrSourceAndDate() {
        assertEquals(Optional.empty(), ConfigParser.parse(FILE, "").columns());
        assertEquals(
                Optional.of(dev.lede.ui.ListColumns.NONE),
                ConfigParser.parse(FILE, "set columns none").columns());
        assertEquals(
                Optional.of(new dev.lede.ui.ListColumns(false, false, true)),
                ConfigParser.parse(FILE, "set columns date").columns());
        assertEquals(
                Optional.of(new dev.lede.ui.ListColumns(false, true, true)),
                ConfigParser.parse(FILE, "set columns source,date").columns());
        Config bad = ConfigParser.parse(FILE, "set columns author");
        assertEquals(Optional.empty(), bad.columns());
        assertEquals(
                List.of(new Problem(
                        FILE + ":1", "columns must be auto, none, or source and date joined by a comma; line ignored")),
                bad.problems());
    }

    @Test
    void everySettingIsRead() {
        Config config = ConfigParser.parse(
                FILE,
                String.join(
                        "\n",
                        "set width 72",
                        "set split 140",
                        "set color 256",
                        "set sort newest",
                        "set hyperlinks on",
                        "path ~/news/feeds",
                        "path /srv/clippings  ",
                        "set keep 30"));
        assertEquals(OptionalInt.of(72), config.width());
        assertEquals(OptionalInt.of(30), config.keep());
        assertEquals(OptionalInt.of(140), config.split());
        assertEquals(ColorChoice.INDEXED_256, config.color());
        assertEquals(Optional.of(Sort.NEWEST), config.sort());
        assertTrue(config.hyperlinks());
        assertEquals(List.of("~/news/feeds", "/srv/clippings"), config.paths());
        assertEquals(List.of(), config.problems());
        for (ColorChoice choice : ColorChoice.values()) {
            assertEquals(
                    choice,
                    ConfigParser.parse(FILE, "set color " + choice.word()).color());
        }
        assertEquals(
                Optional.of(Sort.FILE_ORDER),
                ConfigParser.parse(FILE, "set sort file").sort());
        assertEquals(
                Optional.of(Sort.TITLE),
                ConfigParser.parse(FILE, "set sort title").sort());
    }

    @Test
    void bindMovesAKeyToAnActionAndUnbindFreesIt() {
        Config config = ConfigParser.parse(FILE, "bind <c-t> next-article\nbind J scroll-down\nunbind K\n");
        Keymap keymap = config.keymap();
        assertEquals(Optional.of(Action.NEXT_ARTICLE), keymap.find(Context.READER, Key.of("<c-t>")));
        assertEquals(Optional.of(Action.SCROLL_DOWN), keymap.find(Context.READER, Key.of("J")));
        assertEquals(Optional.empty(), keymap.find(Context.READER, Key.of("K")));
        assertEquals(List.of(Key.of("<c-t>")), keymap.keys(Action.NEXT_ARTICLE));
        assertEquals(List.of(), config.problems());
    }

    @Test
    void aKeyNoTerminalSendsIsRefusedWithWhatItArrivesAs() {
        // A terminal sends Ctrl-J as the byte Enter sends (so Ctrl-M, Ctrl-I, Ctrl-H, Ctrl-[ as Enter, Tab,
        // Backspace, Esc), and nothing of its own for Ctrl with a digit or Shift with a character.
        Config config = ConfigParser.parse(
                FILE, "bind <c-j> next-article\nbind <c-i> help\nbind <c-[> help\nbind <c-1> help\nunbind <s-x>\n");
        assertEquals(
                List.of(
                        new Problem(
                                FILE + ":1",
                                "‘<c-j>’ reaches lede as <enter>: a terminal sends the same byte for both; line ignored"),
                        new Problem(
                                FILE + ":2",
                                "‘<c-i>’ reaches lede as <tab>: a terminal sends the same byte for both; line ignored"),
                        new Problem(
                                FILE + ":3",
                                "‘<c-[>’ reaches lede as <esc>: a terminal sends the same byte for both; line ignored"),
                        new Problem(FILE + ":4", "a terminal sends no key of its own for ‘<c-1>’; line ignored"),
                        new Problem(FILE + ":5", "a terminal sends no key of its own for ‘<s-x>’; line ignored")),
                config.problems());
        assertEquals(Keymap.DEFAULT.bindings(), config.keymap().bindings());
    }

    @Test
    void everyCtrlKeyATerminalSendsIsTaken() {
        for (String key : List.of("<c-a>", "<c-z>", "<c-space>", "<c-\\>", "<c-]>", "<c-^>", "<c-_>", "<c-a-x>")) {
            assertEquals(
                    List.of(), ConfigParser.parse(FILE, "bind " + key + " help").problems(), key);
        }
    }

    @Test
    void aKeyBoundToAGlobalActionIsTakenFromTheListAndReaderToo() {
        Keymap keymap = ConfigParser.parse(FILE, "bind p problems").keymap();
        assertEquals(Optional.of(Action.PROBLEMS), keymap.find(Context.LIST, Key.of("p")));
        assertTrue(keymap.keys(Action.PREVIOUS_UNREAD).isEmpty());
    }

    @Test
    void theHelpTableShowsTheBindingsInForce() {
        Keymap keymap = ConfigParser.parse(FILE, "bind x toggle-star\nunbind F").keymap();
        String table = new KeyTable(keymap).markdown();
        assertTrue(table.contains("| `x` | star / unstar the selected or open article |"), table);
    }

    @Test
    void badLinesAreNamedByFileAndLineAndTheRestStillApplies() {
        Config config = ConfigParser.parse(
                FILE,
                String.join(
                        "\n",
                        "set width 72",
                        "bind J jump-around",
                        "bind <hyper-x> quit",
                        "bind J",
                        "unbind",
                        "set width wide",
                        "set width 5",
                        "set color sepia",
                        "set split 12",
                        "set split sometimes",
                        "set sort random",
                        "set hyperlinks maybe",
                        "set volume 11",
                        "path",
                        "colour red",
                        "set sort"));
        assertEquals(OptionalInt.of(72), config.width());
        List<String> described =
                config.problems().stream().map(Problem::describe).toList();
        assertEquals(15, described.size(), String.join("\n", described));
        assertEquals(OptionalInt.empty(), config.split());
        assertEquals(
                FILE + ":2: unknown action ‘jump-around’ (see the action names in the README); line ignored",
                described.get(0));
        for (int i = 0; i < described.size(); i++) {
            assertTrue(described.get(i).startsWith(FILE + ":" + (i + 2) + ": "), described.get(i));
        }
        assertEquals(Keymap.DEFAULT.keys(Action.NEXT_ARTICLE), config.keymap().keys(Action.NEXT_ARTICLE));
    }

    @Test
    void aMisspeltActionOrSettingNameIsAnsweredWithTheNameClearlyMeant() {
        Config config = ConfigParser.parse(
                FILE,
                String.join("\n", "bind j next-artcle", "set sortt newest", "bind j open-related", "set volume 11"));
        assertEquals(
                List.of(
                        FILE + ":1: unknown action ‘next-artcle’ (did you mean next-article?); line ignored",
                        FILE + ":2: unknown setting ‘sortt’ (did you mean sort?); line ignored",
                        FILE + ":3: unknown action ‘open-related’ (see the action names in the README); line ignored",
                        FILE + ":4: unknown setting ‘volume’ (width, split, color, sort, hyperlinks, keep, columns);"
                                + " line ignored"),
                config.problems().stream().map(Problem::describe).toList());
    }

    @Test
    void aCommentMayFollowASettingAndTheHashKeyCanStillBeBound() {
        Config config = ConfigParser.parse(
                FILE,
                String.join(
                        "\n",
                        "set width 72   # narrower than the default",
                        "bind # quit #the hash key quits",
                        "unbind F # no stars",
                        "path ~/news #mine"));
        assertEquals(List.of(), config.problems());
        assertEquals(OptionalInt.of(72), config.width());
        assertTrue(config.keymap().keys(Action.QUIT).contains(Key.of("#")));
        assertEquals(List.of(), config.keymap().keys(Action.TOGGLE_STAR));
        assertEquals(List.of("~/news"), config.paths());
        assertTrue(ConfigParser.parse(FILE, "unbind #\n").problems().isEmpty(), "# alone is a key to unbind");
    }

    @Test
    void anUnknownKeyIsNamedAsSuchByUnbindAsByBind() {
        List<String> described = ConfigParser.parse(FILE, "bind <zz> quit\nunbind <zz>\n").problems().stream()
                .map(Problem::describe)
                .toList();
        String unknown = "unknown key ‘<zz>’ (keys are written j, G, <c-d>, <enter>, <f1>…); line ignored";
        assertEquals(List.of(FILE + ":1: " + unknown, FILE + ":2: " + unknown), described);
    }

    @Test
    void splitOffMeansOnePaneAtEveryWidth() {
        Config config = ConfigParser.parse(FILE, "set split off");
        assertEquals(OptionalInt.of(Integer.MAX_VALUE), config.split());
        UiOptions options = UiOptions.defaults().withSplitWidth(config.split().getAsInt());
        assertFalse(Geometry.of(500, 40, options, false).split());
        assertTrue(Geometry.of(500, 40, UiOptions.defaults(), false).split());
    }

    @Test
    void keysAreWrittenInViNotation() {
        for (String key :
                List.of("j", "G", "'", "<", "é", "<c-d>", "<enter>", "<s-tab>", "<f12>", "<a-x>", "<c-space>")) {
            assertTrue(WrittenKeys.isKey(key), key);
        }
        for (String key : List.of("jj", "<hyper-x>", "<ctrl-d>", "<f20>", "<x>", " ", "\u0007", "<>")) {
            assertTrue(!WrittenKeys.isKey(key), key);
        }
    }

    @Test
    void everyActionNameCanBeBoundAndIsListedInTheReference() {
        String reference = ConfigReference.markdown();
        for (String name : ConfigParser.actionNames()) {
            Config config = ConfigParser.parse(FILE, "bind <f9> " + name);
            assertEquals(List.of(), config.problems(), name);
            assertTrue(reference.contains("| `" + name + "` |"), name + " is in the reference");
        }
        assertEquals(Action.values().length, ConfigParser.actionNames().size());
        assertTrue(reference.contains("`set width N`"));
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstLine() {
        Config config = ConfigParser.parse(FILE, "\uFEFFset sort title\r\nset width 72\r\n");
        assertEquals(List.of(), config.problems());
        assertEquals(Optional.of(Sort.TITLE), config.sort());
        assertEquals(OptionalInt.of(72), config.width());
    }

    @Test
    void aLineWithBytesThatAreNotUtf8IsIgnoredAndTheRestApplies() {
        // ConfigFile reads a stray Latin-1 byte as U+FFFD; in a comment it does no harm.
        Config config = ConfigParser.parse(FILE, "# caf\uFFFD\npath ~/actualit\uFFFDs\nset width 72 # caf\uFFFD\n");
        assertEquals(List.of(new Problem(FILE + ":2", "not UTF-8 text; line ignored")), config.problems());
        assertEquals(List.of(), config.paths());
        assertEquals(OptionalInt.of(72), config.width());
    }

    @Test
    void aSettingOrKeyThatALaterLineUndoesIsSaidToDoNothing() {
        Config config = ConfigParser.parse(
                FILE,
                String.join(
                        "\n",
                        "set width 72",
                        "bind w help",
                        "set colour 256",
                        "bind w redraw",
                        "set width 80",
                        "bind x quit",
                        "unbind x",
                        "set color none",
                        "bind v help", // Everywhere: a reader binding of v below leaves it in the list
                        "bind v scroll-down",
                        "bind j quit")); // j's default bindings are no line of the file's
        assertEquals(
                List.of(
                        new Problem(FILE + ":1", "width is set again on line 5, which wins; line ignored"),
                        new Problem(FILE + ":2", "‘w’ is bound again on line 4, which wins; line ignored"),
                        new Problem(FILE + ":3", "color is set again on line 8, which wins; line ignored"),
                        new Problem(FILE + ":6", "‘x’ is unbound on line 7, which wins; line ignored")),
                config.problems());
        assertEquals(OptionalInt.of(80), config.width());
        assertEquals(ColorChoice.NONE, config.color());
        assertTrue(config.keymap().keys(Action.REDRAW).contains(Key.of("w")));
        assertTrue(config.keymap().keys(Action.HELP).contains(Key.of("v")));
        assertTrue(config.keymap().keys(Action.SCROLL_DOWN).contains(Key.of("v")));
    }

    @Test
    void aKeyIsTakenAsTheTerminalNamesItWhateverTheOrderAndCaseOfItsModifiers() {
        // The terminal's keys are named <c-a-x>, <c-n>, <f2>: written otherwise, a binding was taken and never matched.
        Config config = ConfigParser.parse(
                FILE,
                "bind <a-c-x> quit\nbind <C-g> help\nbind <F2> redraw\nbind <S-Tab> toggle-star\nbind <a-X> help");
        assertEquals(List.of(), config.problems());
        assertTrue(config.keymap().keys(Action.QUIT).contains(Key.of("<c-a-x>")));
        assertTrue(config.keymap().keys(Action.HELP).contains(Key.of("<c-g>")));
        assertTrue(config.keymap().keys(Action.REDRAW).contains(Key.of("<f2>")));
        assertTrue(config.keymap().keys(Action.TOGGLE_STAR).contains(Key.of("<s-tab>")));
        assertTrue(config.keymap().keys(Action.HELP).contains(Key.of("<a-X>")), "a character keeps its case");
        assertEquals(
                List.of(new Problem(FILE + ":1", "‘<c-c-x>’ names a modifier twice; line ignored")),
                ConfigParser.parse(FILE, "bind <c-c-x> quit").problems());
    }

    @Test
    void aSettingsValueIsTheRestOfItsLine() {
        Config config = ConfigParser.parse(FILE, "set columns source, date\nset width 72 columns\n");
        assertEquals(Optional.of(dev.lede.ui.ListColumns.of("source,date").orElseThrow()), config.columns());
        assertEquals(
                List.of(new Problem(FILE + ":2", "width must be a number of columns from 20 to 500; line ignored")),
                config.problems());
    }

    @Test
    void linesThatLeaveNoKeyToQuitWithKeepOneAndSaySo() {
        Config config = ConfigParser.parse(FILE, "unbind q\nunbind <c-c>\nunbind Q\nset width 72\n");
        assertEquals(List.of(Key.of("<c-c>")), config.keymap().keys(Action.QUIT));
        assertEquals(
                List.of(new Problem(FILE + ":3", "no key would quit lede after this line; Ctrl-C still does")),
                config.problems());
        Config taken = ConfigParser.parse(FILE, "unbind q\nunbind Q\nbind <c-c> help\n");
        assertEquals(List.of(Key.of("Q")), taken.keymap().keys(Action.QUIT), "the first key that does nothing else");
        assertEquals(
                List.of(), ConfigParser.parse(FILE, "unbind Q\nunbind <c-c>\n").problems(), "q still quits");
    }
}
