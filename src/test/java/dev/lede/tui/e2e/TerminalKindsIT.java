package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 5: the packaged app on terminals that are not a UTF-8 xterm: a dumb one gets the printed list,
 * a vt100 no colour, a C locale ASCII marks; and stdin is taken alike by the reader and the commands.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class TerminalKindsIT {

    private static final String FIRST_SAMPLE = "Mayor Tobias Wren admitted on Monday";
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;:]*)m");

    @TempDir
    Path dir;

    @Test
    void aDumbTerminalGetsThePrintedListAndNoEscapes() throws Exception {
        Path bytes = dir.resolve("bytes.bin");
        try (Tmux tmux = new Tmux()) {
            // lede starts once the recording runs (the Enter the shell waits for), so every byte it sends is recorded.
            tmux.start(100, 30, "read go; TERM=dumb " + Launch.lede("feeds") + "; echo exit=$?; sleep 60");
            tmux.pipeTo(bytes);
            tmux.keys("Enter");
            String screen = tmux.expect("the list, printed", s -> s.contains("exit="));
            assertTrue(screen.contains("exit=0"), screen);
        }
        String wire = Files.readString(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(wire.contains("lede: TERM=dumb: no full-screen reader here; printing the list instead"), wire);
        assertTrue(wire.contains("1\tfeeds/") && wire.contains(FIRST_SAMPLE), wire);
        assertFalse(wire.contains("\u001b"), "no alternate screen, cursor addressing or bold: " + wire);
    }

    @Test
    void aDumbTerminalSaysWhatIsWrongWithTheConfigAndGoesByItsPath() throws Exception {
        Path missing = dir.resolve("missing.conf");
        Path news = Files.createDirectories(dir.resolve("news"));
        Launch.write(news, "a.txt", "Lighthouse keepers return to the point after forty years.\n\nThe lamp is lit.\n");
        Path config = Launch.write(dir, "lede.conf", "set width 5\npath " + news + "\n");
        Path firstErr = dir.resolve("first.err");
        Path secondErr = dir.resolve("second.err");
        try (Tmux tmux = new Tmux()) {
            // stderr to files, stdout the terminal: the printed list is the dumb terminal's path.
            tmux.start(
                    100,
                    30,
                    "TERM=dumb " + Launch.lede("--config " + Launch.quoted(missing) + " feeds") + " 2> "
                            + Launch.quoted(firstErr) + "; echo first=$?; TERM=dumb "
                            + Launch.lede("--config " + Launch.quoted(config)) + " 2> " + Launch.quoted(secondErr)
                            + "; echo second=$?; sleep 60");
            String screen = tmux.expect("both lists, printed", s -> s.contains("second="));
            assertTrue(screen.contains("first=0") && screen.contains("second=0"), screen);
            assertTrue(screen.contains("Lighthouse keepers return"), "the configured path listed: " + screen);
        }
        String first = Files.readString(firstErr);
        assertTrue(first.contains("lede: TERM=dumb: no full-screen reader here"), first);
        assertTrue(first.contains("lede: " + missing + ": no such file; defaults used"), first);
        String second = Files.readString(secondErr);
        assertTrue(second.contains("lede: " + config + ":1: "), second);
    }

    @Test
    void aVt100GetsNoColourEvenWithAColortermLeftOver() throws Exception {
        List<Integer> vt100 = sgrParameters("TERM=vt100 COLORTERM=truecolor");
        assertTrue(vt100.contains(7), "the selection is still in reverse video: " + vt100);
        assertTrue(vt100.stream().noneMatch(TerminalKindsIT::isColour), "colour codes for a vt100: " + vt100);
        List<Integer> xterm = sgrParameters("TERM=xterm-256color");
        assertTrue(xterm.stream().anyMatch(TerminalKindsIT::isColour), "an xterm gets colour: " + xterm);
    }

    @Test
    void aCLocaleWrapsTheTextAsItIsShownSoNoWordIsCut() throws Exception {
        // "£14" is drawn "GBP14": wrapped as "£14", the line ran two columns past the pane and "split" lost its t.
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 24, "LANG=C LC_ALL=C " + Launch.lede("feeds") + "; sleep 60");
            tmux.expect("the list", s -> s.contains("1/44"));
            tmux.keys("Enter");
            String screen = tmux.expect("the first sample read", s -> s.contains("reading"));
            List<String> rows = screen.lines().toList();
            int border = rows.get(1).indexOf(" | ") + 1;
            assertTrue(border > 0, screen);
            String text = String.join(
                    " ",
                    rows.subList(1, rows.size() - 1).stream()
                            .map(row -> row.length() > border + 1
                                    ? row.substring(border + 1).strip()
                                    : "")
                            .filter(row -> !row.isEmpty())
                            .toList());
            assertTrue(text.contains("harbour budget is GBP14 million short, a gap that has split the city"), screen);
            for (String row : rows.subList(1, rows.size() - 1)) {
                assertTrue(row.length() <= 100 && !row.endsWith("..."), "a reader line cut: " + row + "\n" + screen);
            }
            tmux.keys("Q");
            tmux.expect("the shell again", s -> !s.contains("1/44"));
        }
    }

    @Test
    void aCLocaleGetsAsciiMarksInTheSameLayout() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(120, 20, "LANG=C LC_ALL=C " + Launch.lede("feeds") + "; sleep 60");
            tmux.expect("the list", s -> s.contains("1/44"));
            tmux.keys("j", "Enter", "Tab");
            String screen = tmux.expect("the second sample beside the list", s -> s.contains("reading"));
            List<String> rows = screen.lines().toList();
            assertTrue(rows.get(1).startsWith("+ " + FIRST_SAMPLE.substring(0, 20)), screen); // unread
            assertTrue(rows.get(2).startsWith("> Zoe Castellane"), screen); // selected, its accent dropped
            int border = rows.get(1).indexOf(" | ") + 1;
            assertTrue(border > 0, screen);
            for (String row : rows.subList(1, rows.size() - 1)) {
                assertEquals(
                        '|',
                        row.length() > border ? row.charAt(border) : ' ',
                        "border moved in: " + row + "\n" + screen);
            }
            for (String row : rows.subList(1, rows.size() - 1)) {
                assertFalse(
                        row.startsWith("?") || row.contains("Zo?"),
                        "a ? where a mark or letter could not be shown:\n" + screen);
            }
            tmux.keys("Q");
            tmux.expect("the shell again", s -> !s.contains("1/44"));
        }
    }

    @Test
    void aCLocaleHelpNamesTheArrowKeysInWordsInItsColumns() throws Exception {
        // ↓ and ↑ had been drawn as '?', "Enter →" cut to "Enter ..." after it widened, "list ↔ reader" was "list ?
        // reader".
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 40, "LANG=C LC_ALL=C " + Launch.lede("feeds") + "; sleep 60");
            tmux.expect("the list", s -> s.contains("1/44"));
            tmux.keys("?");
            tmux.expect("the help", s -> s.contains("Keys - q or Esc closes this"));
            // Read the help once it is drawn in full: a capture while it is written holds rows of the list below it.
            String screen = tmux.settled();
            assertTrue(screen.contains("Keys - q or Esc closes this"), screen);
            assertTrue(screen.contains("switch focus list <-> reader"), screen);
            assertTrue(screen.contains("   j Down Ctrl-N "), screen);
            assertTrue(screen.contains("   k Up Ctrl-P "), screen);
            assertTrue(screen.contains("   Enter l Right "), screen);
            int textColumn = screen.lines()
                    .filter(row -> row.startsWith("   Ctrl-L"))
                    .findFirst()
                    .orElseThrow()
                    .indexOf("redraw");
            for (String row : screen.lines().toList()) {
                assertFalse(row.contains("..."), "a key or text cut: " + row + "\n" + screen);
                if (row.startsWith("   ") && row.length() > textColumn) {
                    assertEquals(' ', row.charAt(textColumn - 1), "a key ran into the text: " + row + "\n" + screen);
                }
            }
            tmux.keys("Q");
            tmux.expect("the shell again", s -> !s.contains("Keys - q"));
        }
    }

    @Test
    void stdinIsTakenAlikeByTheReaderAndTheCommands() throws Exception {
        Path article = Launch.write(
                dir,
                "story.txt",
                "Lighthouse keepers return to the point after forty years.\n\n" + "The lamp is lit again.\n");
        Path out = dir.resolve("out.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    20,
                    "cat " + Launch.quoted(article) + " | " + Launch.lede("list") + " > " + Launch.quoted(out)
                            + "; echo list=$?; " + Launch.lede("list") + " < /dev/null | wc -l; printf '' | "
                            + Launch.lede("show 1")
                            + "; echo empty=$?; " + Launch.lede("-") + "; echo dash=$?; sleep 60");
            String screen = tmux.expect("every run over", s -> s.contains("dash="));
            assertTrue(screen.contains("list=0"), screen);
            assertTrue(screen.contains("\n44\n"), "/dev/null leaves ./feeds: " + screen);
            assertTrue(screen.contains("lede: -: stdin was empty") && screen.contains("empty=3"), screen);
            assertTrue(
                    screen.contains("lede: -: stdin is a terminal; pipe a file in") && screen.contains("dash=2"),
                    screen);
        }
        assertEquals("1\t-\tLighthouse keepers return to the point after forty years.\t\n", Files.readString(out));
    }

    /** Every SGR parameter the reader sent while showing the samples with {@code environment}. */
    private List<Integer> sgrParameters(String environment) throws Exception {
        Path bytes = dir.resolve("sgr-" + environment.hashCode() + ".bin");
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 20, "read go; " + environment + " " + Launch.lede("feeds") + "; sleep 60");
            tmux.pipeTo(bytes);
            tmux.keys("Enter");
            tmux.expect("the list", s -> s.contains("1/44"));
            tmux.keys("Enter");
            tmux.expect("the first sample", s -> s.contains("reading"));
            tmux.keys("Q");
            tmux.await(s -> !s.contains("1/44"));
        }
        Matcher sgr = SGR.matcher(Files.readString(bytes, StandardCharsets.ISO_8859_1));
        List<Integer> parameters = new java.util.ArrayList<>();
        while (sgr.find()) {
            Arrays.stream(sgr.group(1).split("[;:]"))
                    .filter(p -> !p.isEmpty())
                    .map(Integer::valueOf)
                    .forEach(parameters::add);
        }
        return parameters;
    }

    /** Foreground, background or extended colour (default colours, 39 and 49, are no colour). */
    private static boolean isColour(int parameter) {
        return parameter >= 30 && parameter <= 38
                || parameter >= 40 && parameter <= 48
                || parameter >= 90 && parameter <= 97
                || parameter >= 100 && parameter <= 107;
    }
}
