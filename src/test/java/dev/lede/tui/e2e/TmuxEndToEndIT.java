package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 5: the reader in a real terminal (tmux): keys, scrolling, resize, quitting with the tty restored. */
class TmuxEndToEndIT {

    @TempDir
    Path dir;

    private Path bridge;
    private Path fair;
    private Path report;

    @BeforeEach
    void articles() throws Exception {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: end-to-end terminal tests skipped");
        bridge = Launch.write(dir, "bridge.txt", "Harbour bridge reopens after repairs\n"
                + "The Kellport harbour bridge reopened on Monday after six weeks of work, said engineer Tomas Orlik.\n");
        fair = Launch.write(dir, "fair.txt", "Orchard valley fair draws crowds\n"
                + "The fair in Brennmoor drew record crowds, said organiser Hedda Lund: émigré bakers, 日本 guests 😀.\n");
        StringBuilder longText = new StringBuilder("Long report on ferry timetables\n");
        for (int i = 1; i <= 60; i++) {
            longText.append("Paragraph ").append(i).append(" of the ferry report.\n");
        }
        report = Launch.write(dir, "report.txt", longText.toString());
    }

    @Test
    void opensScrollsGoesBackResizesAndQuitsWithTheTtyRestored() throws Exception {
        Path stty = dir.resolve("stty.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 20, Launch.command(List.of(bridge, fair, report)) + " 2>/dev/null; echo exit=$? > '"
                    + dir.resolve("exit.txt") + "'; stty -a > '" + stty + "'; sleep 60");
            String list = tmux.await(s -> s.contains("Long report on ferry timetables"));
            assertTrue(list.contains("Harbour bridge reopens after repairs"), list);
            tmux.keys("j", "j", "Enter");
            String reader = tmux.await(s -> s.contains("Paragraph 1 of the ferry report."));
            assertTrue(reader.startsWith("Long report on ferry timetables"), reader);
            tmux.keys("j", "j", "j", "j"); // the test launcher's plain-text parser repeats the headline as line 0
            String scrolled = tmux.await(s -> s.lines().skip(1).findFirst().orElse("").startsWith("Paragraph 2 "));
            assertTrue(scrolled.lines().skip(1).findFirst().orElse("").startsWith("Paragraph 2 "), scrolled);
            tmux.resize(80, 14);
            String resized = tmux.await(s -> s.lines().count() == 14 && s.lines().skip(13).findFirst().orElse("").startsWith("q back"));
            assertTrue(resized.lines().skip(1).findFirst().orElse("").startsWith("Paragraph 2 "), resized);
            tmux.keys("q");
            tmux.await(s -> s.contains("lede: 3 articles"));
            tmux.keys("Q");
            tmux.await(s -> Files.exists(stty) && size(stty) > 0);
        }
        assertEquals("exit=0", Files.readString(dir.resolve("exit.txt")).strip());
        String modes = Files.readString(stty);
        assertTrue(modes.matches("(?s).*(^|\\s)icanon(\\s|$).*") && modes.matches("(?s).*(^|\\s)echo(\\s|$).*"), modes);
    }

    @Test
    void readsAnArticlePipedOnStdinWhileKeysComeFromTheTty() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(90, 16, "cat '" + fair + "' | " + Launch.command(List.of()) + "; sleep 60");
            String list = tmux.await(s -> s.contains("Orchard valley fair draws crowds"));
            assertTrue(list.contains("lede: 1 articles"), list);
            tmux.keys("Enter");
            String reader = tmux.await(s -> s.contains("Hedda Lund"));
            assertTrue(reader.contains("émigré bakers, 日本") && reader.contains("😀"), reader);
            tmux.keys("Q");
            String after = tmux.await(s -> s.contains("stty spawns:"));
            assertFalse(after.contains("Hedda Lund"), after);
        }
    }

    @Test
    void aHostileArticleReachesTheTerminalWithoutItsControlSequences() throws Exception {
        String hostile = "Hostile headline \u001b]0;pwned-title\u0007 here\n"
                + "Title \u001b]0;pwned-osc0\u0007 and link \u001b]8;;http://bad.example/\u001b\\click\u001b]8;;\u001b\\ done.\n"
                + "Clipboard \u001b]52;c;cHduZWQ=\u0007 and wipe \u001b[2Jwiped and colour \u001b[31mred.\n"
                + "C1 \u009b31mcsi \u009d2;pwned-c1\u009c and bidi invoice\u202Efdp.exe cr visible\rhidden.\n"
                + "Two-byte characters (émigré, Ελλάδα) must not be followed by a NUL on the wire.\n";
        // A raw NUL makes the parser treat the file as binary and skip it; NUL in text is covered by PainterTest.
        Path article = dir.resolve("hostile.txt");
        Files.write(article, hostile.getBytes(StandardCharsets.UTF_8));
        Path bytes = dir.resolve("bytes.bin");
        try (Tmux tmux = new Tmux()) {
            tmux.start(100, 16, Launch.command(List.of(article)) + "; sleep 60");
            tmux.await(s -> s.contains("Hostile headline"));
            tmux.pipeTo(bytes);
            tmux.keys("Enter");
            String reader = tmux.await(s -> s.contains("invoicefdp.exe") && s.contains("must not be followed"));
            assertTrue(reader.contains("invoicefdp.exe") && reader.contains("hidden."), reader);
            tmux.keys("Q");
            tmux.await(s -> !s.contains("invoicefdp.exe"));
        }
        byte[] sent = Files.readAllBytes(bytes);
        String wire = new String(sent, StandardCharsets.ISO_8859_1);
        assertTrue(wire.contains("invoicefdp.exe"), "the article was drawn while recording");
        for (int i = 0; i < sent.length; i++) {
            assertTrue(sent[i] != 0, "NUL byte at " + i);
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

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
