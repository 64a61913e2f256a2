package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness (docs/README.md, "Tests"), key storm: {@value #KEYS} random keys (printable, named keys, Ctrl and Alt chords, raw and
 * broken escape sequences, pasted Unicode) and resizes into the packaged reader on feeds/, in batches,
 * from a fixed seed. The reader stays up, still quits on Esc Esc Q with exit 0, and leaves the tty
 * as it found it (icanon, echo).
 */
class KeyStormIT {

    static final int KEYS = 10_000;
    static final long SEED = 20_250_607L;
    private static final int BATCH = 50;

    // Keys that quit or suspend are left out: the storm is about surviving, not about leaving.
    private static final String[] NAMED = {
        "Enter", "Escape", "Tab", "BTab", "BSpace", "Space", "Up", "Down", "Left", "Right", "Home", "End", "PPage",
        "NPage", "IC", "DC", "F1", "F2", "F5", "F10", "F12"
    };
    private static final String CTRL = "abdefghijklmnoprstuvwxy";
    private static final String PRINTABLE =
            "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789" + "/?<>!@#$%^&*()-_=+[]{};:'\",.~` ";
    private static final String[] PASTES = {"Kellport", "émigré", "日本語", "😀👍🏽", "\u202Eevil", "a\u0301b\u0302"};
    private static final String[] SEQUENCES = {
        "1b 5b",
        "1b 4f",
        "1b 5b 31 3b 35 41",
        "1b 5b 32 30 30 7e 68 69 1b 5b 32 30 31 7e",
        "1b 5b 4d 20 21 21",
        "1b 5b 3c 30 3b 31 30 3b 35 4d",
        "1b 5b 39 39 39 39 39 39 39 7e",
        "1b 1b 1b",
        "1b 5d 30 3b 78 07",
        "c3",
        "ff fe",
        "e2 80",
        "1b 5b 3f 31 3b 32 63"
    };
    private static final int[] COLUMNS = {20, 40, 80, 100, 132, 200, 12};
    private static final int[] ROWS = {5, 10, 24, 30, 50, 3};

    @TempDir
    Path dir;

    @Test
    void tenThousandRandomKeysNeitherCrashNorHangTheReaderAndTheTtyIsRestored() throws Exception {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: key storm skipped");
        String jar = System.getProperty("lede.jar");
        Path feeds = Path.of(System.getProperty("lede.root", "."), "feeds");
        Assumptions.assumeTrue(
                jar != null && Files.isDirectory(feeds), "lede.jar or feeds/ missing: run through failsafe");
        Path exit = dir.resolve("exit.txt");
        Path stty = dir.resolve("stty.txt");
        Path stderr = dir.resolve("stderr.txt");
        Random random = new Random(SEED);
        int sent = 0;
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    30,
                    "java -Xmx256m -jar '" + jar + "' '" + feeds + "' 2>'" + stderr + "'; echo exit=$? > '" + exit
                            + "'; stty -a > '" + stty + "'; sleep 60");
            tmux.await(s -> s.contains("lede:"));
            int batch = 0;
            while (sent < KEYS) {
                List<String> keys = new ArrayList<>();
                while (keys.size() < BATCH && sent + keys.size() < KEYS) {
                    keys.add(randomKey(random));
                }
                tmux.keys(keys.toArray(String[]::new));
                sent += keys.size();
                if (random.nextInt(4) == 0) {
                    tmux.keys(hex(SEQUENCES[random.nextInt(SEQUENCES.length)]));
                    tmux.keys("-l", PASTES[random.nextInt(PASTES.length)]);
                    sent += 2;
                }
                if (++batch % 8 == 0) {
                    tmux.resize(COLUMNS[random.nextInt(COLUMNS.length)], ROWS[random.nextInt(ROWS.length)]);
                }
                int sentSoFar = sent;
                assertFalse(
                        Files.exists(exit),
                        () -> "lede ended after " + sentSoFar + " keys: " + read(exit) + "\n" + read(stderr));
            }
            tmux.resize(100, 30);
            tmux.keys("Escape");
            tmux.keys("Escape");
            Thread.sleep(300); // a lone Esc is told from an escape sequence by a pause
            tmux.keys("Escape");
            Thread.sleep(300);
            tmux.keys("Q");
            tmux.await(s -> Files.exists(stty) && size(stty) > 0);
        }
        System.out.printf("key storm: %d keys from seed %d%n", sent, SEED);
        assertTrue(Files.exists(exit), "lede did not quit on Esc Esc Q after the storm (hung?)");
        assertEquals("exit=0", read(exit).strip(), () -> read(stderr));
        assertFalse(read(stderr).contains("\tat "), () -> "stack trace on stderr:\n" + read(stderr));
        String modes = read(stty);
        assertTrue(modes.matches("(?s).*(^|\\s)icanon(\\s|$).*") && modes.matches("(?s).*(^|\\s)echo(\\s|$).*"), modes);
    }

    private static String randomKey(Random random) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return String.valueOf(PRINTABLE.charAt(random.nextInt(PRINTABLE.length())));
        }
        if (kind < 7) {
            return NAMED[random.nextInt(NAMED.length)];
        }
        if (kind < 9) {
            return "C-" + CTRL.charAt(random.nextInt(CTRL.length()));
        }
        return "M-" + PRINTABLE.charAt(random.nextInt(26));
    }

    private static String[] hex(String bytes) {
        List<String> args = new ArrayList<>(List.of("-H"));
        args.addAll(List.of(bytes.split(" ")));
        return args.toArray(String[]::new);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
