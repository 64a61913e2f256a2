// Over 250 lines: the fixes to Lanterna's terminal (docs/terminal.md), all of one concern: the tty.
package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.lede.tui.wire.TextBytes;
import dev.lede.tui.wire.WireRenderer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lanterna's {@link UnixTerminal} on {@code /dev/tty} with the fixes docs/terminal.md lists: keys from the
 * tty whatever stdin is, output through a 64 KiB buffer (one write per refresh, not one per
 * character), the size from {@code stty size} instead of cursor-report round trips, Ctrl-C, Ctrl-Z and
 * Ctrl-\ delivered as keys (ISIG off), no stray NUL after two-byte UTF-8 characters, and whole code
 * points and grapheme clusters written instead of {@code ??}.
 *
 * <p>stty runs once at start (one shell running save, raw mode and size), once at exit (restore) and
 * once per SIGWINCH; {@link #sttySpawns()} counts them.
 */
public final class LedeTerminal extends UnixTerminal implements ControlOutput {

    private static final String TTY = "/dev/tty";
    // min 0 time 1: an idle read(2) ends after 0.1 s, so the key reader can be stopped (StoppableInput).
    private static final String RAW_MODES = "-icanon min 0 time 1 -echo -isig -ixon";

    // Lanterna acquires the tty inside the superclass constructor, before this class's initialisers
    // would run, so these fields have no initialisers: what acquire() stores in them must survive.
    private String savedModes;
    private TerminalSize knownSize;
    private volatile boolean sizeStale;
    private int spawns;
    private StoppableInput keys;
    // The thread restoring the terminal for good (ScreenSession), once it has begun: no other thread writes.
    private Thread restoring;

    // What frames are written in: the locale's charset (set after the superclass's constructor, which reads keys
    // in keyCharset(charset)).
    private Charset screenCharset;

    private LedeTerminal(InputStream keys, OutputStream out, Charset charset) throws IOException {
        super(keys, out, keyCharset(charset), CtrlCBehaviour.TRAP);
        screenCharset = charset;
    }

    /**
     * The charset keys are read in. Under the C locale (US-ASCII) a byte over 0x7f means nothing to the locale,
     * and a terminal that sends one is nearly always UTF-8 (ssh from a desktop into a host whose locale is not
     * set): read so, "ü" typed into a search is "ü" rather than dropped. Frames are still written in the locale's
     * charset, which is what the terminal has been told to show.
     */
    static Charset keyCharset(Charset locale) {
        return StandardCharsets.US_ASCII.equals(locale) ? StandardCharsets.UTF_8 : locale;
    }

    @Override
    protected Charset getCharset() {
        return screenCharset != null ? screenCharset : super.getCharset();
    }

    /**
     * Opens the controlling terminal. Throws when there is none (cron, {@code ssh host cmd} without
     * {@code -t}): the caller then prints instead of drawing.
     */
    public static LedeTerminal open(Charset charset) throws IOException {
        StoppableInput keys = new StoppableInput(new FileInputStream(TTY));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(TTY), 1 << 16);
        LedeTerminal terminal = new LedeTerminal(new EscapeTimingInput(keys), out, charset);
        terminal.keys = keys;
        KeyDecoding.install(terminal.getInputDecoder());
        return terminal;
    }

    /** Reads no more keys: what is typed from now on is left in the tty for the shell (before the modes are restored). */
    public void stopKeys() {
        keys.stop();
    }

    /**
     * From now on only the calling thread, which restores the terminal, writes to it or sets its modes: a
     * frame painted or a Ctrl-Z resumed on another thread meanwhile (a SIGTERM that waited on a stopped
     * lede) would otherwise draw on the shell's screen, hide its cursor or leave raw mode on.
     */
    public synchronized void restoringOnThisThread() {
        restoring = Thread.currentThread();
    }

    /** Whether {@link #restoringOnThisThread} has been called: the screen is not to be taken again. */
    public synchronized boolean isRestoring() {
        return restoring != null;
    }

    // Every byte Lanterna sends passes here (writeControl too).
    @Override
    protected synchronized void writeToTerminal(byte... bytes) throws IOException {
        if (restoring == null || restoring == Thread.currentThread()) {
            super.writeToTerminal(bytes);
        }
    }

    /** The locale's charset ({@code native.encoding}), which Java 18+ no longer uses as the default. */
    public static Charset localeCharset() {
        String name = System.getProperty("native.encoding", System.getProperty("sun.jnu.encoding", "UTF-8"));
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** How many stty processes this terminal has started so far. */
    public int sttySpawns() {
        return spawns;
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        // Save, go raw and read the size in one process: each spawn is a fork of a large JVM.
        List<String> lines = stty("stty -g && stty " + RAW_MODES + " && stty size");
        if (lines.size() < 2) {
            throw new IOException("stty gave no terminal modes");
        }
        savedModes = lines.get(0).trim();
        knownSize = parseSize(lines.get(1));
        onResized(knownSize);
    }

    /**
     * Ctrl-Z: gives the shell its tty modes back, stops this process with SIGTSTP (as a shell job) and,
     * after {@code fg}, takes raw mode again and re-reads the size. Returns false if stty or kill failed, or
     * the terminal was restored for good meanwhile ({@link #isRestoring}).
     */
    public boolean suspendToShell() {
        try {
            restoreTerminalSettings();
            Process stop = new ProcessBuilder(
                            "kill",
                            "-TSTP",
                            String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true)
                    .start();
            stop.getInputStream().readAllBytes();
            stop.waitFor(); // the stop lands while kill runs; we return here after fg (SIGCONT)
            synchronized (this) {
                if (restoring != null) {
                    return false; // restored meanwhile (by a SIGTERM sent while stopped): the shell keeps its modes
                }
                stty("stty " + RAW_MODES);
            }
            sizeStale = true;
            getTerminalSize();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedModes != null && savedModes.matches("[0-9a-fA-F:]+")) {
            stty("stty " + savedModes);
        }
    }

    // Raw mode, echo and signal keys were all set by saveTerminalSettings, and the saved modes restore them.
    @Override
    protected void canonicalMode(boolean enabled) {}

    @Override
    protected void keyEchoEnabled(boolean enabled) {}

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {}

    // sun.misc.Signal directly (jdk.unsupported, in every runtime lede ships with): Lanterna reaches it by
    // reflection through a java.lang.reflect.Proxy, whose class is generated at run time on the tty
    // thread the first frame waits for. No SIGWINCH here (another OS): resizes go unnoticed, as there.
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> {
                sizeStale = true;
                onResize.run();
            });
        } catch (IllegalArgumentException | LinkageError unavailable) {
            // no such signal, or no jdk.unsupported module
        }
    }

    @Override
    protected synchronized TerminalSize findTerminalSize() throws IOException {
        if (knownSize == null || sizeStale) {
            sizeStale = false;
            knownSize = parseSize(String.join("", stty("stty size")));
        }
        return knownSize;
    }

    /** Writes bytes as they are (a rendered frame, OSC 52) and flushes, bypassing the filter for drawn text. */
    @Override
    public synchronized void writeControl(byte[] sequence) throws IOException {
        writeToTerminal(sequence);
        flush();
    }

    // The renderer leaves its scroll region set between frames: the shell must get the whole screen back.
    @Override
    public synchronized void exitPrivateMode() throws IOException {
        if (restoring != null && restoring != Thread.currentThread() || restoring == null && shuttingDown()) {
            // Lanterna's own shutdown hook: ScreenSession's hook, which runs beside it, claims the tty and leaves the
            // screen. Left to Lanterna's before that claim, the loop could paint a frame on the shell's screen.
            return;
        }
        writeToTerminal(WireRenderer.release());
        super.exitPrivateMode();
    }

    /** Whether the JVM is running its shutdown hooks (it then refuses new ones). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (!TextBytes.isControl(c)) {
            writeToTerminal(translateCharacter(c));
        }
    }

    @Override
    public void putString(String text) throws IOException {
        if (text.length() == 1) {
            putCharacter(text.charAt(0));
        } else {
            writeToTerminal(TextBytes.encode(text, getCharset())); // a whole cluster (emoji, flag, letter with marks)
        }
    }

    @Override
    protected byte[] translateCharacter(char c) {
        if (!StandardCharsets.UTF_8.equals(getCharset())) {
            byte[] lanterna = super.translateCharacter(c);
            if (lanterna.length > 1 && lanterna[0] == 0x1b) {
                return lanterna; // VT100 line drawing for box characters when the charset lacks them
            }
        }
        // Lanterna returns the encoder's whole backing array, which ends in NUL after a 2-byte character.
        return TextBytes.encode(String.valueOf(c), getCharset());
    }

    private List<String> stty(String script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script)
                .redirectInput(ProcessBuilder.Redirect.from(new File(TTY)))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        spawns++;
        Process process = builder.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(output);
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return output.toString(StandardCharsets.US_ASCII).lines().toList();
    }

    private static TerminalSize parseSize(String rowsAndColumns) throws IOException {
        String[] parts = rowsAndColumns.trim().split("\\s+");
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return new TerminalSize(columns > 0 ? columns : 80, rows > 0 ? rows : 24);
        } catch (RuntimeException e) {
            throw new IOException("stty size gave '" + rowsAndColumns.trim() + "'", e);
        }
    }
}
