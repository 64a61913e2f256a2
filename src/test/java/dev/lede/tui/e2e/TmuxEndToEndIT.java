package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier 5: the packaged app ({@code java -jar lede.jar}) in a real terminal (tmux), used as a reader
 * would: the sample library in ./feeds, reading, following a related headline and coming back,
 * searching, resizing, quitting with the terminal restored, piped articles and hostile text.
 */
class TmuxEndToEndIT {

    /** The first sample in feeds/ and the target of its first related headline. */
    private static final String FIRST_SAMPLE = "Mayor Tobias Wren admitted on Monday";

    private static final String FIRST_SAMPLE_LATER = "Wren told a packed council chamber";
    private static final String FIRST_RELATED = "Zoë Castellane, a former ferry captain, launched";
    private static final Pattern READING = Pattern.compile("reading (\\d+)%");
    private static final Pattern RELATED_ROW = Pattern.compile("^ ?(\\d+) (→ |  )\\S");

    @TempDir
    Path dir;

    private Path fixture;

    @BeforeEach
    void needsTmuxAndTheJar() {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: end-to-end terminal tests skipped");
        Launch.jar();
        fixture = Launch.root().resolve("src/test/resources/fixtures/e2e/piped-article.txt");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"120, 40, 120, 33", "60, 20, 60, 15"})
    void readsFollowsARelatedHeadlineComesBackSearchesResizesAndQuitsCleanly(
            int columns, int rows, int newColumns, int newRows) throws Exception {
        Path stty = dir.resolve("stty.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    columns,
                    rows,
                    Launch.lede("") + " 2>" + Launch.quoted(dir.resolve("err.txt")) + "; echo exit=$? > "
                            + Launch.quoted(dir.resolve("exit.txt")) + "; stty -a > " + Launch.quoted(stty)
                            + "; sleep 60");
            tmux.expect("the samples in feeds/", s -> s.contains(FIRST_SAMPLE) && s.contains("1/44"));

            tmux.keys("Enter");
            String opened = tmux.expect(
                    "the first sample opened",
                    s -> s.contains(FIRST_SAMPLE_LATER) && READING.matcher(s).find());
            assertTrue(readerRow(opened, 0).startsWith("Mayor Tobias Wren"), opened);

            tmux.keys("j");
            String second = readerRow(opened, 1);
            tmux.expect("j scrolls one line", s -> readerRow(s, 0).equals(second));

            String beforeSpace = tmux.screen();
            int before = percent(beforeSpace);
            String topBefore = readerRow(beforeSpace, 0);
            tmux.keys("Space");
            // The percentage alone can fall while Space pages down: the related and backlinked headlines may
            // arrive just then and lengthen the article. Paging down from the second line also takes that
            // line out of view, which nothing else here does.
            tmux.expect(
                    "Space pages down",
                    s -> percent(s) > before || !readerRows(s).contains(topBefore));

            // The backlinks come once the library's links are built, which can be after G (the matcher
            // resolving on a first run, on a busy machine): they lengthen the article and the reader keeps its
            // line. G again until they show, so that the end the test compares with does not move under it.
            Predicate<String> atTheEnd = s -> percent(s) == 100
                    && s.contains("Related")
                    && relatedNumbers(s).contains(1)
                    && s.contains("Linked from");
            String end = "";
            for (int tries = 0; tries < 60 && !atTheEnd.test(end); tries++) {
                tmux.keys("G");
                Thread.sleep(250);
                end = tmux.screen();
            }
            assertTrue(atTheEnd.test(end), "G shows the end, the related headlines and the backlinks\n" + end);
            String endTop = readerRow(end, 0);

            tmux.keys("r");
            tmux.expect("r focuses the related headlines", s -> s.contains("choose"));
            tmux.keys("1");
            tmux.expect(
                    "1 opens the first related headline", s -> readerRow(s, 0).startsWith(FIRST_RELATED));

            tmux.keys("h");
            tmux.expect(
                    "h comes back to the same article at the same line",
                    s -> readerRow(s, 0).equals(endTop) && percent(s) == 100);

            tmux.keys("g", "/", "wall", "Enter");
            String found = tmux.expect("/ finds a word", s -> s.matches("(?s).*\\b\\d+ matches\\b.*"));
            assertTrue(bodyOf(found).toLowerCase().contains("wall"), found);
            tmux.keys("n");
            tmux.expect("n steps to the next match", s -> s.matches("(?s).*\\b2 of \\d+.*"));

            String top = readerRow(tmux.screen(), 0);
            tmux.resize(columns, newRows);
            tmux.expect(
                    "a shorter window keeps the top line",
                    s -> s.lines().count() == newRows
                            && readerRow(s, 0).equals(top)
                            && READING.matcher(s).find());
            tmux.resize(newColumns - 20, newRows);
            String firstWord = top.strip().split(" ")[0];
            String narrower = tmux.expect(
                    "a narrower window keeps the top line's text in view",
                    s -> s.lines().findFirst().orElse("").length() <= newColumns - 20
                            && READING.matcher(s).find()
                            && readerRow(s, 0).contains(firstWord));
            assertTrue(readerRow(narrower, 0).contains(firstWord), narrower);

            tmux.keys("q");
            tmux.expect("q goes back to the list", s -> s.contains("Enter open"));
            tmux.keys("q");
            tmux.expect("q quits", s -> Files.exists(stty) && size(stty) > 0);
        }
        assertEquals("exit=0", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals("", Files.readString(dir.resolve("err.txt")), "nothing on stderr");
        assertSane(Files.readString(stty));
    }

    @Test
    void ourOwnArticlePipedInOpensAtOnceWithItsRelatedHeadlines() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 30, "cat " + Launch.quoted(fixture) + " | " + Launch.lede("") + "; sleep 60");
            String screen = tmux.expect(
                    "the piped article, opened",
                    s -> s.contains("Petra Lindqvist") && READING.matcher(s).find());
            assertTrue(screen.contains("Lantern makers of Oskvik"), screen);
            assertFalse(screen.contains(FIRST_SAMPLE), "the piped article alone, not ./feeds:\n" + screen);
            tmux.keys("G");
            String end =
                    tmux.expect("its related headlines", s -> relatedNumbers(s).size() == 3);
            assertTrue(end.contains("Skarholm reef beacon switched on"), end);
            tmux.keys("Q");
            tmux.expect("Q quits", s -> !s.contains("Oskvik"));
        }
    }

    @Test
    void qInTheOnlyArticleQuitsAtOnceAsLessDoes() throws Exception {
        Path exit = dir.resolve("exit.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    30,
                    Launch.lede(Launch.quoted(fixture)) + " 2>" + Launch.quoted(dir.resolve("err.txt"))
                            + "; echo exit=$? > " + Launch.quoted(exit) + "; sleep 60");
            tmux.expect(
                    "the one file, opened",
                    s -> s.contains("Petra Lindqvist") && READING.matcher(s).find());
            tmux.keys("q");
            String after = tmux.expect("q quits from the article", s -> Files.exists(exit));
            assertFalse(after.contains("Enter open"), "no list of one on the way out:\n" + after);
        }
        assertEquals("exit=0", Files.readString(exit).strip());
        assertEquals("", Files.readString(dir.resolve("err.txt")), "nothing on stderr");
    }

    /**
     * What is typed while lede is on its way out (the state saved, the JVM ending) is the shell's: the reader
     * reads no key after quitting, so no line typed then is swallowed by a read still waiting on the tty.
     */
    @Test
    void keysTypedJustAfterQuittingReachTheShell() throws Exception {
        Path typed = dir.resolve("typed.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    30,
                    Launch.lede("") + " 2>" + Launch.quoted(dir.resolve("err.txt")) + "; read line; echo \"$line\" > "
                            + Launch.quoted(typed) + "; sleep 60");
            tmux.expect("the sample library", s -> s.contains("Enter open"));
            tmux.keys("q");
            // The terminal given back, the JVM still ending (the old key thread's read then took the line).
            tmux.expect("the list gone", s -> !s.contains("Enter open"));
            tmux.keys("typed", "Space", "ahead", "Enter");
            tmux.expect(
                    "the shell read the line typed after q", s -> typed.toFile().length() > 0);
        }
        assertEquals("typed ahead", Files.readString(typed).strip());
    }

    @Test
    void theSeedArticlePipedInShowsItsSixRelatedHeadlines() throws Exception {
        Path seed = Launch.shared().resolve("samples/seed-article.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "no " + seed + ": the seed article test is skipped");
        String headlineStart =
                Files.readAllLines(seed, StandardCharsets.UTF_8).get(0).strip().substring(0, 20);
        try (Tmux tmux = new Tmux()) {
            tmux.start(120, 40, "cat " + Launch.quoted(seed) + " | " + Launch.lede("") + "; sleep 60");
            String screen = tmux.expect(
                    "the seed article, opened",
                    s -> readerRow(s, 0).startsWith(headlineStart)
                            && READING.matcher(s).find());
            assertFalse(screen.contains(FIRST_SAMPLE), screen);
            tmux.keys("G");
            String end =
                    tmux.expect("six related headlines", s -> relatedNumbers(s).size() == 6);
            assertEquals(List.of(1, 2, 3, 4, 5, 6), relatedNumbers(end), end);
            tmux.keys("Q");
        }
    }

    @Test
    void stdinAndAFolderTogether() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(120, 40, "cat " + Launch.quoted(fixture) + " | " + Launch.lede("- feeds/") + "; sleep 60");
            String screen = tmux.expect(
                    "the piped article and the samples in one list",
                    s -> s.contains("1/45") && s.contains("Lantern makers of Oskvik") && s.contains(FIRST_SAMPLE));
            assertTrue(screen.lines().findFirst().orElse("").contains("2 inputs"), screen);
            tmux.keys("Q");
        }
    }

    @Test
    void aTinyTerminalStillWorks() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    20,
                    6,
                    Launch.lede("") + " 2>" + Launch.quoted(dir.resolve("err.txt")) + "; echo exit=$? > "
                            + Launch.quoted(dir.resolve("exit.txt")) + "; sleep 60");
            tmux.expect("the list", s -> s.contains("1/44"));
            for (String key : List.of(
                    "Enter", "j", "Space", "G", "r", "Tab", "1", "h", "/", "x", "Escape", "?", "q", "z", "j", "q",
                    "q")) {
                tmux.keys(key);
                if (key.equals("/") || key.equals("Escape")) { // an Esc followed at once by a key reads as Alt+key
                    boolean typing = key.equals("/");
                    tmux.expect(
                            "the search prompt " + (typing ? "open" : "closed"), s -> s.contains("search") == typing);
                }
                String screen = tmux.await(s -> s.lines().count() == 6);
                assertEquals(6, screen.lines().count(), "after " + key + ":\n" + screen);
                screen.lines().forEach(line -> assertTrue(line.length() <= 20, line));
            }
            tmux.expect("q quits", s -> Files.exists(dir.resolve("exit.txt")));
        }
        assertEquals("exit=0", Files.readString(dir.resolve("exit.txt")).strip());
        // Quitting waits up to a second for the index's writes and then says so; on a busy machine that notice
        // is the one line allowed.
        String err = Files.readString(dir.resolve("err.txt"))
                .lines()
                .filter(line -> !line.startsWith("lede: storing where related headlines lead"))
                .collect(Collectors.joining("\n"));
        assertEquals("", err, "nothing else on stderr");
    }

    @Test
    void aHostileArticleReachesTheTerminalWithoutItsControlSequences() throws Exception {
        StringBuilder hostile = new StringBuilder("Hostile headline \u001b]0;pwned-title\u0007 here\n\n"
                + "Title \u001b]0;pwned-osc0\u0007 and link \u001b]8;;http://bad.example/\u001b\\click\u001b]8;;\u001b\\ done.\n\n"
                + "Clipboard \u001b]52;c;cHduZWQ=\u0007 and wipe \u001b[2Jwiped and colour \u001b[31mred.\n\n"
                + "C1 \u009b31mcsi \u009d2;pwned-c1\u009c and bidi invoice\u202Efdp.exe cr visible\rhidden.\n\n"
                + "Two-byte characters (émigré, Ελλάδα) must not be followed by a NUL on the wire.\n\n");
        // A NUL near the start marks a file as binary (skipped); past the sniffing window it is just hostile text.
        for (int i = 1; hostile.length() < 9000; i++) {
            hostile.append("Padding paragraph ")
                    .append(i)
                    .append(" about the quiet harbour of Oskvik and its lantern makers.\n\n");
        }
        hostile.append("Last words with a NUL \u0000 inside and a bell \u0007 too.\n");
        Path article = dir.resolve("hostile.txt");
        Files.write(article, hostile.toString().getBytes(StandardCharsets.UTF_8));
        Path bytes = dir.resolve("bytes.bin");
        try (Tmux tmux = new Tmux()) {
            // lede starts once the recording runs (the Enter the shell waits for), so every byte it sends is recorded.
            tmux.start(100, 16, "read go; " + Launch.lede(Launch.quoted(article)) + "; sleep 60");
            tmux.pipeTo(bytes);
            tmux.keys("Enter");
            String reader = tmux.expect(
                    "its text, cleaned", s -> s.contains("invoicefdp.exe") && s.contains("must not be followed"));
            assertTrue(reader.contains("hidden."), reader);
            tmux.keys("G");
            tmux.expect("its last paragraph", s -> s.contains("Last words with a NUL"));
            tmux.keys("Q");
            tmux.await(s -> !s.contains("Last words"));
        }
        byte[] sent = Files.readAllBytes(bytes);
        String wire = new String(sent, StandardCharsets.ISO_8859_1);
        assertTrue(wire.contains("invoicefdp.exe"), "the article was drawn while recording");
        assertTrue(wire.contains("NUL") && wire.contains("inside"), "its last paragraph was drawn while recording");
        for (int i = 0; i < sent.length; i++) {
            assertTrue(sent[i] != 0, "NUL byte at " + i);
            assertTrue(sent[i] != 0x07, "BEL byte at " + i);
            if ((sent[i] & 0xff) == 0xc2 && i + 1 < sent.length) {
                int next = sent[i + 1] & 0xff;
                assertFalse(next >= 0x80 && next <= 0x9f, "a C1 control at " + i);
            }
        }
        assertFalse(wire.contains("\u001b]"), "an OSC sequence (title, hyperlink or clipboard)");
        assertFalse(wire.contains("\u001b[2Jwiped"), "the article's clear-screen");
        assertFalse(wire.contains("\u001b[31mred"), "the article's colour sequence");
        assertFalse(wire.contains("visible\rhidden"), "the article's carriage return");
        assertFalse(wire.contains("\u00e2\u0080\u00ae"), "a bidi override (U+202E in UTF-8)");
    }

    /** Row {@code row} of the reader's text: right of the divider when side by side, else the whole row. */
    static String readerRow(String screen, int row) {
        List<String> lines = screen.lines().toList();
        if (row + 1 >= lines.size() - 1) {
            return "";
        }
        String line = lines.get(row + 1);
        int divider = line.indexOf('│');
        return (divider >= 0 ? line.substring(divider + 1) : line).strip();
    }

    /** Every row of the reader's text, as {@link #readerRow} gives them. */
    private static List<String> readerRows(String screen) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row + 2 < screen.lines().count(); row++) {
            rows.add(readerRow(screen, row));
        }
        return rows;
    }

    private static String bodyOf(String screen) {
        List<String> lines = screen.lines().toList();
        return String.join("\n", lines.subList(1, Math.max(1, lines.size() - 1)));
    }

    private static int percent(String screen) {
        Matcher matcher = READING.matcher(screen);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The numbers of the related headlines shown in the reader. */
    private static List<Integer> relatedNumbers(String screen) {
        List<String> lines = screen.lines().toList();
        return java.util.stream.IntStream.range(0, Math.max(0, lines.size() - 2))
                .mapToObj(row -> readerRowRaw(lines.get(row + 1)))
                .map(RELATED_ROW::matcher)
                .filter(Matcher::find)
                .map(matcher -> Integer.parseInt(matcher.group(1)))
                .toList();
    }

    private static String readerRowRaw(String line) {
        int divider = line.indexOf('│');
        String text = divider >= 0 ? line.substring(divider + 1) : line;
        return text.startsWith(" ") ? text.substring(1) : text;
    }

    private static void assertSane(String modes) {
        assertTrue(modes.matches("(?s).*(^|\\s)icanon(\\s|;|$).*"), "icanon restored:\n" + modes);
        assertTrue(modes.matches("(?s).*(^|\\s)echo(\\s|;|$).*"), "echo restored:\n" + modes);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
