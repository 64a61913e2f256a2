package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader says what it could not read, on the packaged jar in tmux: nothing readable never takes the
 * screen (exit 3, the reasons on stderr); some inputs skipped shows in the status line, lists on P and
 * is printed after quitting (exit 1); a URL that accepts and never answers holds up nothing, shows in
 * the status line and is cancelled with Esc.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class InputProblemsIT {

    private static final String FIRST = "Harbour pilots vote to strike";
    private static final String SECOND = "Ferry timetable changes";

    @TempDir
    Path dir;

    private ServerSocket stalled;
    private final List<Socket> held = new ArrayList<>();

    @AfterEach
    void stopServer() throws IOException {
        if (stalled != null) {
            stalled.close();
        }
        for (Socket socket : held) {
            socket.close();
        }
    }

    /** A server on 127.0.0.1 that accepts every connection and never answers; returns its URL. */
    private String stalledUrl() throws IOException {
        stalled = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(
                () -> {
                    try {
                        while (true) {
                            Socket socket = stalled.accept();
                            synchronized (held) {
                                held.add(socket);
                            }
                        }
                    } catch (IOException closed) {
                        // the test is over
                    }
                },
                "stalled-server");
        accepting.setDaemon(true);
        accepting.start();
        return "http://127.0.0.1:" + stalled.getLocalPort() + "/feed.xml";
    }

    private Path folder() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Launch.write(news, "a.txt", FIRST + " over night shifts.\n\nThe vote was close.\n");
        Launch.write(news, "b.txt", SECOND + " for the winter season.\n\nFewer crossings after ten.\n");
        return news;
    }

    /** Runs lede with {@code arguments} in tmux, its stderr to err.txt, then its status and the terminal's modes. */
    private void start(Tmux tmux, String arguments) throws IOException, InterruptedException {
        start(tmux, "", arguments);
    }

    /** As {@link #start(Tmux, String)}, with more of the environment ({@code "XDG_STATE_HOME=DIR "}). */
    private void start(Tmux tmux, String environment, String arguments) throws IOException, InterruptedException {
        tmux.start(
                100,
                24,
                // A cache of its own: the machine's shared index, written by another generation, is no part of the
                // test.
                environment + "XDG_CACHE_HOME=" + Launch.quoted(dir.resolve("cache")) + " " + Launch.lede(arguments)
                        + " 2>"
                        + Launch.quoted(dir.resolve("err.txt")) + "; echo exit=$? > "
                        + Launch.quoted(dir.resolve("exit.txt")) + "; stty -a > "
                        + Launch.quoted(dir.resolve("stty.txt"))
                        + "; sleep 60");
        tmux.pipeTo(dir.resolve("pane.bin"));
    }

    private void awaitExit(Tmux tmux) throws IOException, InterruptedException {
        tmux.expect("lede exits", s -> Files.exists(dir.resolve("stty.txt")) && size(dir.resolve("stty.txt")) > 0);
    }

    @Test
    void nothingReadableNeverTakesTheScreenAndExitsThreeWithTheReason() throws Exception {
        try (Tmux tmux = new Tmux()) {
            start(tmux, "/no/such/path " + Launch.quoted(Files.createDirectories(dir.resolve("empty"))));
            awaitExit(tmux);
        }
        assertEquals("exit=3", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals(
                "lede: /no/such/path: no such file\nlede: " + dir.resolve("empty")
                        + ": no articles found (no files to read in it)\n",
                Files.readString(dir.resolve("err.txt")));
        String drawn = Files.exists(dir.resolve("pane.bin")) ? Files.readString(dir.resolve("pane.bin")) : "";
        assertFalse(drawn.contains("\u001b[?1049h"), "the alternate screen was entered");
        assertSane(Files.readString(dir.resolve("stty.txt")));
    }

    @Test
    void someInputsSkippedShowInTheStatusLineListOnPAndArePrintedAfterQuitting() throws Exception {
        try (Tmux tmux = new Tmux()) {
            start(tmux, Launch.quoted(folder()) + " /no/such/path");
            tmux.expect(
                    "the skipped input counted, with the problems key",
                    s -> s.contains(FIRST) && s.contains("1 skipped — P lists them"));
            tmux.keys("P");
            tmux.expect(
                    "the problems list",
                    s -> s.contains("1 input skipped — q closes this")
                            && s.contains("skipped  /no/such/path: no such file"));
            tmux.keys("q");
            tmux.expect("the list again", s -> s.contains(SECOND) && !s.contains("closes this"));
            tmux.keys("q");
            awaitExit(tmux);
        }
        assertEquals("exit=1", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals("lede: /no/such/path: no such file\n", Files.readString(dir.resolve("err.txt")));
        assertSane(Files.readString(dir.resolve("stty.txt")));
    }

    /** The status line says it once and the next key paints over it: printed again once the screen is gone. */
    @Test
    void readingMarksThatCannotBeSavedAreSaidOnceMoreAfterQuitting() throws Exception {
        Path state = dir.resolve("state");
        // A folder where the lock file goes: the state reads (there is none) but cannot be written, also as root.
        Files.createDirectories(state.resolve("lede/state.lock"));
        try (Tmux tmux = new Tmux()) {
            start(tmux, "XDG_STATE_HOME=" + Launch.quoted(state) + " ", Launch.quoted(folder()));
            tmux.expect("the list", s -> s.contains(FIRST) && s.contains(SECOND));
            tmux.keys("F");
            tmux.expect("said on the status line", s -> s.contains("cannot save the reading state"));
            tmux.keys("j");
            tmux.keys("F");
            tmux.expect("painted over by the next key", s -> s.contains("2/2") && !s.contains("cannot save"));
            tmux.keys("Q");
            awaitExit(tmux);
        }
        assertEquals("exit=0", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals(
                "lede: cannot save the reading state: " + state.resolve("lede/state.lock") + ": is a directory\n",
                Files.readString(dir.resolve("err.txt")));
        assertSane(Files.readString(dir.resolve("stty.txt")));
    }

    @Test
    void aUrlThatNeverAnswersHoldsUpNothingShowsInTheStatusLineAndEscCancelsIt() throws Exception {
        String url = stalledUrl();
        String host = url.substring("http://".length(), url.indexOf("/feed.xml"));
        try (Tmux tmux = new Tmux()) {
            long started = System.nanoTime();
            start(tmux, url + " " + Launch.quoted(folder()));
            tmux.expect(
                    "the folder's articles while the URL is being fetched",
                    s -> s.contains(FIRST) && s.contains(SECOND) && s.contains("fetching " + host + "… Esc cancels"));
            // The fetcher would give up after 10 s to connect and 20 s to read: the frame came well before.
            assertTrue(System.nanoTime() - started < 9_000_000_000L, "the first frame waited for the network");
            tmux.keys("Escape");
            tmux.expect(
                    "the fetch cancelled and counted",
                    s -> !s.contains("fetching") && s.contains("1 skipped — P lists them"));
            tmux.keys("P");
            tmux.expect("the cancelled URL in the problems list", s -> s.contains(url + ": cancelled"));
            tmux.keys("q", "q");
            awaitExit(tmux);
        }
        assertEquals("exit=1", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals("lede: " + url + ": cancelled\n", Files.readString(dir.resolve("err.txt")));
        assertSane(Files.readString(dir.resolve("stty.txt")));
    }

    @Test
    void aUrlThatNeverAnswersAloneShowsTheFetchAndCtrlCLeavesTheTerminalSane() throws Exception {
        String url = stalledUrl();
        String host = url.substring("http://".length(), url.indexOf("/feed.xml"));
        try (Tmux tmux = new Tmux()) {
            start(tmux, url);
            tmux.expect("the fetch in the status line", s -> s.contains("fetching " + host + "…"));
            tmux.keys("C-c");
            awaitExit(tmux);
        }
        assertEquals("exit=3", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals("lede: " + url + ": cancelled (quit while fetching)\n", Files.readString(dir.resolve("err.txt")));
        assertSane(Files.readString(dir.resolve("stty.txt")));
    }

    private static void assertSane(String modes) {
        assertTrue(modes.matches("(?s).*(^|\\s)icanon(\\s|;|$).*"), "icanon restored:\n" + modes);
        assertTrue(modes.matches("(?s).*(^|\\s)echo(\\s|;|$).*"), "echo restored:\n" + modes);
        assertTrue(modes.matches("(?s).*(^|\\s)isig(\\s|;|$).*"), "isig restored:\n" + modes);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
