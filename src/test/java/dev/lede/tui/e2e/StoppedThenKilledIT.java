package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-Z, then {@code kill %1} and {@code fg}, as a shell user ends a suspended job: the SIGTERM waits
 * while lede is stopped and arrives as it resumes, when the reader repaints whole and loading still
 * paints. The terminal must come back as it was: the shell's screen, the cursor shown, no frame on it.
 */
class StoppedThenKilledIT {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @BeforeEach
    void needsTmuxAndTheJar() {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: end-to-end terminal tests skipped");
        Launch.jar();
    }

    @Test
    void aSigtermWaitingOnAStoppedReaderLeavesTheShellsScreenAsItWas() throws Exception {
        // Enough files that a first load (each round has a cache of its own) is still painting on resume.
        Path library = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 3000; i++) {
            Launch.write(
                    library,
                    String.format(Locale.ROOT, "%05d.txt", i),
                    "Harbour notice number " + i + " for the quay.\n\nThe notice says " + i + ".\n");
        }
        for (int round = 0; round < ROUNDS; round++) {
            Path exit = dir.resolve("exit" + round);
            try (Tmux tmux = new Tmux()) {
                // Job control on (set -m), as in an interactive shell: Ctrl-Z stops lede, the shell goes on to
                // kill %1 (the SIGTERM waits on the stopped job) and fg (SIGCONT, the tty given back).
                tmux.start(
                        80,
                        24,
                        "set -m; " + Launch.lede(Launch.quoted(library)) + "; kill %1; fg; echo exit=$? > "
                                + Launch.quoted(exit) + "; sleep 60");
                tmux.expect("the list", s -> s.contains("Harbour notice number"));
                tmux.keys("C-z");
                tmux.expect("lede ended", s -> Files.exists(exit) && size(exit) > 0);
                Thread.sleep(300); // anything written after the end would be on the screen by now
                String screen = tmux.screen();
                assertEquals("exit=143", Files.readString(exit).strip(), "ended by the SIGTERM");
                assertEquals("0", tmux.pane("#{alternate_on}"), "round " + round + ": the shell's screen\n" + screen);
                assertEquals("1", tmux.pane("#{cursor_flag}"), "round " + round + ": the cursor shown\n" + screen);
                assertFalse(screen.contains("Harbour notice"), "round " + round + ": no frame left behind\n" + screen);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
