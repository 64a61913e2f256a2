package dev.lede.tui.e2e;

import dev.lede.TempFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A private tmux server (its own socket name) for one end-to-end test; only it is ever killed. The
 * pane starts in the repository root, so {@code feeds/} is the library as for a user's {@code ./lede}.
 */
final class Tmux implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Path home;

    private final String socket = "lede-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    static boolean isInstalled() {
        return onPath("tmux");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program));
    }

    void start(int columns, int rows, String shellCommand) throws IOException, InterruptedException {
        Path config = Files.createTempFile("lede-it-tmux", ".conf");
        Files.writeString(config, "set -g status off\nset -g default-terminal xterm-256color\n");
        // Never the user's own reading state, configuration or library index: a test must neither change nor depend on
        // them.
        home = Files.createTempDirectory("lede-it-xdg");
        run(
                "-f",
                config.toString(),
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                String.valueOf(columns),
                "-y",
                String.valueOf(rows),
                "-c",
                Launch.root().toString(),
                "env TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=" + home.resolve("state") + " XDG_CACHE_HOME="
                        + home.resolve("cache") + " XDG_CONFIG_HOME=" + home.resolve("config") + " sh -c '"
                        + shellCommand.replace("'", "'\\''") + "'");
        Files.delete(config);
    }

    /** Sends tmux keys ({@code Enter}, {@code Space}, {@code j}; a word that is no key name is typed). */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    void pipeTo(Path file) throws IOException, InterruptedException {
        run("pipe-pane", "-O", "-t", "t", "cat >> '" + file + "'");
    }

    /** Lets programs in the pane set tmux's clipboard with OSC 52, so a copy can be read back with {@link #buffer}. */
    void clipboardOn() throws IOException, InterruptedException {
        run("set-option", "-g", "set-clipboard", "on");
    }

    /** The text of tmux's most recent paste buffer (what the last OSC 52 copied). */
    String buffer() throws IOException, InterruptedException {
        return run("show-buffer");
    }

    /** tmux's value of {@code format} for the pane, such as {@code #{cursor_flag}} (1 when the cursor shows). */
    String pane(String format) throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", "t", format).strip();
    }

    String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "t");
    }

    /** Waits up to 20 s for the screen to satisfy {@code condition}; returns the last screen. */
    String await(Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String screen = screen();
        while (!condition.test(screen) && System.nanoTime() < deadline) {
            Thread.sleep(40);
            screen = screen();
        }
        return screen;
    }

    /** Like {@link #await}, but fails naming {@code what} and showing the screen when it never comes. */
    String expect(String what, Predicate<String> condition) throws IOException, InterruptedException {
        String screen = await(condition);
        if (!condition.test(screen)) {
            throw new AssertionError("never on screen within " + PATIENCE.toSeconds() + " s: " + what + "\n" + screen);
        }
        return screen;
    }

    /**
     * The screen once two captures 100 ms apart agree (up to 20 s): a frame written in full, not one caught while the
     * terminal is still being written (an overlay's first rows drawn over the list, its last rows not yet).
     */
    String settled() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String before = screen();
        while (true) {
            Thread.sleep(100);
            String now = screen();
            if (now.equals(before) || System.nanoTime() >= deadline) {
                return now;
            }
            before = now;
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("kill-server");
        if (home != null) {
            TempFolders.delete(home);
        }
    }
}
